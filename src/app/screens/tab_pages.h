#pragma once
// The tab screens as Pages (page.h): the stateless ones draw a function; the Diary forgets
// its undo offer when the person moves on; the self-check steps back through its own
// pages before the router goes back.
#include "app/page.h"
#include "app/screens/screens.h"

namespace app::model {
class DiaryModel;
}
namespace app::selfcheck {
class SelfCheckFlow;
}

namespace app::screens {

class ScreenPage : public Page {
 public:
  using DrawFunction = void (*)(ScreenContext&);
  explicit ScreenPage(DrawFunction draw) : draw_(draw) {}
  void Draw(PageContext& context) override { draw_(context); }

 private:
  DrawFunction draw_;
};

class DiaryPage final : public ScreenPage {
 public:
  explicit DiaryPage(model::DiaryModel& diary) : ScreenPage(DrawDiary), diary_(diary) {}
  // Undo is offered on coming back from the entry that was changed or deleted, never for
  // a change made elsewhere (Cramp now's details) or before the person moved on.
  void Enter() override;
  void Leave() override;

 private:
  model::DiaryModel& diary_;
};

class SelfCheckPage final : public Page {
 public:
  explicit SelfCheckPage(selfcheck::SelfCheckFlow& flow) : flow_(flow) {}
  void Draw(PageContext& context) override { DrawSelfCheck(context); }
  int StepKey() const override;
  bool Back() override;

 private:
  selfcheck::SelfCheckFlow& flow_;
};

}  // namespace app::screens
