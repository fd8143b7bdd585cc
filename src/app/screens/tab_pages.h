#pragma once
// The tab screens as Pages (page.h), each made with what it works with: Home draws with the
// phone line (its call button); the Diary keeps its list and forgets its undo offer when the
// person moves on; the self-check steps back through its own pages before the router goes
// back.
#include <functional>
#include <string>
#include <utility>

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

// Home, with the phone line for its emergency call button.
class HomePage final : public Page {
 public:
  HomePage(const PhoneLine& phone, RunningCramp cramp) : phone_(phone), cramp_(std::move(cramp)) {}
  void Draw(PageContext& context) override { DrawHome(context, phone_, cramp_); }

 private:
  const PhoneLine& phone_;
  RunningCramp cramp_;
};

// The Diary keeps its list (filter, the night list built for it) while the app runs, so
// coming back from an entry shows the same choice.
class DiaryPage final : public Page {
 public:
  // `open_entry` shows one entry (by id).
  DiaryPage(model::DiaryModel& diary, const DataActions& data,
            std::function<void(const std::string& id)> open_entry)
      : diary_(diary), data_(data), list_(diary, std::move(open_entry)) {}
  // Undo is offered on coming back from the entry that was changed or deleted, never for
  // a change made elsewhere (Cramp now's details) or before the person moved on. A new
  // visit also starts the list afresh at its top.
  void Enter() override;
  void Draw(PageContext& context) override { DrawDiary(context, list_, diary_, data_); }
  void Leave() override;

 private:
  model::DiaryModel& diary_;
  const DataActions& data_;
  diary::DiaryList list_;
};

// Insights keeps what it worked out from the whole diary until the diary changes.
class InsightsPage final : public Page {
 public:
  // `stats`: the diary's statistics as of tonight, computed again only after a change.
  InsightsPage(const model::DiaryModel& diary,
               std::function<const core::diary::DiaryStats&()> stats, const DataActions& data)
      : diary_(diary), stats_(std::move(stats)), data_(data) {}
  void Draw(PageContext& context) override { DrawInsights(context, pain_, diary_, stats_, data_); }

 private:
  const model::DiaryModel& diary_;
  std::function<const core::diary::DiaryStats&()> stats_;
  const DataActions& data_;
  PainCache pain_;
};

class SelfCheckPage final : public Page {
 public:
  SelfCheckPage(selfcheck::SelfCheckFlow& flow, const PhoneLine& phone, const DataActions& data)
      : flow_(flow), phone_(phone), data_(data) {}
  void Enter() override { fresh_ = true; }
  void Leave() override { fresh_ = true; }
  void Draw(PageContext& context) override;
  int StepKey() const override;
  bool Back() override;
  bool ShowsMoreBelow() const override;  // the result (its pages have their own)

 private:
  selfcheck::SelfCheckFlow& flow_;
  const PhoneLine& phone_;   // the result's call buttons
  const DataActions& data_;  // the result's report button
  // A page of the check is shown from its top (as the column is) when the page was
  // entered, left and come back to, or moved to another step since the last frame.
  bool fresh_ = true;
  int drawn_key_ = -1;
};

class SettingsPage final : public Page {
 public:
  explicit SettingsPage(const SettingsServices& services) : services_(services) {}
  void Draw(PageContext&) override { DrawSettings(services_); }

 private:
  SettingsServices services_;
};

}  // namespace app::screens
