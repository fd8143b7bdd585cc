// English triage text. Every sentence comes from CLINICAL.md in plain words; keys are
// described in triage_text.h.
#include <array>
#include <utility>

#include "core/triage/triage_text.h"

namespace core::triage {
namespace {

using Entry = std::pair<std::string_view, std::string_view>;

constexpr std::array kEnglish = {
    // [SECTION] Why a rule fired.
    Entry{"rule.pe",
          "Breathlessness, chest pain or coughing up blood with a painful leg can mean a blood "
          "clot in the lung."},
    Entry{"rule.ischaemia",
          "A foot or leg that is suddenly cold, pale or numb, or cannot be moved, can mean its "
          "blood supply is blocked."},
    Entry{"rule.dvt",
          "One swollen calf, or a calf that is red or dark, warm and tender, can mean a blood "
          "clot in a deep vein of the leg (deep vein thrombosis)."},
    Entry{"rule.pregnancy_leg",
          "In pregnancy, a leg that is red and swollen, or leg pain that does not go away, needs "
          "checking: contact your maternity unit today."},
    Entry{"rule.cramp_persisting",
          "A cramp still going after more than 10 minutes of stretching is a severe, persistent "
          "cramp."},
    Entry{"rule.tetanus_toxin",
          "Stiffness or cramps after a recent wound, or after contact with lead, mercury or other "
          "toxins, need to be assessed today."},
    Entry{"rule.quinine_bleeding",
          "Unexplained bruising or bleeding while taking quinine: stop the quinine and get "
          "medical advice today."},
    Entry{"rule.neuro_muscle",
          "Muscles getting thinner or weaker, or twitching in many muscles, need a nerve and "
          "muscle check."},
    Entry{"rule.numbness", "Numbness or tingling in the legs or feet can have a nerve cause."},
    Entry{"rule.claudication",
          "Calf pain when walking that eases with rest can be a sign of artery disease."},
    Entry{"rule.frequent_longer",
          "Cramps 3 or more times a week that take longer and longer to ease: get examined."},
    Entry{"rule.frequent", "Cramps 3 or more times a week: get checked."},
    Entry{"rule.sleep_impact",
          "Cramps that disturb your sleep or spoil the next day are worth a doctor's visit."},
    Entry{"rule.long_episodes",
          "Cramps that usually last longer than 10 minutes: mention this to a doctor."},
    Entry{"rule.medicine",
          "Cramps that began after starting a new medicine: ask for a medicines review. Do not "
          "stop a medicine on your own."},
    Entry{"rule.conditions",
          "Cramps can come from a condition you have, such as kidney, liver, thyroid, artery or "
          "nerve disease, diabetes or spinal stenosis."},
    Entry{"rule.quinine_review",
          "Quinine needs review: it should be stopped after a 4-week trial without clear "
          "benefit."},
    Entry{"rule.pregnancy",
          "Mention your cramps at your antenatal check. Do not take quinine in pregnancy."},
    Entry{"rule.older_adult", "At 65 or over, ask a doctor about bone health and your medicines."},
    Entry{"rule.athlete",
          "Regular hard exercise with cramps every week points to muscle fatigue: ask a sports "
          "physiotherapist or a doctor for advice."},
    Entry{"rule.young_frequent",
          "Under 18 with cramps every week: a growth and nutrition check is worthwhile."},
    Entry{"rule.nerve_signs",
          "Trouble sleeping together with tremor in several muscles: a nervous-system check is "
          "worthwhile."},
    Entry{"rule.restless_legs",
          "An urge to move the legs that eases when you move, without a hard knot in the muscle, "
          "may be restless legs, which is treated differently from cramps."},
    Entry{"rule.occasional", "Occasional cramps are usually harmless."},

    // [SECTION] Advice lines.
    Entry{"advice.level.emergency", "Call the emergency number now."},
    Entry{"advice.level.urgent", "Get medical advice today."},
    Entry{"advice.level.soon", "See a doctor within the next few days, at most two weeks."},
    Entry{"advice.level.routine",
          "Book a normal doctor's appointment, or mention it at your next check-up."},
    Entry{"advice.level.self_care", "Stretch, and look at your sleep and daily routine."},
    Entry{"advice.no_quinine_pregnancy", "Do not take quinine in pregnancy."},
    Entry{"advice.during_cramp_calf",
          "Cramp in the back of the calf: sit with the knee straight (or lean against a wall), "
          "pull the foot and toes towards you with your hands or a towel, then straighten the "
          "knee as far as you can. Hold until it eases."},
    Entry{"advice.during_cramp_calf_pregnancy",
          "Calf cramp in pregnancy: heel down, toes up, knee straight. Do not yank the toes."},
    Entry{"advice.prevent_pregnancy",
          "To prevent cramps in pregnancy: flex each foot up and down 30 times and turn it 8 "
          "times each way, 3 times a day."},
    Entry{"advice.during_cramp_foot",
          "Toe or foot cramp: bend the toes the opposite way to the cramp and hold for 1 to 2 "
          "minutes."},
    Entry{"advice.during_cramp_shin",
          "Cramp in the front of the calf (shin): hold the leg still, warm it (hot compress or "
          "warm shower) and massage gently."},
    Entry{"advice.after_cramp",
          "Afterwards: walk a little, massage, keep it warm. Painkillers act too slowly for the "
          "cramp itself; they can ease the soreness afterwards."},
    Entry{"advice.bedtime_stretch",
          "Before bed: stretch your calves and hamstrings, a moderate stretch held 10 seconds, 3 "
          "times, with 10 seconds rest, both legs. Do not hold your breath."},
    Entry{"advice.habits",
          "Drink enough, avoid long sitting or standing, keep regular sleep and loose "
          "bedcovers."},

    // [SECTION] Levels.
    Entry{"level.emergency", "Emergency"},
    Entry{"level.urgent", "Urgent: today"},
    Entry{"level.soon", "See a doctor soon"},
    Entry{"level.routine", "Routine check"},
    Entry{"level.self_care", "Self-care"},
    Entry{"act.emergency", "call the emergency number now"},
    Entry{"act.urgent", "get medical advice today"},
    Entry{"act.soon", "see a doctor within days to two weeks"},
    Entry{"act.routine", "book a normal doctor's appointment"},
    Entry{"act.self_care", "stretch and look at your sleep and routine"},

    // [SECTION] Unsure raisers: "If <condition>, <action>."
    Entry{"raiser.format", "{if}, {act}."},
    Entry{"if.breathless_or_chest_pain",
          "If you are breathless, have chest pain or cough up blood"},
    Entry{"if.foot_cold_pale_or_numb",
          "If a foot or leg is suddenly cold, pale or numb, or cannot be moved"},
    Entry{"if.calf_swelling_one_side", "If one calf is swollen"},
    Entry{"if.calf_red_warm_tender", "If a calf is red or dark, warm and tender"},
    Entry{"if.leg_pain_persistent", "If the leg pain does not go away"},
    Entry{"if.cramp_ongoing_over_10_min",
          "If a cramp is still going after more than 10 minutes of stretching"},
    Entry{"if.wound_or_toxin_exposure",
          "If you have a recent wound, or had contact with lead, mercury or other toxins"},
    Entry{"if.bruising_or_bleeding", "If you have unexplained bruising or bleeding"},
    Entry{"if.muscle_wasting_or_weakness", "If your muscles are getting thinner or weaker"},
    Entry{"if.muscle_twitching", "If many of your muscles twitch"},
    Entry{"if.numbness_or_tingling", "If your legs or feet feel numb or tingle"},
    Entry{"if.pain_walking_relieved_by_rest",
          "If your calf hurts when you walk and eases when you rest"},
    Entry{"if.insomnia", "If you also have trouble sleeping"},
    Entry{"if.tremor", "If you also have a tremor in several muscles"},
    Entry{"if.urge_to_move_eased_by_moving",
          "If you feel an urge to move your legs that eases when you move"},
    Entry{"if.pregnant", "If you are pregnant"},
    Entry{"if.high_intensity_exercise", "If you do regular hard exercise"},
    Entry{"if.relief_taking_longer", "If the cramps take longer and longer to ease"},
    Entry{"if.sleep_disturbed", "If the cramps disturb your sleep or spoil the next day"},
    Entry{"if.on_quinine", "If you take quinine"},

    // [SECTION] Questions.
    Entry{"question.breathless_or_chest_pain",
          "Are you breathless, do you have chest pain, or are you coughing up blood?"},
    Entry{"question.foot_cold_pale_or_numb",
          "Is a foot or leg suddenly cold, pale or numb, or can you not move it?"},
    Entry{"question.calf_swelling_one_side", "Is one calf swollen (just one side)?"},
    Entry{"question.calf_red_warm_tender", "Is a calf red or dark, warm and tender to touch?"},
    Entry{"question.leg_pain_persistent", "Does the leg pain stay, even after the cramp?"},
    Entry{"question.cramp_ongoing_over_10_min",
          "Is a cramp still going after more than 10 minutes of stretching?"},
    Entry{"question.wound_or_toxin_exposure",
          "Have you had a recent wound, or contact with lead, mercury or other toxins?"},
    Entry{"question.bruising_or_bleeding", "Do you have bruising or bleeding you cannot explain?"},
    Entry{"question.muscle_wasting_or_weakness",
          "Are any of your muscles getting thinner or weaker?"},
    Entry{"question.muscle_twitching", "Do many of your muscles twitch?"},
    Entry{"question.numbness_or_tingling", "Do your legs or feet feel numb or tingle?"},
    Entry{"question.pain_walking_relieved_by_rest",
          "Does your calf hurt when you walk, and ease when you rest?"},
    Entry{"question.urge_to_move_eased_by_moving",
          "Do you feel an urge to move your legs that eases when you move them, without a hard "
          "knot in the muscle?"},
    Entry{"question.insomnia", "Do you have trouble sleeping (insomnia)?"},
    Entry{"question.tremor", "Do you have a tremor (shaking) in several muscles?"},
    Entry{"question.age_years", "How old are you?"},
    Entry{"question.sex", "What is your sex?"},
    Entry{"question.pregnant", "Are you pregnant?"},
    Entry{"question.high_intensity_exercise", "Do you do hard, high-intensity exercise regularly?"},
    Entry{"question.episodes_per_week", "About how many cramps do you have a week?"},
    Entry{"question.relief_taking_longer", "Are the cramps taking longer and longer to ease?"},
    Entry{"question.typical_duration_s", "How long does a cramp usually last?"},
    Entry{"question.sleep_disturbed", "Do the cramps disturb your sleep or spoil the next day?"},
    Entry{"question.new_medicines",
          "Did the cramps begin after you started any of these medicines?"},
    Entry{"question.conditions", "Do you have any of these conditions?"},
    Entry{"question.on_quinine", "Are you taking quinine?"},
    Entry{"question.quinine_weeks", "For how many weeks have you taken quinine?"},
    Entry{"choice.sex.female", "Female"},
    Entry{"choice.sex.male", "Male"},
    Entry{"choice.sex.other", "Other"},
    Entry{"choice.new_medicines.diuretic", "A diuretic (water tablet)"},
    Entry{"choice.new_medicines.inhaled_beta_agonist", "A long-acting inhaled beta-agonist"},
    Entry{"choice.new_medicines.statin", "A statin"},
    Entry{"choice.new_medicines.raloxifene", "Raloxifene"},
    Entry{"choice.new_medicines.oestrogen", "Oestrogen"},
    Entry{"choice.new_medicines.teriparatide", "Teriparatide"},
    Entry{"choice.new_medicines.naproxen", "Naproxen"},
    Entry{"choice.new_medicines.iv_iron", "Iron given into a vein (IV iron)"},
    Entry{"choice.new_medicines.other", "Another medicine"},
    Entry{"choice.conditions.kidney", "Kidney disease"},
    Entry{"choice.conditions.dialysis", "Dialysis"},
    Entry{"choice.conditions.liver", "Liver disease"},
    Entry{"choice.conditions.diabetes", "Diabetes"},
    Entry{"choice.conditions.thyroid", "Thyroid disease"},
    Entry{"choice.conditions.artery", "Artery disease"},
    Entry{"choice.conditions.spinal_stenosis", "Spinal stenosis"},
    Entry{"choice.conditions.nerve", "Nerve disease"},
    Entry{"unit.years", "years"},
    Entry{"unit.per_week", "a week"},
    Entry{"unit.seconds", "seconds"},
    Entry{"unit.weeks", "weeks"},
    Entry{"answer.yes", "Yes"},
    Entry{"answer.no", "No"},
    Entry{"answer.unsure", "Not sure"},

    // [SECTION] Result screen.
    Entry{"disclaimer", "This self-check is an aid, not a diagnosis."},
    Entry{"myth.growing",
          "Cramps do not mean you are growing taller. Most cramps are harmless; frequent ones "
          "are a reason to get checked."},
    Entry{"from_diary", "From your diary"},
};

}  // namespace

std::string_view TriageTextEn(std::string_view key) {
  for (const Entry& entry : kEnglish) {
    if (entry.first == key) return entry.second;
  }
  return {};
}

}  // namespace core::triage
