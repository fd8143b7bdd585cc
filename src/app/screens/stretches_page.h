#pragma once
// Stretches: every routine of CLINICAL.md "Self-care and stretches" as a card with a still
// picture and a play button (###routine_<id>); playing shows the moving figure, the step's
// words, the hold's ring, pause / resume, next step and stop, with a short buzz at each new
// step. Leaving the page stops the routine, so nothing draws frames behind another page.
#include "app/page.h"
#include "app/page_services.h"
#include "app/stretch/stretch_view.h"

namespace app::screens {

class StretchesPage final : public Page {
 public:
  // The figures' device services, and what the bedtime reminder below the list works with.
  StretchesPage(const StretchDevice& device, AppSettings& settings, const DataActions& data)
      : device_(device), settings_(settings), data_(data) {}
  void Enter() override { player_.Stop(); }
  void Leave() override { player_.Stop(); }
  void Draw(PageContext& context) override;
  // The list, or the routine playing: the column starts at its top.
  int StepKey() const override {
    return player_.Playing() ? 1 + static_cast<int>(player_.Routine().id) : 0;
  }
  // Back from a routine playing goes to the list.
  bool Back() override;
  bool Animating(const core::Clock& clock) const override {
    return player_.Moving(clock.MonotonicSeconds());
  }
  int VisibleTick(const core::Clock& clock) const override {
    return player_.Tick(clock.MonotonicSeconds());
  }

 private:
  void DrawList(PageContext& context);
  void DrawCard(PageContext& context, core::stretch::RoutineId id, int slot);
  void DrawPlaying(PageContext& context);

  const StretchDevice& device_;
  AppSettings& settings_;
  const DataActions& data_;
  stretch::StretchPlayer player_;
};

}  // namespace app::screens
