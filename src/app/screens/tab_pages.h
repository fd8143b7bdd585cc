#pragma once
// The tab screens as Pages (page.h): the stateless ones draw a function; the Diary keeps its
// list and forgets its undo offer when the person moves on; the self-check steps back
// through its own pages before the router goes back.
#include "app/diary/diary_list.h"
#include "app/page.h"
#include "app/screens/insights_findings.h"
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

// The Diary keeps its list (filter, the night list built for it) while the app runs, so
// coming back from an entry shows the same choice.
class DiaryPage final : public Page {
 public:
  explicit DiaryPage(model::DiaryModel& diary) : diary_(diary) {}
  // Undo is offered on coming back from the entry that was changed or deleted, never for
  // a change made elsewhere (Cramp now's details) or before the person moved on. A new
  // visit also starts the list afresh at its top.
  void Enter() override;
  void Draw(PageContext& context) override { DrawDiary(context, list_); }
  void Leave() override;

 private:
  model::DiaryModel& diary_;
  diary::DiaryList list_;
};

// Insights keeps what it worked out from the whole diary until the diary changes.
class InsightsPage final : public Page {
 public:
  void Draw(PageContext& context) override { DrawInsights(context, pain_); }

 private:
  PainCache pain_;
};

class SelfCheckPage final : public Page {
 public:
  explicit SelfCheckPage(selfcheck::SelfCheckFlow& flow) : flow_(flow) {}
  void Draw(PageContext& context) override { DrawSelfCheck(context); }
  int StepKey() const override;
  bool Back() override;
  bool ShowsMoreBelow() const override;  // the result (its pages have their own)

 private:
  selfcheck::SelfCheckFlow& flow_;
};

}  // namespace app::screens
