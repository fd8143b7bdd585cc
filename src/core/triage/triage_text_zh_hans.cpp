// Simplified Chinese (zh-Hans) triage text: the same keys and placeholders as
// triage_text_en.cpp, the same medical meaning in plain words. Terms follow
// ../shared/GLOSSARY-zh.md (plain word first, the medical term in brackets). No number or
// service name is written here: {number}, {urgent} and {ed} come from the region table.
// Style: short sentences for 3 a.m.; "您"; numbers written without a space before the
// Chinese unit (10分钟, 6周); placeholders without spaces around them.
//
// Index of this file:
// [SECTION] Signs: each yes/no field's question and its condition, side by side.
// [SECTION] Why a rule fired: the reason, after the level's action.
// [SECTION] Advice lines.
// [SECTION] Levels and their actions.
// [SECTION] Open signs: "如果<condition>，<action>。" (the conditions: the signs above)
// [SECTION] Pages.
// [SECTION] Questions that are not signs (numbers, choices, lists).
// [SECTION] Result screen.
// [SECTION] Lookup and keys.
#include <utility>
#include <vector>

#include "core/i18n/text_table.h"
#include "core/triage/triage_text.h"

namespace core::triage {
namespace {

using Entry = core::i18n::TextEntry;
using Sign = core::i18n::SignWords;

// [SECTION] Signs: each yes/no field's question and its condition, side by side.
// The condition is the clause after 如果, served as cond.<field> and, after 如果, as
// if.<field>: the same scope as the question (CLINICAL.md "Questions").
constexpr Sign kZhHansSigns[] = {
    // The sudden page: "now, or in the last hours even if it has passed".
    Sign{"breathless_or_chest_pain",
         "气短（呼吸困难），是新出现的或与平时不同的，或突然加重；新出现的胸痛；咳血；或晕倒",
         "您有新出现的或与平时不同的、或突然加重的气短（呼吸困难），或新出现的胸痛，"
         "或咳过血、晕倒过"},
    Sign{"sudden_one_side_weakness_or_speech",
         "突然一侧身体或一条腿无力或麻木、脸部一侧下垂（口角歪斜）、说话含糊不清，"
         "或突然吞咽困难（现在有，或最近几小时内有过，即使已经过去）",
         "一侧身体或一条腿突然无力或麻木、脸部一侧下垂、说话含糊不清或突然吞咽困难，"
         "即使已经过去"},
    Sign{"foot_cold_pale_or_numb",
         "脚或腿突然变得疼痛、苍白、发青或出现花斑、发凉、麻木或无力，"
         "是新出现的或与平时不同的（抽筋时脚发僵不算）",
         "脚或腿突然变得疼痛、苍白、发青或出现花斑、发凉、麻木或无力，是新出现的或与平时不同的"},
    Sign{"severe_pain_after_injury",
         "受伤、石膏或绷带过紧，或非常剧烈的运动之后，腿突然剧烈疼痛，同时肌肉又硬又肿，"
         "或活动脚趾时疼得更厉害",
         "受伤、石膏或绷带过紧，或非常剧烈的运动之后，腿突然剧烈疼痛，同时肌肉又硬又肿，"
         "或活动脚趾时疼得更厉害"},
    Sign{"jaw_stiffness_or_spreading_spasms",
         "牙关发紧、张嘴困难，是新出现的或与平时不同的；或后背、脖子或肚子出现疼痛的肌肉痉挛"
         "（小腿抽筋蔓延到大腿不算）",
         "牙关发紧、张嘴困难（新出现的或与平时不同的），或后背、脖子或肚子出现疼痛的肌肉痉挛"},
    Sign{"saddle_numbness_or_bladder_change",
         "大腿根内侧、生殖器或肛门周围新出现麻木；新出现或越来越重的排尿困难"
         "（要等很久才尿得出，或尿不出来）或憋不住尿、不知不觉漏尿，或感觉不到膀胱胀满；"
         "新出现大便失禁；新出现性感觉减退（只是小便次数比平时多不算）",
         "大腿根内侧或肛门周围新出现麻木，新出现或越来越重的排尿困难"
         "（要等很久才尿得出，或尿不出来）或憋不住尿，新出现大便失禁，或新出现性感觉减退"},
    Sign{"cramp_ongoing_over_10_min",
         "拉伸超过10分钟后，抽筋仍在持续（指肌肉发硬绷紧，不是之后的酸痛）",
         "拉伸超过10分钟后，抽筋仍在持续"},

    // The leg.
    Sign{"calf_swelling_one_side", "一侧小腿或大腿肿胀，是新出现的或与平时不同的",
         "一侧小腿或大腿肿胀，是新出现的或与平时不同的"},
    Sign{"calf_red_warm_tender",
         "一侧小腿或大腿：皮肤发红或颜色变深，皮肤摸起来发烫（不是热敷等外加的热引起的），"
         "或静脉鼓起、摸起来发硬或疼痛（抽筋后的酸痛不算）",
         "一侧小腿或大腿皮肤发红、颜色变深或摸起来发烫（不是热敷等外加的热引起的），"
         "或那里的静脉鼓起、发硬或按着疼"},
    Sign{"leg_pain_since_cramp", "一侧小腿或大腿疼痛，自抽筋停止后一直没有减轻",
         "抽筋停止后，一侧小腿或大腿的疼痛一直没有减轻"},
    Sign{"leg_pain_persistent", "抽筋过去一天多了，腿痛还没好", "抽筋过去一天多了，腿痛还没好"},
    Sign{"leg_pain_one_side", "抽筋后腿痛持续超过一天，而且只有一条腿痛",
         "抽筋后腿痛持续超过一天，而且只有一条腿痛"},
    Sign{"swelling_both_legs", "双腿肿胀，是新出现的或与平时不同的，或越来越重",
         "双腿肿胀，是新出现的或与平时不同的，或越来越重"},
    Sign{"hot_swollen_joint", "某个关节突然（几小时到几天内）变得疼痛、肿胀，并且发烫或发红",
         "某个关节突然（几小时到几天内）变得疼痛、肿胀，并且发烫或发红"},
    Sign{"wound_or_toxin_exposure",
         "最近有可能感染破伤风的伤口（伤口脏或深，或不确定是否打全了破伤风疫苗），或接触过铅、"
         "汞或其他有毒物质",
         "您最近有可能感染破伤风的伤口，或接触过铅、汞或其他有毒物质"},

    // Circulation.
    Sign{"rest_pain_eased_hanging_leg", "夜间或休息时脚或脚趾疼痛，把腿垂到床沿下就会缓解",
         "夜间或休息时脚或脚趾疼痛，把腿垂下来就会缓解"},
    Sign{"foot_sore_or_colour_change",
         "脚上或腿上的伤口（溃疡）一直不愈合，或脚趾慢慢变青、变紫或变黑",
         "脚上或腿上的伤口（溃疡）一直不愈合，或脚趾正在变青、变紫或变黑"},
    Sign{"pain_walking_relieved_by_rest", "走路时小腿疼痛，休息后缓解",
         "走路时小腿疼痛，休息后缓解"},

    // Nerves and muscles.
    Sign{"weakness_getting_worse_fast", "双腿无力，在最近4周内蔓延到更多部位或加重",
         "双腿无力在最近4周内蔓延到更多部位或加重"},
    Sign{"swallowing_or_speech_getting_harder",
         "几天或几周来吞咽（喝水容易呛到）或说话越来越困难",
         "几天或几周来吞咽或说话越来越困难"},
    Sign{"numbness_or_tingling", "腿或脚麻木或有针刺感（发麻），是新出现的或与平时不同的",
         "您的腿或脚麻木或有针刺感（发麻），是新出现的或与平时不同的"},
    Sign{"muscle_wasting_or_weakness", "肌肉变细（肌肉萎缩）或越来越无力",
         "您的肌肉越来越细或越来越无力"},
    Sign{"muscle_twitching", "很多处肌肉跳动（肌束震颤）", "您很多处肌肉跳动"},
    Sign{"unexplained_muscle_pain", "说不出原因的肌肉疼痛或无力（不是抽筋后或运动后的酸痛）",
         "您有说不出原因的肌肉疼痛或无力"},
    // Asked on its own: statin_muscle fires on brown pee alone.
    Sign{"dark_urine", "尿液呈茶色或可乐色", "尿液呈茶色或可乐色"},
    Sign{"tremor", "静止时手抖或身体发抖（震颤），或几个月来动作越来越慢、越来越僵硬",
         "您静止时手抖或身体发抖，或几个月来动作越来越慢、越来越僵硬"},
    Sign{"urge_to_move_eased_by_moving", "总想活动双腿，一动就缓解，肌肉里没有硬块",
         "您总想活动双腿，一动就缓解"},
    Sign{"insomnia", "除了抽筋，平时也睡不好", "您除了抽筋，平时也睡不好"},

    // A child.
    Sign{"child_very_unwell",
         "脸色苍白、皮肤有花斑或摸起来发凉，很难叫醒，出现用玻璃杯按压也不褪色的皮疹，"
         "或惊厥（抽风：全身抽动、叫不应）",
         "孩子脸色苍白、皮肤有花斑或摸起来发凉、很难叫醒、出现用玻璃杯按压也不褪色的皮疹，"
         "或出现过惊厥（抽风：全身抽动、叫不应）"},
    Sign{"limp_or_one_leg_daytime_pain", "走路一瘸一拐、只有一条腿疼，或早上或白天疼",
         "孩子走路一瘸一拐，或只有一条腿疼，或早上或白天疼"},
    Sign{"fever", "发烧（体温38°C或以上）", "孩子发烧到38°C或以上"},
    Sign{"limp_no_better_48h", "走路一瘸一拐或腿疼，48小时后仍不见好转",
         "孩子走路一瘸一拐或腿疼，48小时后仍不见好转"},
    Sign{"cannot_bear_weight", "腿完全不敢着地、不能站", "孩子的腿完全不敢着地、不能站"},

    // Pregnancy.
    Sign{"pregnant", "您正在怀孕", "您正在怀孕"},
    Sign{"postpartum_6_weeks", "您在最近6周内生过孩子", "您在最近6周内生过孩子"},
    Sign{"preeclampsia_signs",
         "剧烈头痛，视力问题（视物模糊、眼前闪光），肋骨正下方疼痛，呕吐，或脸、手、脚突然肿胀",
         "您在孕期或最近6周内生过孩子，并且有剧烈头痛、视力问题、肋骨正下方疼痛、呕吐，"
         "或脸、手、脚突然肿胀"},

    // The cramps and habits.
    Sign{"relief_taking_longer", "抽筋缓解所需的时间越来越长", "抽筋缓解所需的时间越来越长"},
    Sign{"sleep_disturbed", "抽筋影响您的睡眠，或影响第二天的状态",
         "抽筋影响您的睡眠，或影响第二天的状态"},
    Sign{"high_intensity_exercise", "您经常做剧烈的高强度运动", "您经常做剧烈的高强度运动"},
    Sign{"clot_risk",
         "血栓风险：最近3个月内做过手术或住过院；卧床不起或腿上打着石膏；"
         "最近4周内有过超过3小时的长途旅行；患有癌症或正在接受癌症治疗；以前得过血栓；"
         "或正在用口服避孕药、激素替代治疗或雷洛昔芬",
         "您有血栓风险（最近做过手术、长途旅行、服用口服避孕药……）"},

    // Medicines.
    Sign{"on_statin", "您在服用他汀类降脂药（例如阿托伐他汀、辛伐他汀、瑞舒伐他汀）",
         "您在服用他汀类降脂药"},
    Sign{"cramps_since_statin", "抽筋是在开始服用他汀类降脂药或加大剂量之后出现或加重的",
         "抽筋是在开始服用他汀类降脂药或加大剂量之后出现或加重的"},
    Sign{"on_quinine", "您在服用奎宁", "您在服用奎宁"},
    Sign{"quinine_more_than_prescribed", "您服用的奎宁超过了医生所开的剂量",
         "您服用的奎宁超过了医生所开的剂量"},
    Sign{"quinine_fainting_or_sight_loss", "服用奎宁期间：晕倒，或突然看不见东西",
         "服用奎宁期间晕倒或突然看不见东西"},
    Sign{"quinine_side_effects",
         "服用奎宁期间：耳鸣，听力或视力变化，意识混乱，或心跳很快、心跳不规律",
         "服用奎宁期间出现耳鸣、听力或视力变化、意识混乱，或心跳很快、心跳不规律"},
    Sign{"bruising_or_bleeding", "服用奎宁期间：出现说不出原因的瘀青或出血",
         "服用奎宁期间出现说不出原因的瘀青或出血"},
};

const core::i18n::SignTable& ZhHansSigns() {
  static const core::i18n::SignTable signs(kZhHansSigns, "如果");
  return signs;
}

// A plain array (see triage_text_en.cpp: clang's fold-expression limit).
constexpr Entry kZhHans[] = {
    // [SECTION] Why a rule fired: the reason, after the level's action.
    Entry{"rule.pe", "新出现或突然加重的气短（呼吸困难）、新出现的胸痛，或咳血、晕倒，可能是肺部血栓（肺栓塞）。"},
    Entry{"rule.ischaemia",
          "脚或腿突然变得疼痛、苍白、发青或出现花斑、发凉、麻木或无力（新出现的，与平时不同），"
          "可能是这条腿的血流被堵住了。"},
    Entry{"rule.stroke",
          "突然一侧身体或一条腿无力或麻木、脸部一侧下垂（口角歪斜）、说话含糊不清，"
          "或突然吞咽困难，可能是中风（脑卒中）。请记下开始的时间。"},
    Entry{"rule.tetanus_signs",
          "新出现的牙关发紧、张嘴困难，或后背、脖子或肚子出现疼痛的肌肉痉挛，可能是破伤风。"},
    Entry{"rule.cauda_equina",
          "两腿之间或肛门周围新出现麻木，或新出现排尿、排便问题，可能是脊柱底部的神经受到压迫。"},
    Entry{"rule.compartment",
          "受伤、石膏过紧或非常剧烈的运动之后，腿突然剧烈疼痛，肌肉又硬又肿，"
          "可能是肌肉里的压力太高，阻断了肌肉的血液供应。"},
    Entry{"rule.weakness_fast_severe",
          "双腿无力迅速加重，同时吞咽、说话或呼吸困难，需要立即去医院。"},
    Entry{"rule.child_unwell",
          "孩子脸色苍白、皮肤有花斑或发凉、很难叫醒、出现不褪色的皮疹，或出现过惊厥（抽风："
          "全身抽动、叫不应），说明病得很重。"},
    Entry{"rule.quinine_overdose", "奎宁吃得超过医生开的剂量，非常危险。"},
    Entry{"rule.quinine_severe", "服用奎宁期间晕倒或突然看不见东西，是严重的副作用。"},
    Entry{"rule.dvt",
          "一条腿新出现肿胀，皮肤发红、颜色变深或摸起来发烫，静脉发硬或疼痛，或疼痛一直不消，"
          "可能是腿部血栓（深静脉血栓）。"},
    Entry{"rule.pregnancy_leg",
          "孕期或产后6周内，腿部出现异常迹象，或腿痛一直不消，需要检查。请立即就医："
          "白天可先找产检医生；夜间或联系不上时，直接就医（{urgent}）。"},
    Entry{"rule.preeclampsia",
          "孕期或产后，出现剧烈头痛、视力问题、肋骨下方疼痛、呕吐或突然肿胀，可能是子痫前期："
          "请立即去医院产科急诊（您建档或分娩的医院）；去不了时，请立即就医（{urgent}）。"},
    Entry{"rule.cramp_persisting", "拉伸超过10分钟后抽筋仍在持续，属于严重的持续性抽筋。"},
    Entry{"rule.tetanus_toxin",
          "最近有可能感染破伤风的伤口，或接触过铅、汞或其他有毒物质，今天就需要请医生评估。"},
    Entry{"rule.limb_threat",
          "休息时脚痛、把腿垂下来就缓解，伤口（溃疡）久不愈合，或脚趾变青、变紫或变黑，"
          "可能是脚部供血不足。"},
    Entry{"rule.statin_muscle",
          "英国国家医疗服务体系（NHS）建议：请停用他汀类降脂药，并立即联系医生或就医（{urgent}）。"
          "服用他汀类降脂药期间出现肌肉疼痛、无力或尿液呈茶色或可乐色，可能是肌肉损伤。"},
    Entry{"rule.muscle_breakdown",
          "尿液呈茶色或可乐色，同时肌肉疼痛或无力，可能是肌肉溶解（横纹肌溶解）："
          "今天就需要检查肾脏。"},
    Entry{"rule.weakness_fast", "双腿无力，并在4周内蔓延到更多部位或加重，需要立即看医生。"},
    Entry{"rule.quinine_bleeding",
          "服用奎宁期间出现说不出原因的瘀青或出血：请停用奎宁，并今天之内就医。"},
    Entry{"rule.quinine_harm",
          "耳鸣、听力或视力变化、意识混乱，或心跳很快、心跳不规律，可能是奎宁的副作用："
          "请今天就联系您的医生。"},
    Entry{"rule.quinine_pregnancy",
          "孕期服用奎宁：请今天就告诉您的产检医生。如果奎宁是用来治疗疟疾的，不要停用奎宁。"},
    Entry{"rule.hot_joint", "关节突然变得疼痛、肿胀，并且发烫或发红，需要今天看医生。"},
    Entry{"rule.child_limp_urgent",
          "孩子腿完全不敢着地、不能站，或走路一瘸一拐并且发烧，或一瘸一拐、腿疼48小时后仍不见好转，"
          "需要今天看医生。"},
    Entry{"rule.bulbar", "几天或几周来吞咽或说话越来越困难：请在一周内看医生。"},
    Entry{"rule.child_limp",
          "走路一瘸一拐、只有一条腿疼，或早上、白天疼，都不是生长痛：请去医院儿科（或小儿骨科）"
          "门诊。"},
    Entry{"rule.long_episodes", "抽筋通常持续超过10分钟：请去医院门诊或社区医院看医生。"},
    Entry{"rule.neuro_muscle",
          "肌肉变细（肌肉萎缩）或越来越无力，或很多处肌肉跳动（肌束震颤），需要做神经和肌肉检查。"},
    Entry{"rule.numbness", "腿或脚新出现麻木或针刺感（发麻），可能是神经方面的原因。"},
    Entry{"rule.swelling_both",
          "双腿新出现肿胀或肿胀加重：请去医院门诊或社区医院看医生（孕期请找您的产检医生）。"},
    Entry{"rule.pain_persisting", "抽筋后的酸痛应在一天内消退：腿痛持续得更久，需要请医生看看。"},
    Entry{"rule.claudication",
          "走路时小腿疼痛、休息后缓解（间歇性跛行），可能是腿部供血不足（外周动脉疾病）的表现。"},
    Entry{"rule.frequent_longer",
          "每周抽筋3次或更多，而且缓解所需的时间越来越长：请在几天到两周内去门诊，做个检查。"},
    Entry{"rule.frequent", "每周抽筋3次或更多：建议去医院做个检查。"},
    Entry{"rule.sleep_impact", "抽筋影响您的睡眠，或影响第二天的状态，值得去看一次医生。"},
    Entry{"rule.medicine",
          "抽筋是在开始使用{medicines}之后出现的：请医生评估一下这种药。不要自行停用{medicines}。"},
    Entry{"rule.conditions",
          "抽筋可能与您已有的疾病有关，例如肾病、肝病、甲状腺疾病或动脉疾病、糖尿病、心力衰竭、"
          "帕金森病、椎管狭窄或神经疾病。"},
    Entry{"rule.quinine_review",
          "请医生评估您正在服用的奎宁：按照用药指南，奎宁用了4周仍没有明显效果的，应由医生停药；"
          "如果继续用，医生应每3个月重新评估一次。"},
    Entry{"rule.pregnancy", "产检时请告诉医生您有抽筋。孕期抽筋不能用奎宁治疗。"},
    Entry{"rule.older_adult", "65岁或以上：请医生为您做一次用药评估，因为很多药物都可能引起抽筋。"},
    Entry{"rule.athlete",
          "经常做剧烈运动、每周都抽筋，多半是肌肉疲劳引起的：可以向运动康复治疗师或医生咨询。"},
    Entry{"rule.young_frequent", "18岁以下、每周都抽筋：请去看医生。抽筋不是长个子的信号。"},
    Entry{"rule.nerve_signs",
          "静止时手抖或身体发抖（震颤），或几个月来动作越来越慢、越来越僵硬："
          "值得做一次神经系统检查（例如排查帕金森病）。"},
    Entry{"rule.restless_legs",
          "总想活动双腿、一动就缓解，肌肉里又没有硬块，可能是不宁腿综合征，"
          "它的治疗方法和抽筋不同。"},
    Entry{"rule.occasional", "偶尔抽筋通常没有危害。"},
    Entry{"medicine.diuretic", "利尿剂"},
    Entry{"medicine.inhaled_beta_agonist", "吸入型β受体激动剂（平喘喷雾）"},
    Entry{"medicine.calcium_channel_blocker", "钙通道阻滞剂"},
    Entry{"medicine.raloxifene", "雷洛昔芬"},
    Entry{"medicine.oestrogen", "雌激素（口服避孕药或激素替代治疗）"},
    Entry{"medicine.teriparatide", "特立帕肽"},
    Entry{"medicine.naproxen", "萘普生"},
    Entry{"medicine.iv_iron", "静脉补铁"},
    Entry{"medicine.statin", "他汀类降脂药"},
    Entry{"medicine.other", "新用的药"},
    Entry{"list.comma", "、"},
    Entry{"list.last", "或"},

    // [SECTION] Advice lines.
    Entry{"advice.level.emergency", "请立即拨打急救电话{number}。"},
    Entry{"advice.level.urgent",
          "请立即就医（{urgent}）。不要等到天亮。如果情况加重，请立即拨打急救电话{number}。"},
    Entry{"advice.level.soon", "请在接下来几天内去门诊看医生，最迟不超过两周。"},
    Entry{"advice.level.routine", "请预约普通门诊，或在下次看医生或体检时提一下。"},
    Entry{"advice.level.self_care", "拉伸可能有帮助；也请留意您的睡眠和日常作息。"},
    Entry{"advice.emergency_signs",
          "气短（呼吸困难）或胸痛（新出现的或与平时不同的）、一侧身体突然无力或麻木，"
          "或脚或腿突然发凉、苍白或麻木？请立即拨打急救电话{number}。"},
    Entry{"advice.wall_stretch",
          "扶墙拉伸小腿：面对墙站立，双手扶墙，双脚全脚掌着地，身体前倾直到小腿有拉伸感；"
          "保持几秒钟，重复约5分钟，每天3次，最后一次在睡前做。"},
    Entry{"advice.no_driving", "不要自己开车。"},
    Entry{"advice.no_massage_leg",
          "在医生看过之前，不要按摩或拉伸这条腿：小腿如果肿胀、摸起来发烫或发红，千万不要按摩。"},
    Entry{"advice.during_cramp_calf",
          "小腿后侧（小腿肚）抽筋：坐起来，把腿向前伸出（或面对墙站立，双手扶墙，身体前倾）。用双手，"
          "或用毛巾套住前脚掌，把脚和脚趾往自己的方向拉，再尽量伸直膝盖。保持住，直到缓解。"},
    Entry{"advice.during_cramp_calf_pregnancy",
          "孕期小腿抽筋：脚跟向下，脚趾向上，膝盖伸直。不要猛拽脚趾。"},
    Entry{"advice.during_cramp_foot",
          "脚趾或脚抽筋：慢慢把脚趾往抽筋的反方向扳，保持1到2分钟或更久。"},
    Entry{"advice.during_cramp_shin",
          "小腿前侧（胫前）抽筋：腿先别动，热敷保暖（或洗个热水澡），并轻轻按摩。缓解后，"
          "再轻轻把脚和脚趾向下绷。"},
    Entry{"advice.during_cramp_thigh",
          "大腿抽筋：轻轻拉伸抽筋的肌肉（大腿后侧：腿伸直，身体前倾；大腿前侧：握住脚踝，"
          "把小腿向后折，脚跟靠近臀部），然后按摩。"},
    Entry{"advice.stretch_caution",
          "小腿如果肿胀、摸起来发烫或发红，千万不要按摩或拉伸：请先咨询医生。"},
    Entry{"advice.after_cramp",
          "抽筋过后：走动一下、按摩、保暖。止痛药起效太慢，对抽筋本身没有帮助；"
          "但可以缓解之后的酸痛。"},
    Entry{"advice.after_cramp_pregnancy",
          "抽筋过后：走动一下、按摩、保暖。之后如果酸痛，可以用对乙酰氨基酚（扑热息痛）；"
          "除非医生同意，不要用布洛芬。"},
    Entry{"advice.bedtime_stretch",
          "睡前做小腿和大腿后侧的拉伸可能有帮助：中等力度拉伸，保持10秒，做3次，"
          "每次之间休息10秒，两条腿都做。不要憋气。"},
    Entry{"advice.prevent_pregnancy",
          "孕期缓解不适的方法：每只脚上下勾脚、绷脚30次，再向两个方向各转8圈，每天3次。"},
    Entry{"advice.habits",
          "喝足够的水（除非医生让您限制饮水），避免久坐或久站，保持规律睡眠，"
          "被子别压得太紧（脚头松一些）。"},
    Entry{"advice.sleep", "睡不好：请保持规律的睡眠时间；睡眠不足可能诱发抽筋。"},
    Entry{"advice.between_bands",
          "每周一两次左右（不到3次）：请继续记录；如果达到每周3次，或开始持续得更久，"
          "请再做一次自查。"},
    Entry{"advice.other_medicine",
          "如果抽筋是在开始用一种新药之后出现的，请问问药师或医生，这种药是否可能是原因；"
          "不要自行停用这种药。"},
    Entry{"advice.not_helping",
          "哪些没有帮助：镁片不太可能对老年人有帮助；补钙没有被证明能减少孕期抽筋，"
          "但医生开的钙片（如孕期补钙）请照常服用；奎宁不适合常规使用。"
          "大多数夜间腿抽筋并不是缺钙引起的。"},

    // [SECTION] Levels and their actions.
    Entry{"level.emergency", "紧急"},
    Entry{"level.urgent", "立即就医（不要等到天亮）"},
    Entry{"level.soon", "近期：去门诊看医生"},
    Entry{"level.routine", "常规检查"},
    Entry{"level.self_care", "自我护理"},
    Entry{"act.emergency", "请立即拨打急救电话{number}"},
    Entry{"act.urgent", "请立即就医（{urgent}）"},
    Entry{"act.soon", "请在几天到两周内去门诊看医生"},
    Entry{"act.routine", "请预约普通门诊"},
    Entry{"act.self_care", "拉伸可能有帮助"},
    Entry{"act.rule.statin_muscle", "请停用他汀类降脂药，并立即联系医生或就医（{urgent}）"},
    Entry{"act.rule.pregnancy_leg",
          "请立即就医：白天可先找产检医生；夜间或联系不上时，直接就医（{urgent}）"},
    Entry{"act.rule.preeclampsia",
          "请立即去医院产科急诊（您建档或分娩的医院）；去不了时，请立即就医（{urgent}）"},
    Entry{"act.rule.quinine_bleeding", "请停用奎宁，并今天之内就医"},
    Entry{"act.rule.quinine_pregnancy",
          "请今天就告诉产检医生（若奎宁是用来治疗疟疾的，不要停用奎宁）"},

    // [SECTION] Open signs: "如果<condition>，<action>。" (the conditions: the signs above)
    Entry{"sign.format", "{if}，{act}。"},

    // [SECTION] Pages.
    Entry{"page.sudden",
          "突发或紧急症状：您现在有，或最近几小时内有过下面任何一项吗（即使已经过去）？"},
    Entry{"page.leg", "您的腿：您现在有下面任何一项吗？"},
    Entry{"page.circulation", "血液循环：您有下面任何一项吗？"},
    Entry{"page.nerves", "神经和肌肉：您有下面任何一项吗？"},
    Entry{"page.age", "您多大年龄？"},
    Entry{"page.children", "18岁以下的孩子：有下面任何一项吗？"},
    Entry{"page.sex", "您的性别是？"},
    Entry{"page.pregnancy", "孕期和产后：有下面任何一项吗？"},
    Entry{"page.frequency", "多久一次？"},
    Entry{"page.duration", "持续多久？"},
    Entry{"page.habits", "您的抽筋情况：有下面任何一项吗？"},
    Entry{"page.medicines", "药物：有下面任何一项吗？"},
    Entry{"page.quinine_weeks", "奎宁"},
    Entry{"page.lists", "抽筋出现之前开始用的药物，以及您患有的疾病"},
    Entry{"page.open_signs", "请现在回答：您有下面任何一项吗？"},

    // [SECTION] Questions that are not signs (numbers, choices, lists).
    Entry{"question.age_years", "您的年龄（如果是替孩子自查，填孩子的年龄）"},
    Entry{"question.sex", "您的性别"},
    Entry{"question.episodes_per_week", "大约每周抽筋几次？"},
    Entry{"question.typical_duration_s",
          "一次抽筋通常持续多久？（指肌肉发硬绷紧，不是之后的酸痛。）"},
    Entry{"question.quinine_weeks", "您服用奎宁多少周了？"},
    Entry{"question.new_medicines", "抽筋是在您开始用下面任何一种药之后出现的吗？"},
    Entry{"question.conditions", "您患有下面任何一种疾病吗？"},
    Entry{"choice.sex.female", "女"},
    Entry{"choice.sex.male", "男"},
    Entry{"choice.sex.other", "其他"},
    Entry{"choice.new_medicines.diuretic", "利尿剂"},
    Entry{"choice.new_medicines.inhaled_beta_agonist", "吸入型β受体激动剂（平喘喷雾）"},
    Entry{"choice.new_medicines.calcium_channel_blocker",
          "钙通道阻滞剂（“地平”类降压药，例如硝苯地平）"},
    Entry{"choice.new_medicines.statin", "他汀类降脂药"},
    Entry{"choice.new_medicines.raloxifene", "雷洛昔芬"},
    Entry{"choice.new_medicines.oestrogen", "雌激素（口服避孕药、激素替代治疗）"},
    Entry{"choice.new_medicines.teriparatide", "特立帕肽"},
    Entry{"choice.new_medicines.naproxen", "萘普生"},
    Entry{"choice.new_medicines.iv_iron", "从静脉输入的铁剂（静脉补铁）"},
    Entry{"choice.new_medicines.other", "另一种药"},
    Entry{"choice.conditions.kidney", "肾病"},
    Entry{"choice.conditions.dialysis", "透析"},
    Entry{"choice.conditions.liver", "肝病"},
    Entry{"choice.conditions.diabetes", "糖尿病"},
    Entry{"choice.conditions.thyroid", "甲状腺疾病"},
    Entry{"choice.conditions.artery", "动脉疾病"},
    Entry{"choice.conditions.heart_failure", "心力衰竭"},
    Entry{"choice.conditions.parkinsons", "帕金森病"},
    Entry{"choice.conditions.spinal_stenosis", "椎管狭窄"},
    Entry{"choice.conditions.nerve", "神经疾病"},
    Entry{"unit.years", "岁"},
    Entry{"unit.per_week", "次/周"},
    Entry{"unit.seconds", "秒"},
    Entry{"unit.weeks", "周"},
    Entry{"answer.yes", "是"},
    Entry{"answer.no", "否"},
    Entry{"answer.unsure", "不确定"},
    Entry{"answer.none", "以上都没有"},
    Entry{"answer.none_else", "其余都没有"},

    // [SECTION] Result screen.
    Entry{"result.not_ruled_out.one",
          "您没有报告任何警示症状，但有1个重要问题被跳过或回答了“不确定”。"},
    Entry{"result.not_ruled_out.other",
          "您没有报告任何警示症状，但有{count}个重要问题被跳过或回答了“不确定”。"},
    Entry{"group.emergency", "如果您有下面任何一项，请立即拨打急救电话{number}："},
    Entry{"group.urgent", "如果您有下面任何一项，请立即就医（{urgent}）："},
    Entry{"group.rule.statin_muscle",
          "如果有下面的情况，请停用他汀类降脂药，并立即联系医生或就医（{urgent}）："},
    Entry{"group.rule.pregnancy_leg",
          "如果有下面的情况，请立即就医（白天可先找产检医生；夜间或联系不上时，直接就医："
          "{urgent}）："},
    Entry{"group.rule.preeclampsia",
          "如果有下面的情况，请立即去医院产科急诊（您建档或分娩的医院）；去不了时，"
          "请立即就医（{urgent}）："},
    Entry{"group.rule.quinine_bleeding", "如果有下面的情况，请停用奎宁，并今天之内就医："},
    Entry{"group.rule.quinine_pregnancy",
          "如果有下面的情况，请今天就告诉产检医生（若奎宁是用来治疗疟疾的，不要停用奎宁）："},
    Entry{"result.unconfirmed", "没有确认任何警示症状，但还有一些尚未排除"},
    Entry{"disclaimer", "本工具仅供自查参考，不能代替医生诊断。"},
    Entry{"myth.growing", "腿抽筋不代表在长个子。大多数抽筋没有危害；但经常抽筋，就该去做个检查。"},
    Entry{"from_diary", "根据您的日记"},

    // [SECTION] Clinical 3.1 result
    Entry{"sign.if_conds", "如果{conds}"},
    Entry{"sign.and", "，并且"},
    Entry{"result.open_signs_after_level",
          "还有一些重要问题被跳过或回答了“不确定”：如果其中任何一项符合，请按下面做："},
    Entry{"advice.if_none_applies", "如果以上警示症状都不符合："},
    Entry{"rule.occasional.open",
          "偶尔抽筋：如果以上警示症状都不符合，拉伸可能有帮助；也请留意您的睡眠和日常作息。"},
    Entry{"advice.rule.statin_muscle", "请停用他汀类降脂药，并立即联系医生或就医（{urgent}）。"},
    Entry{"advice.rule.quinine_bleeding", "请停用奎宁，并今天之内就医。"},
    Entry{"advice.rule.quinine_harm", "请今天就联系医生，说明您在服用奎宁。"},
    Entry{"advice.rule.pregnancy_leg",
          "请立即就医：白天可先找产检医生；夜间或联系不上时，直接就医（{urgent}）。"},
    Entry{"advice.rule.preeclampsia",
          "请立即去医院产科急诊（您建档或分娩的医院）；去不了或联系不上时：{urgent}。"},
    Entry{"advice.rule.quinine_pregnancy",
          "请今天就告诉产检医生您在服用奎宁。如果奎宁是用来治疗疟疾的，不要停药。"},
};

}  // namespace

// [SECTION] Lookup and keys.

std::string_view TriageTextZhHans(std::string_view key) {
  const std::string_view plain = core::i18n::FindText(kZhHans, key);
  return plain.empty() ? ZhHansSigns().Find(key) : plain;
}

const std::vector<std::string_view>& TriageTextKeysZhHans() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> all = core::i18n::KeysOf(kZhHans);
    const std::vector<std::string_view>& signs = ZhHansSigns().Keys();
    all.insert(all.end(), signs.begin(), signs.end());
    return all;
  }();
  return keys;
}

}  // namespace core::triage
