#pragma once
// A page: one screen's drawing and state behind one small interface, so App knows no
// screen by name. App keeps one Page per Screen (router.h) and each frame draws the
// router's current one inside the content column (app_chrome.cpp). A page is given what it
// works with when App makes it (the diary model, settings, actions: page_services.h); a
// frame brings only what changes between frames (PageContext).
//
//   Enter()       the router brought the page up (a tab, a link; not a Back): start afresh
//   Leave()       the router moved on to another page
//   Draw()        this frame's UI; navigation goes through context.navigation (the Router)
//   StepKey()     changes when the page moves to another step: the column scrolls to top
//   Back()        a step back inside the page (a flow's previous step); false lets the
//                 router go back a page
//   ShowsNotes()  whether the storage notes may be drawn above it (not during Cramp now)
//   ShowsMoreBelow()  a "More below" bar under the column while more of it lies below
//   Animating()   something on it moves now (a stretch figure): every frame is drawn
//   VisibleTick() changes whenever it changes by itself at a slower pace (a timer's
//                 seconds), one frame per change; -1 while nothing changes by itself
#include "app/router.h"
#include "core/clock.h"
#include "core/i18n/language.h"
#include "core/triage/emergency_numbers.h"

namespace app {

// What a page needs of this frame, and nothing it could be given once: the diary, settings
// and the device's services are the page's own (page_services.h).
struct PageContext {
  // Where the page goes next (the one stack of screens, App's; a frame's taps move it).
  Router& navigation;
  float column_width;  // width of the readable column, in ImGui units
  const core::Clock& clock;
  const core::triage::EmergencyRegion& region;  // whose emergency number and urgent line
  core::i18n::Language language;                // the person's language this frame
};

class Page {
 public:
  virtual ~Page() = default;
  virtual void Enter() {}
  virtual void Leave() {}
  virtual void Draw(PageContext& context) = 0;
  virtual int StepKey() const { return 0; }
  virtual bool Back() { return false; }
  virtual bool ShowsNotes() const { return true; }
  virtual bool ShowsMoreBelow() const { return false; }
  virtual bool Animating(const core::Clock&) const { return false; }
  virtual int VisibleTick(const core::Clock&) const { return -1; }
};

}  // namespace app
