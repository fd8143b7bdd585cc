// Chinese line breaks: any two characters may part, but not before closing punctuation or
// after opening punctuation, and no line is wider than asked.
#include "app/text_wrap.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <sstream>
#include <string>
#include <vector>

#include "ui_driver.h"

namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

std::string WithoutBreaks(std::string text) {
  std::string out;
  for (char c : text)
    if (c != '\n') out += c;
  return out;
}

}  // namespace

TEST(TextWrap, ChineseBreaksBetweenCharactersWithinTheWidth) {
  app_test::UiDriver ui;  // an ImGui context with the app's fonts
  ImGui::NewFrame();
  const std::string text =
      "脚或腿突然变得疼痛、苍白、发青或有花斑、发凉、麻木或无力（新出现的或与平时不同的），"
      "可能是这条腿的供血被堵住了。请立即拨打120。";
  ASSERT_TRUE(app::HasCjk(text));
  const float width = 180.0f;
  const std::string wrapped = app::WrapText(text, width);
  const std::vector<std::string> lines = Lines(wrapped);
  EXPECT_GE(lines.size(), 3u);
  EXPECT_EQ(WithoutBreaks(wrapped), text) << "only line breaks are added";
  for (const std::string& line : lines) {
    EXPECT_LE(ImGui::CalcTextSize(line.c_str()).x, width + 0.5f) << line;
    for (const char* closing : {"，", "。", "、", "）"}) {
      EXPECT_NE(line.rfind(closing, 0), 0u) << "a line starts with " << closing << ": " << line;
    }
    EXPECT_FALSE(line.size() >= 3 && line.compare(line.size() - 3, 3, "（") == 0)
        << "a line ends with an opening bracket: " << line;
  }
  ImGui::EndFrame();
}

TEST(TextWrap, EnglishBreaksAtSpacesOnly) {
  app_test::UiDriver ui;
  ImGui::NewFrame();
  EXPECT_FALSE(app::HasCjk("Back of calf"));
  const std::string wrapped = app::WrapText("one two three four five six", 60.0f);
  for (const std::string& line : Lines(wrapped)) {
    EXPECT_NE(line.front(), ' ');
    EXPECT_NE(line.back(), ' ');
  }
  EXPECT_EQ(app::WrapText("short", 500.0f), "short");
  ImGui::EndFrame();
}

TEST(TextWrap, AShortBracketedNoteIsNeverBroken) {
  app_test::UiDriver ui;
  ImGui::NewFrame();
  const std::string text = "抽筋的部位：脚（脚/底）、小腿后侧、大腿前侧";
  // Every width from a note's width up: "（脚/底）" is always on one line.
  const float character = ImGui::CalcTextSize("脚").x;
  for (float width = ImGui::CalcTextSize("（脚/底）").x; width < 20.0f * character; width += 3.0f) {
    const std::string wrapped = app::WrapText(text, width);
    EXPECT_EQ(WithoutBreaks(wrapped), text);
    bool whole = false;
    for (const std::string& line : Lines(wrapped))
      whole = whole || line.find("（脚/底）") != std::string::npos;
    EXPECT_TRUE(whole) << "at " << width << " px:\n" << wrapped;
  }
  // A button's label breaks before its note rather than inside a word.
  const std::string label = "小腿后侧（小腿肚）";
  EXPECT_EQ(app::WrapText(label, ImGui::CalcTextSize("小腿后侧（小").x), "小腿后侧\n（小腿肚）");
  // Latin too.
  const std::string english = app::WrapText("Foot (sole)", ImGui::CalcTextSize("Foot (so").x);
  EXPECT_EQ(english, "Foot\n(sole)") << "spaces still part words; the note stays whole";
  ImGui::EndFrame();
}
