#include "app/screens/tab_pages.h"

#include "app/model/diary_model.h"
#include "app/selfcheck/selfcheck_flow.h"

namespace app::screens {

void DiaryPage::Enter() {
  diary_.ForgetUndoOffer();
  list_.ForgetPlace();
}

void DiaryPage::Leave() {
  diary_.ForgetUndoOffer();  // "undo" belongs to the Diary screen it was offered on
  list_.KeepPlace();         // for a Back to it; Enter() starts afresh otherwise
}

void SelfCheckPage::Draw(PageContext& context) {
  const int key = flow_.PageKey();
  const bool new_step = fresh_ || key != drawn_key_;
  fresh_ = false;
  drawn_key_ = key;
  DrawSelfCheck(context, flow_, phone_, data_, new_step);
}

int SelfCheckPage::StepKey() const {
  return flow_.PageKey();
}

bool SelfCheckPage::ShowsMoreBelow() const {
  return flow_.CurrentStage() == selfcheck::Stage::kResult;
}

bool SelfCheckPage::Back() {
  if (flow_.CurrentStage() == selfcheck::Stage::kIntro) return false;
  flow_.Back();
  return true;
}

}  // namespace app::screens
