// English triage text. Every sentence comes from CLINICAL.md in plain words; keys are
// described in triage_text.h. No number or service name is written here: {number},
// {urgent} and {ed} come from the region table.
//
// Index of this file:
// [SECTION] Signs: each yes/no field's question and its condition, side by side.
// [SECTION] Why a rule fired: the reason, after the level's action.
// [SECTION] Advice lines.
// [SECTION] Levels and their actions.
// [SECTION] Open signs: "If <condition>, <action>." (the conditions: the signs above)
// [SECTION] Pages.
// [SECTION] Questions that are not signs (numbers, choices, lists).
// [SECTION] Result screen.
#include <utility>
#include <vector>

#include "core/i18n/text_table.h"
#include "core/triage/triage_text.h"

namespace core::triage {
namespace {

using Entry = core::i18n::TextEntry;
using Sign = core::i18n::SignWords;

// [SECTION] Signs: each yes/no field's question and its condition, side by side.
// The question is what the self-check asks; the condition is the same scope as a clause,
// served as cond.<field> and, after "If ", as if.<field> (CLINICAL.md "Questions": never
// narrower or broader than the rule, the same words on every screen, in the CLI and report).
constexpr Sign kEnglishSigns[] = {
    // The sudden page: "now, or in the last hours even if it has passed".
    Sign{"breathless_or_chest_pain",
         "Breathlessness that is new, not usual for you or suddenly worse, new chest pain, "
         "coughing up blood, or fainting",
         "you have breathlessness that is new, not usual for you or suddenly worse, or new chest "
         "pain, or you have coughed up blood or fainted"},
    Sign{"sudden_one_side_weakness_or_speech",
         "Sudden weakness or numbness of one side of the body or of one leg, a drooping face, "
         "slurred speech, or sudden trouble swallowing (now, or in the last hours even if it has "
         "passed)",
         "one side or one leg suddenly became weak or numb, the face drooped, speech became "
         "slurred or swallowing suddenly became hard, even if it has passed"},
    Sign{"foot_cold_pale_or_numb",
         "A foot or leg that suddenly became painful, pale, blue or mottled, cold, numb or weak, "
         "new or not usual for you (a foot stiff during a cramp does not count)",
         "a foot or leg suddenly became painful, pale, blue or mottled, cold, numb or weak, new "
         "or not usual for you"},
    Sign{"severe_pain_after_injury",
         "Sudden severe leg pain after an injury, a tight cast or bandage, or very hard "
         "exercise, with a hard swollen muscle or pain worse when you move your toes",
         "you have sudden severe leg pain after an injury, a tight cast or bandage, or very hard "
         "exercise, with a hard swollen muscle or pain worse when you move your toes"},
    Sign{"jaw_stiffness_or_spreading_spasms",
         "Stiffness of the jaw, new or not usual for you, that stops your mouth opening "
         "normally, or painful spasms in the back, neck or belly (a calf cramp that reaches the "
         "thigh is not this)",
         "your jaw is stiff (new or not usual for you) and your mouth does not open normally, or "
         "you have painful spasms in the back, neck or belly"},
    Sign{"saddle_numbness_or_bladder_change",
         "New numbness between the inner thighs, around the genitals or back passage; new or "
         "increasing trouble starting or controlling peeing, leaking without knowing, or not "
         "feeling a full bladder; new bowel leakage; new loss of sexual feeling (needing to "
         "pee more often is not this)",
         "you have new numbness between the inner thighs or around the back passage, new or "
         "increasing trouble starting or controlling peeing, new bowel leakage or a new loss of "
         "sexual feeling"},
    Sign{"cramp_ongoing_over_10_min",
         "A cramp still going after more than 10 minutes of stretching (the hard tightening, "
         "not the soreness after)",
         "a cramp is still going after more than 10 minutes of stretching"},

    // The leg.
    Sign{"calf_swelling_one_side", "One calf or thigh swollen, new or not usual for you",
         "one calf or thigh is swollen, new or not usual for you"},
    Sign{"calf_red_warm_tender",
         "In one calf or thigh: red or darker skin, warm skin (not from heat you put on it), or "
         "swollen veins that are hard or hurt to touch (the soreness after a cramp is not this)",
         "one calf or thigh has red or darker skin, warm skin (not from heat you put on it), or "
         "swollen veins that are hard or hurt to touch"},
    Sign{"leg_pain_since_cramp",
         "Pain in one calf or thigh that has not eased since the cramp stopped",
         "pain in one calf or thigh has not eased since the cramp stopped"},
    Sign{"leg_pain_persistent", "Leg pain that has not gone more than a day after a cramp",
         "leg pain has not gone more than a day after a cramp"},
    Sign{"leg_pain_one_side", "Leg pain lasting more than a day after a cramp, in one leg only",
         "leg pain has lasted more than a day after a cramp, in one leg only"},
    Sign{"swelling_both_legs", "Swelling in both legs, new or not usual for you, or getting worse",
         "both legs are swollen, new or not usual for you, or the swelling is getting worse"},
    Sign{"hot_swollen_joint",
         "A joint that suddenly (over hours or days) became painful, swollen and hot or red",
         "a joint suddenly (over hours or days) became painful, swollen and hot or red"},
    Sign{"wound_or_toxin_exposure",
         "A recent wound that could carry tetanus (dirty or deep, or not sure of your tetanus "
         "jabs), or contact with lead, mercury or other toxins",
         "you have a recent wound that could carry tetanus, or had contact with lead, mercury or "
         "other toxins"},

    // Circulation.
    Sign{"rest_pain_eased_hanging_leg",
         "Pain in the foot or toes at night or at rest that eases when you hang the leg over "
         "the side of the bed",
         "pain in the foot or toes at night or at rest eases when you hang the leg down"},
    Sign{"foot_sore_or_colour_change",
         "A sore on the foot or leg that is not healing, or toes slowly turning blue, purple or "
         "black",
         "a sore on the foot or leg is not healing, or toes are turning blue, purple or black"},
    Sign{"pain_walking_relieved_by_rest", "Calf pain when you walk that eases when you rest",
         "your calf hurts when you walk and eases when you rest"},

    // Nerves and muscles.
    Sign{"weakness_getting_worse_fast",
         "Weakness in both legs that has spread or got worse within the last 4 weeks",
         "weakness in both legs has spread or got worse within the last 4 weeks"},
    Sign{"swallowing_or_speech_getting_harder",
         "Swallowing (choking on drinks) or speaking getting harder over days or weeks",
         "swallowing or speaking is getting harder over days or weeks"},
    Sign{"numbness_or_tingling",
         "Numbness or tingling in the legs or feet, new or not usual for you",
         "your legs or feet are numb or tingling, new or not usual for you"},
    Sign{"muscle_wasting_or_weakness", "Muscles getting thinner or weaker",
         "your muscles are getting thinner or weaker"},
    Sign{"muscle_twitching", "Twitching in many muscles", "many of your muscles twitch"},
    Sign{"unexplained_muscle_pain",
         "Muscle pain or weakness you cannot explain (not the soreness after a cramp or after "
         "exercise)",
         "you have muscle pain or weakness you cannot explain"},
    // Asked on its own: statin_muscle fires on brown pee alone (muscle_breakdown's own
    // message keeps "with muscle pain or weakness").
    Sign{"dark_urine", "Brown or cola-coloured pee", "your pee is brown or cola-coloured"},
    Sign{"tremor", "Shaking at rest, or movements getting slower or stiffer over months",
         "you shake at rest, or your movements are getting slower or stiffer over months"},
    Sign{"urge_to_move_eased_by_moving",
         "An urge to move the legs that eases when you move them, without a hard knot in the "
         "muscle",
         "you feel an urge to move your legs that eases when you move them"},
    Sign{"insomnia", "Trouble sleeping, apart from the cramps",
         "you also have trouble sleeping, apart from the cramps"},

    // A child.
    Sign{"child_very_unwell",
         "Pale, mottled or cold to touch, hard to wake, a rash that does not fade under a "
         "pressed glass, or a fit",
         "the child is pale, mottled or cold to touch, hard to wake, has a rash that does not "
         "fade under a pressed glass, or had a fit"},
    Sign{"limp_or_one_leg_daytime_pain",
         "A limp, pain in one leg only, or pain in the morning or daytime",
         "the child limps, or has pain in one leg only or in the morning or daytime"},
    Sign{"fever", "A fever (38 °C or more)", "the child has a fever of 38 °C or more"},
    Sign{"limp_no_better_48h", "A limp or leg pain that is no better after 48 hours",
         "the child's limp or leg pain is no better after 48 hours"},
    Sign{"cannot_bear_weight", "Cannot put any weight on the leg",
         "the child cannot put any weight on the leg"},

    // Pregnancy.
    Sign{"pregnant", "You are pregnant", "you are pregnant"},
    Sign{"postpartum_6_weeks", "You gave birth in the last 6 weeks",
         "you gave birth in the last 6 weeks"},
    Sign{"preeclampsia_signs",
         "A severe headache, problems with vision (blurring, flashing lights), pain just below "
         "the ribs, vomiting, or sudden swelling of the face, hands or feet",
         "you are pregnant or gave birth in the last 6 weeks and have a severe headache, vision "
         "problems, pain just below the ribs, vomiting or sudden swelling of the face, hands or "
         "feet"},

    // The cramps and habits.
    Sign{"relief_taking_longer", "The cramps take longer and longer to ease",
         "the cramps take longer and longer to ease"},
    Sign{"sleep_disturbed", "The cramps disturb your sleep or spoil the next day",
         "the cramps disturb your sleep or spoil the next day"},
    Sign{"high_intensity_exercise", "You do hard, high-intensity exercise regularly",
         "you do hard, high-intensity exercise regularly"},
    Sign{"clot_risk",
         "A clot risk: surgery or a hospital stay in the last 3 months, bed-bound or a leg in "
         "plaster, a journey over 3 hours in the last 4 weeks, cancer or its treatment, a clot "
         "before, or the pill, HRT or raloxifene",
         "you have a clot risk (recent surgery, a long journey, the pill...)"},

    // Medicines.
    Sign{"on_statin", "You take a statin (for example atorvastatin, simvastatin, rosuvastatin)",
         "you take a statin"},
    Sign{"cramps_since_statin",
         "The cramps began or got worse after starting or raising the statin",
         "the cramps began or got worse after starting or raising a statin"},
    Sign{"on_quinine", "You take quinine", "you take quinine"},
    Sign{"quinine_more_than_prescribed", "You took more quinine than prescribed",
         "you took more quinine than prescribed"},
    Sign{"quinine_fainting_or_sight_loss",
         "While taking quinine: fainting, or a sudden loss of sight",
         "you fainted or suddenly lost sight while taking quinine"},
    Sign{"quinine_side_effects",
         "While taking quinine: ringing in the ears, hearing or sight changes, confusion, or a "
         "racing or irregular heartbeat",
         "you have ringing in the ears, hearing or sight changes, confusion, or a racing or "
         "irregular heartbeat while taking quinine"},
    Sign{"bruising_or_bleeding",
         "While taking quinine: bruising or bleeding you cannot explain",
         "you have bruising or bleeding you cannot explain while taking quinine"},
};

const core::i18n::SignTable& EnglishSigns() {
  static const core::i18n::SignTable signs(kEnglishSigns, "If ");
  return signs;
}

// A plain array: std::array deduction over this many entries passes clang's fold-expression
// limit (256) and fails the fuzz build.
constexpr Entry kEnglish[] = {
    // [SECTION] Why a rule fired: the reason, after the level's action.
    Entry{"rule.pe",
          "New or suddenly worse breathlessness, new chest pain, coughing up blood or fainting "
          "can mean a blood clot in the lung."},
    Entry{"rule.ischaemia",
          "A foot or leg that suddenly became painful, pale, blue or mottled, cold, numb or weak "
          "(new, not usual for you) can mean its blood supply is blocked."},
    Entry{"rule.stroke",
          "Sudden weakness or numbness of one side or one leg, a drooping face, slurred speech or "
          "sudden trouble swallowing can be a stroke. Note the time it started."},
    Entry{"rule.tetanus_signs",
          "A new stiff jaw that stops the mouth opening, or painful spasms in the back, neck or "
          "belly, can be tetanus."},
    Entry{"rule.cauda_equina",
          "New numbness between the legs or around the back passage, or new trouble with the "
          "bladder or bowel, can mean the nerves at the base of the spine are pressed."},
    Entry{"rule.compartment",
          "Sudden severe leg pain after an injury, a tight cast or very hard exercise, with a "
          "hard swollen muscle, can mean pressure in the muscle that cuts off its blood."},
    Entry{"rule.weakness_fast_severe",
          "Weakness in both legs getting worse fast, with trouble swallowing, speaking or "
          "breathing, needs hospital now."},
    Entry{"rule.child_unwell",
          "A child who is pale, mottled or cold, hard to wake, has a rash that does not fade or "
          "has had a fit is very unwell."},
    Entry{"rule.quinine_overdose", "Quinine is dangerous when more than the prescribed dose is taken."},
    Entry{"rule.quinine_severe",
          "Fainting or a sudden loss of sight while taking quinine is a severe side effect."},
    Entry{"rule.dvt",
          "In one leg, new swelling, red or darker or warm skin, hard or painful veins, or pain "
          "that does not go can mean a blood clot in a deep vein (deep vein thrombosis)."},
    Entry{"rule.pregnancy_leg",
          "In pregnancy or in the 6 weeks after birth, a leg sign or leg pain that does not go "
          "needs checking: contact your GP or midwife now; if you cannot reach them (at night), "
          "contact {urgent}."},
    Entry{"rule.preeclampsia",
          "In pregnancy or after birth, a severe headache, vision problems, pain below the ribs, "
          "vomiting or sudden swelling can be pre-eclampsia: call your midwife or maternity unit "
          "now; if you cannot reach them, contact {urgent}."},
    Entry{"rule.cramp_persisting",
          "A cramp still going after more than 10 minutes of stretching is a severe, persistent "
          "cramp."},
    Entry{"rule.tetanus_toxin",
          "A recent wound that could carry tetanus, or contact with lead, mercury or other "
          "toxins, needs to be assessed today."},
    Entry{"rule.limb_threat",
          "Foot pain at rest that eases when the leg hangs down, a sore that does not heal, or "
          "toes turning blue, purple or black can mean poor blood supply to the foot."},
    Entry{"rule.statin_muscle",
          "The NHS advises: stop taking the statin and call a doctor or {urgent} straight away. "
          "Muscle pain, weakness or brown or cola-coloured pee on a statin can mean muscle damage."},
    Entry{"rule.muscle_breakdown",
          "Brown or cola-coloured pee with muscle pain or weakness can mean muscle breakdown: the "
          "kidneys need checking today."},
    Entry{"rule.weakness_fast",
          "Weakness in both legs that spread or got worse within 4 weeks needs a doctor now."},
    Entry{"rule.quinine_bleeding",
          "Unexplained bruising or bleeding while taking quinine: stop taking the quinine and get "
          "medical advice today."},
    Entry{"rule.quinine_harm",
          "Ringing in the ears, hearing or sight changes, confusion or a racing or irregular "
          "heartbeat can be quinine side effects: contact your doctor today."},
    Entry{"rule.quinine_pregnancy",
          "Quinine in pregnancy: tell your doctor or midwife today. If the quinine is for "
          "malaria, do not stop taking it."},
    Entry{"rule.hot_joint", "A joint that suddenly became painful, swollen and hot or red needs a doctor today."},
    Entry{"rule.child_limp_urgent",
          "A child who cannot put any weight on the leg, who limps and has a fever, or whose limp "
          "or leg pain is no better after 48 hours needs a doctor today."},
    Entry{"rule.bulbar",
          "Swallowing or speaking getting harder over days or weeks: see a doctor this week."},
    Entry{"rule.child_limp",
          "A limp, pain in one leg only, or pain in the morning or daytime are not growing pains: "
          "see a GP."},
    Entry{"rule.long_episodes",
          "Cramps that usually last longer than 10 minutes: see a GP about them."},
    Entry{"rule.neuro_muscle",
          "Muscles getting thinner or weaker, or twitching in many muscles, need a nerve and "
          "muscle check."},
    Entry{"rule.numbness", "New numbness or tingling in the legs or feet can have a nerve cause."},
    Entry{"rule.swelling_both",
          "New or worse swelling in both legs: see a GP (in pregnancy, your midwife)."},
    Entry{"rule.pain_persisting",
          "A cramp's soreness should fade within a day: leg pain that lasts longer needs looking "
          "at."},
    Entry{"rule.claudication",
          "Calf pain when walking that eases with rest can be a sign of artery disease."},
    Entry{"rule.frequent_longer",
          "Cramps 3 or more times a week that take longer and longer to ease: see a doctor within "
          "days to two weeks to get examined."},
    Entry{"rule.frequent", "Cramps 3 or more times a week: get checked."},
    Entry{"rule.sleep_impact",
          "Cramps that disturb your sleep or spoil the next day are worth a doctor's visit."},
    Entry{"rule.medicine",
          "The cramps began after starting {medicines}: ask your doctor to review that medicine. "
          "Do not stop {medicines} on your own."},
    Entry{"rule.conditions",
          "Cramps can come from a condition you have, such as kidney, liver, thyroid or artery "
          "disease, diabetes, heart failure, Parkinson's, spinal stenosis or nerve disease."},
    Entry{"rule.quinine_review",
          "Ask your doctor to review the quinine: the guidance is for the doctor to stop quinine "
          "that has not clearly helped after 4 weeks, and to review it every 3 months."},
    Entry{"rule.pregnancy",
          "Mention the cramps at your antenatal check. Quinine is not for cramps in pregnancy."},
    Entry{"rule.older_adult",
          "At 65 or over, ask for a medicines review: many medicines can cause cramps."},
    Entry{"rule.athlete",
          "Regular hard exercise with cramps every week points to muscle fatigue: ask a sports "
          "physiotherapist or a doctor for advice."},
    Entry{"rule.young_frequent",
          "Under 18 with cramps every week: see a doctor. Cramps are not a sign of growing."},
    Entry{"rule.nerve_signs",
          "Shaking at rest, or movements getting slower or stiffer over months: a check of the "
          "nervous system (for example for Parkinson's) is worthwhile."},
    Entry{"rule.restless_legs",
          "An urge to move the legs that eases when you move, without a hard knot in the muscle, "
          "may be restless legs, which is treated differently from cramps."},
    Entry{"rule.occasional", "Occasional cramps are usually harmless."},
    Entry{"medicine.diuretic", "a diuretic (water tablet)"},
    Entry{"medicine.inhaled_beta_agonist", "the inhaled beta-agonist"},
    Entry{"medicine.calcium_channel_blocker", "the calcium-channel blocker"},
    Entry{"medicine.raloxifene", "raloxifene"},
    Entry{"medicine.oestrogen", "the oestrogen (pill or HRT)"},
    Entry{"medicine.teriparatide", "teriparatide"},
    Entry{"medicine.naproxen", "naproxen"},
    Entry{"medicine.iv_iron", "IV iron"},
    Entry{"medicine.statin", "the statin"},
    Entry{"medicine.other", "the new medicine"},
    Entry{"list.comma", ", "},
    Entry{"list.last", " or "},

    // [SECTION] Advice lines.
    Entry{"advice.level.emergency", "Call {number} now."},
    Entry{"advice.level.urgent",
          "Get medical advice now: contact {urgent}. Do not wait for the morning. If it gets "
          "worse, call {number}."},
    Entry{"advice.level.soon", "See a doctor within the next few days, at most two weeks."},
    Entry{"advice.level.routine",
          "Book a normal doctor's appointment, or mention it at your next check-up."},
    Entry{"advice.level.self_care",
          "Stretching may help; look at your sleep and daily routine too."},
    Entry{"advice.no_driving", "Do not drive yourself."},
    Entry{"advice.emergency_signs",
          "Breathlessness or chest pain that is new or not usual for you, one side suddenly weak "
          "or numb, or a foot or leg suddenly cold, pale or numb? Call {number} now."},
    Entry{"advice.wall_stretch",
          "Wall calf stretch: face a wall, hands on it, feet flat, and lean until the calf "
          "stretches; hold a few seconds and repeat for about 5 minutes, 3 times a day, the last "
          "just before bed."},
    Entry{"advice.no_massage_leg",
          "Do not massage or stretch the leg until a doctor has seen it: never massage a calf "
          "that is swollen, warm or red."},
    Entry{"advice.during_cramp_calf",
          "Cramp in the back of the calf: sit up with the leg out in front (or stand and lean "
          "against a wall). With both hands, or a towel round the ball of the foot, pull the foot "
          "and toes up towards you, then straighten the knee as far as you can. Hold until it "
          "eases."},
    Entry{"advice.during_cramp_calf_pregnancy",
          "Calf cramp in pregnancy: heel down, toes up, knee straight. Do not yank the toes."},
    Entry{"advice.during_cramp_foot",
          "Toe or foot cramp: slowly bend the toes the opposite way to the cramp and hold for 1 "
          "to 2 minutes or more."},
    Entry{"advice.during_cramp_shin",
          "Cramp in the front of the calf (shin): hold the leg still, warm it (hot compress or "
          "warm shower) and massage gently. Once it eases, gently point the foot and toes down."},
    Entry{"advice.during_cramp_thigh",
          "Thigh cramp: stretch the muscle gently (back of the thigh: leg straight, lean forward; "
          "front of the thigh: hold the ankle and bend the knee back), then massage."},
    Entry{"advice.stretch_caution",
          "Never massage or stretch a calf that is swollen, warm or red: get advice first."},
    Entry{"advice.after_cramp",
          "Afterwards: walk a little, massage, keep it warm. Painkillers act too slowly for the "
          "cramp itself; they can ease the soreness afterwards."},
    Entry{"advice.after_cramp_pregnancy",
          "Afterwards: walk a little, massage, keep it warm. For soreness afterwards, paracetamol, "
          "not ibuprofen unless a doctor says so."},
    Entry{"advice.bedtime_stretch",
          "Before bed, a calf and hamstring stretch may help: a moderate stretch held 10 seconds, "
          "3 times, with 10 seconds rest, both legs. Do not hold your breath."},
    Entry{"advice.prevent_pregnancy",
          "In pregnancy, a comfort measure: flex each foot up and down 30 times and turn it 8 "
          "times each way, 3 times a day."},
    Entry{"advice.habits",
          "Drink enough (unless a doctor told you to limit fluids), avoid long sitting or "
          "standing, keep regular sleep and loose bedcovers."},
    Entry{"advice.sleep", "Trouble sleeping: keep regular sleep times; lack of sleep can bring on cramps."},
    Entry{"advice.between_bands",
          "About weekly, under 3 a week: keep logging, and check again if they reach 3 a week or "
          "start to last longer."},
    Entry{"advice.other_medicine",
          "If the cramps began after a new medicine, ask a pharmacist or doctor whether it could "
          "be the cause; do not stop that medicine on your own."},
    Entry{"advice.not_helping",
          "What does not help: magnesium tablets are unlikely to help older adults; calcium has "
          "not been shown to stop cramps in pregnancy (keep calcium a midwife or doctor "
          "prescribed for another reason); quinine is not for routine use. Most night cramps are "
          "not a lack of calcium."},

    // [SECTION] Levels and their actions.
    Entry{"level.emergency", "Emergency"},
    Entry{"level.urgent", "Urgent: now"},
    Entry{"level.soon", "See a doctor soon"},
    Entry{"level.routine", "Routine check"},
    Entry{"level.self_care", "Self-care"},
    Entry{"act.emergency", "call {number} now"},
    Entry{"act.urgent", "get medical advice now: contact {urgent}"},
    Entry{"act.soon", "see a doctor within days to two weeks"},
    Entry{"act.routine", "book a normal doctor's appointment"},
    Entry{"act.self_care", "stretching may help"},
    Entry{"act.rule.statin_muscle",
          "stop taking the statin and call a doctor or {urgent} straight away"},
    Entry{"act.rule.pregnancy_leg", "contact your GP or midwife now (at night: {urgent})"},
    Entry{"act.rule.preeclampsia", "call your midwife or maternity unit now (at night: {urgent})"},
    Entry{"act.rule.quinine_bleeding", "stop taking the quinine and get medical advice today"},
    Entry{"act.rule.quinine_pregnancy",
          "tell your doctor or midwife today (quinine for malaria: do not stop it)"},

    // [SECTION] Open signs: "If <condition>, <action>." (the conditions: the signs above)
    Entry{"sign.format", "{if}, {act}."},

    // [SECTION] Pages.
    Entry{"page.sudden",
          "Sudden or emergency signs: do you have any of these now, or in the last hours even if "
          "it has passed?"},
    Entry{"page.leg", "Your legs: do you have any of these right now?"},
    Entry{"page.circulation", "Circulation: do you have any of these?"},
    Entry{"page.nerves", "Nerves and muscles: do you have any of these?"},
    Entry{"page.age", "How old are you?"},
    Entry{"page.children", "For a child under 18: do any of these apply?"},
    Entry{"page.sex", "What is your sex?"},
    Entry{"page.pregnancy", "Pregnancy and after birth: do any of these apply?"},
    Entry{"page.frequency", "How often?"},
    Entry{"page.duration", "How long?"},
    Entry{"page.habits", "Your cramps and you: do any of these apply?"},
    Entry{"page.medicines", "Medicines: do any of these apply?"},
    Entry{"page.quinine_weeks", "Quinine"},
    Entry{"page.lists", "Medicines started before the cramps began, and conditions"},
    Entry{"page.open_signs", "Answer these now: do you have any of these?"},

    // [SECTION] Questions that are not signs (numbers, choices, lists).
    Entry{"question.age_years", "Your age (or the age of the child you are checking for)"},
    Entry{"question.sex", "Your sex"},
    Entry{"question.episodes_per_week", "About how many cramps a week?"},
    Entry{"question.typical_duration_s",
          "How long does a cramp usually last? (The hard tightening, not the soreness after.)"},
    Entry{"question.quinine_weeks", "For how many weeks have you taken quinine?"},
    Entry{"question.new_medicines", "Did the cramps begin after you started any of these?"},
    Entry{"question.conditions", "Do you have any of these conditions?"},
    Entry{"choice.sex.female", "Female"},
    Entry{"choice.sex.male", "Male"},
    Entry{"choice.sex.other", "Other"},
    Entry{"choice.new_medicines.diuretic", "A diuretic (water tablet)"},
    Entry{"choice.new_medicines.inhaled_beta_agonist", "An inhaled beta-agonist (asthma inhaler)"},
    Entry{"choice.new_medicines.calcium_channel_blocker",
          "A calcium-channel blocker (e.g. nifedipine)"},
    Entry{"choice.new_medicines.statin", "A statin"},
    Entry{"choice.new_medicines.raloxifene", "Raloxifene"},
    Entry{"choice.new_medicines.oestrogen", "Oestrogen (the pill, HRT)"},
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
    Entry{"choice.conditions.heart_failure", "Heart failure"},
    Entry{"choice.conditions.parkinsons", "Parkinson's"},
    Entry{"choice.conditions.spinal_stenosis", "Spinal stenosis"},
    Entry{"choice.conditions.nerve", "Nerve disease"},
    Entry{"unit.years", "years"},
    Entry{"unit.per_week", "a week"},
    Entry{"unit.seconds", "seconds"},
    Entry{"unit.weeks", "weeks"},
    Entry{"answer.yes", "Yes"},
    Entry{"answer.no", "No"},
    Entry{"answer.unsure", "Not sure"},
    Entry{"answer.none", "None of these"},
    Entry{"answer.none_else", "No to the rest"},

    // [SECTION] Result screen.
    Entry{"result.not_ruled_out.one",
          "You reported no warning sign, but 1 question that matters was skipped or not sure."},
    Entry{"result.not_ruled_out.other",
          "You reported no warning sign, but {count} questions that matter were skipped or not "
          "sure."},
    Entry{"group.emergency", "Call {number} now if you have any of these:"},
    Entry{"group.urgent", "Get medical advice now, from {urgent}, if you have any of these:"},
    Entry{"group.rule.statin_muscle",
          "Stop taking the statin and call a doctor or {urgent} straight away if:"},
    Entry{"group.rule.pregnancy_leg", "Contact your GP or midwife now (at night: {urgent}) if:"},
    Entry{"group.rule.preeclampsia",
          "Call your midwife or maternity unit now (at night: {urgent}) if:"},
    Entry{"group.rule.quinine_bleeding",
          "Stop taking the quinine and get medical advice today if:"},
    Entry{"group.rule.quinine_pregnancy",
          "Tell your doctor or midwife today (quinine for malaria: do not stop it) if:"},
    Entry{"result.unconfirmed", "No warning sign confirmed, but not all were ruled out"},
    Entry{"disclaimer", "This self-check is an aid, not a diagnosis."},
    Entry{"myth.growing",
          "Cramps do not mean you are growing taller. Most cramps are harmless; frequent ones "
          "are a reason to get checked."},
    Entry{"from_diary", "From your diary"},

    // [SECTION] Clinical 3.1 result
    // A sign that needs other skipped answers too: "If <cond> and <cond>, <act>."
    Entry{"sign.if_conds", "If {conds}"},
    Entry{"sign.and", " and "},
    // Below a level above self-care: the person did report something.
    Entry{"result.open_signs_after_level",
          "Some other questions that matter were skipped or not sure: if any of these is true, "
          "do this:"},
    // Heads the self-care advice while a warning sign is not ruled out.
    Entry{"advice.if_none_applies", "If none of the signs above applies:"},
    Entry{"rule.occasional.open",
          "Occasional cramps: if none of the signs above applies, stretching may help; look at "
          "your sleep and daily routine too."},
    // A fired rule's own action, ahead of the level's (most severe first).
    Entry{"advice.rule.statin_muscle", "Stop taking the statin and call a doctor or {urgent} now."},
    Entry{"advice.rule.quinine_bleeding", "Stop taking the quinine and get medical advice today."},
    Entry{"advice.rule.quinine_harm", "Contact your doctor today about the quinine."},
    Entry{"advice.rule.pregnancy_leg",
          "Contact your GP or midwife now; at night or if you cannot reach them, contact "
          "{urgent}."},
    Entry{"advice.rule.preeclampsia",
          "Call your maternity unit now; if you cannot get there or reach them, contact {urgent}."},
    Entry{"advice.rule.quinine_pregnancy",
          "Tell your doctor or midwife today that you take quinine. If the quinine is for "
          "malaria, do not stop it."},
};

}  // namespace

std::string_view TriageTextEn(std::string_view key) {
  const std::string_view plain = core::i18n::FindText(kEnglish, key);
  return plain.empty() ? EnglishSigns().Find(key) : plain;
}

const std::vector<std::string_view>& TriageTextKeysEn() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> all = core::i18n::KeysOf(kEnglish);
    const std::vector<std::string_view>& signs = EnglishSigns().Keys();
    all.insert(all.end(), signs.begin(), signs.end());
    return all;
  }();
  return keys;
}

}  // namespace core::triage
