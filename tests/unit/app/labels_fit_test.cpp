// Every button's words inside the button (issue 24 item 8): at 200 % text on a 360 px phone, in
// English and Chinese, no glyph of the muscle buttons, the pain ratings or the tab labels lies
// outside its button, a chosen button's words keep clear of its tick, and the tab labels grow
// with the text size. Read from the frame's own draw data: a glyph is a quad textured from the
// font atlas (not its white pixel), so what is measured is what the screen shows.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "app/item_recorder.h"
#include "ui_driver.h"

using app_test::UiDriver;

namespace {

constexpr float kWidth = 360.0f;
constexpr float kHeight = 640.0f;

struct Rect {
  float x0, y0, x1, y1;
  bool Contains(const ImVec2& p, float slack) const {
    return p.x >= x0 - slack && p.x <= x1 + slack && p.y >= y0 - slack && p.y <= y1 + slack;
  }
};

std::vector<Rect> ItemRects(const std::string& id_prefix) {
  std::vector<Rect> rects;
  for (const app::RecordedItem& item : app::LastFrameItems()) {
    if (item.label.find("###" + id_prefix) == std::string::npos) continue;
    rects.push_back({item.x, item.y, item.x + item.w, item.y + item.h});
  }
  return rects;
}

// The corners of every glyph drawn last frame (vertices textured from the atlas, not its
// white pixel) that are visible: inside their draw command's clip rectangle, as the GPU
// would cut them (text under the navigation bar is drawn but clipped away).
std::vector<ImVec2> GlyphCorners() {
  std::vector<ImVec2> corners;
  const ImDrawData* data = ImGui::GetDrawData();
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  for (const ImDrawList* list : data->CmdLists) {
    for (const ImDrawCmd& command : list->CmdBuffer) {
      const ImVec4 clip = command.ClipRect;
      for (unsigned int i = 0; i < command.ElemCount; ++i) {
        const ImDrawVert& vertex =
            list->VtxBuffer[command.VtxOffset + list->IdxBuffer[command.IdxOffset + i]];
        if (vertex.uv.x == white.x && vertex.uv.y == white.y) continue;
        const ImVec2 p = vertex.pos;
        if (p.x < clip.x - 0.5f || p.x > clip.z + 0.5f || p.y < clip.y - 0.5f || p.y > clip.w + 0.5f)
          continue;
        corners.push_back(p);
      }
    }
  }
  return corners;
}

// Glyph corners in the rows of `rects` (their vertical extent) that are inside none of them.
int GlyphsOutside(const std::vector<Rect>& rects) {
  int outside = 0;
  for (const ImVec2& corner : GlyphCorners()) {
    bool in_a_row = false, inside = false;
    for (const Rect& rect : rects) {
      in_a_row = in_a_row || (corner.y > rect.y0 + 1.0f && corner.y < rect.y1 - 1.0f);
      inside = inside || rect.Contains(corner, 1.5f);
    }
    if (in_a_row && !inside) ++outside;
  }
  return outside;
}

std::map<std::string, std::string> Settings(const char* language, int percent) {
  return {{"settings", std::string(R"({"language":")") + language +
                           R"(","text_size_percent":)" + std::to_string(percent) + "}"}};
}

void OpenCrampNow(UiDriver& ui) {
  ASSERT_TRUE(ui.Press("###cramp_now"));
  ui.Frame();
}

}  // namespace

class LabelsFit : public ::testing::TestWithParam<const char*> {};

TEST_P(LabelsFit, MuscleButtonsHoldTheirWordsAt200Percent) {
  UiDriver ui(kWidth, kHeight, Settings(GetParam(), 200));
  OpenCrampNow(ui);
  std::vector<Rect> buttons = ItemRects("muscle_");
  ASSERT_GE(buttons.size(), 4u) << "the first rows of the muscle choice are on the screen";
  EXPECT_EQ(GlyphsOutside(buttons), 0) << "a word spills out of its button";
  ASSERT_TRUE(ui.ScrollTo("###muscle_other"));  // "Somewhere else", the longest word
  buttons = ItemRects("muscle_");
  EXPECT_EQ(GlyphsOutside(buttons), 0) << "a word spills out of its button";
}

TEST_P(LabelsFit, TheTenPainRatingsHoldTheirNumbersAndLineUp) {
  UiDriver ui(kWidth, kHeight, Settings(GetParam(), 200));
  OpenCrampNow(ui);
  ASSERT_TRUE(ui.Press("###muscle_calf_back"));
  ui.Frame();
  ASSERT_TRUE(ui.Press("###side_left"));
  ui.Frame();
  ASSERT_TRUE(ui.Press("###cramp_done"));
  for (int i = 0; i < 4; ++i) ui.Frame();
  ASSERT_TRUE(ui.ScrollTo("###pain_10"));
  const std::vector<Rect> ratings = ItemRects("pain_");
  ASSERT_GE(ratings.size(), 11u);
  EXPECT_EQ(GlyphsOutside(ratings), 0) << "\"10\" spills out of its button";
  // The digits wholly on the screen (not cut by the bars) are all as tall as each other.
  std::vector<float> heights;
  for (const Rect& rating : ratings) {
    if (rating.x1 - rating.x0 > kWidth / 2) continue;  // "Not rated", a row of its own
    if (rating.y0 < 90.0f || rating.y1 > kHeight - 80.0f) continue;
    heights.push_back(rating.y1 - rating.y0);
  }
  ASSERT_GE(heights.size(), 4u);
  for (const float height : heights) EXPECT_NEAR(height, heights.front(), 0.5f);
}

TEST_P(LabelsFit, TabLabelsGrowWithTheTextSizeAndNeverTouch) {
  float glyph_height[2] = {0.0f, 0.0f};
  for (int size = 0; size < 2; ++size) {
    UiDriver ui(kWidth, kHeight, Settings(GetParam(), size == 0 ? 100 : 200));
    const std::vector<Rect> tabs = ItemRects("nav_");
    ASSERT_EQ(tabs.size(), 6u) << "five tabs and Settings";
    std::vector<Rect> bar;
    for (const Rect& tab : tabs)
      if (tab.y0 > kHeight / 2) bar.push_back(tab);
    ASSERT_EQ(bar.size(), 5u);
    EXPECT_EQ(GlyphsOutside(bar), 0) << "a tab's label spills over its neighbour";
    float top = kHeight, bottom = 0.0f;
    for (const ImVec2& corner : GlyphCorners()) {
      if (corner.y < bar.front().y0) continue;
      top = std::min(top, corner.y);
      bottom = std::max(bottom, corner.y);
    }
    glyph_height[size] = bottom - top;
  }
  EXPECT_GT(glyph_height[1], glyph_height[0] * 1.15f) << "the tab labels grow at 200 %";
}

std::string LanguageName(const ::testing::TestParamInfo<const char*>& language) {
  return language.param[0] == 'e' ? "English" : "Chinese";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, LabelsFit, ::testing::Values("en", "zh-Hans"), LanguageName);
