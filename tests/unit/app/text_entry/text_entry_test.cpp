// The on-screen keyboard's side of every ImGui text field: which field is edited and what
// kind of keyboard it needs, and text and keys handed back, in a window-less ImGui context.
#include "app/text_entry/text_entry.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/fonts.h"

namespace {

using app::text_entry::FieldKind;

// One window with a line of text, a number and notes, like the app's fields.
class Fields {
 public:
  enum Focus { kNone, kName, kAge, kNotes };

  Fields() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(390.0f, 844.0f);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    app::AddFonts();
    Frame();
  }
  ~Fields() { ImGui::DestroyContext(); }
  Fields(const Fields&) = delete;
  Fields& operator=(const Fields&) = delete;

  // A frame; `focus` starts editing that field (as a tap on it does).
  void Frame(Focus focus = kNone) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("fields", nullptr, ImGuiWindowFlags_NoDecoration);
    if (focus == kName) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("###name", name, sizeof name);
    if (focus == kAge) ImGui::SetKeyboardFocusHere();
    age_y = ImGui::GetCursorScreenPos().y;
    ImGui::InputText("###age", age, sizeof age, ImGuiInputTextFlags_CharsDecimal);
    if (focus == kNotes) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("###notes", notes, sizeof notes);
    ImGui::End();
    ImGui::Render();
  }
  // Starts editing `field` (as a tap on it does) and waits until it is edited: ImGui moves
  // the focus in the frame after it is asked for.
  void Edit(Focus field) {
    Frame(field);
    Frame();
    Frame();
  }
  // Frames until ImGui has taken in every queued event (it takes one key change a frame).
  void Settle() {
    for (int i = 0; i < 20; ++i) Frame();
  }
  // What the platform relays, each taken in before the next.
  void Type(std::string_view utf8) {
    app::text_entry::TypeText(utf8);
    Settle();
  }
  bool Press(std::string_view dom_key, bool ctrl = false) {
    const bool editing_key = app::text_entry::PressKey(dom_key, false, ctrl);
    Settle();
    return editing_key;
  }

  char name[64] = "";
  char age[16] = "";
  char notes[256] = "";
  float age_y = 0.0f;
};

TEST(TextEntry, NoFieldIsEditedUntilOneIsFocused) {
  Fields fields;
  EXPECT_FALSE(app::text_entry::FindActiveField().has_value());
}

TEST(TextEntry, KnowsTheKindOfEachField) {
  Fields fields;
  fields.Edit(Fields::kName);
  auto field = app::text_entry::FindActiveField();
  ASSERT_TRUE(field.has_value());
  EXPECT_EQ(field->kind, FieldKind::kText);
  const unsigned int name_id = field->id;

  fields.Edit(Fields::kAge);
  field = app::text_entry::FindActiveField();
  ASSERT_TRUE(field.has_value());
  EXPECT_EQ(field->kind, FieldKind::kNumber);
  EXPECT_NE(field->id, name_id);
  // The keyboard's input sits on the field's line, inside the screen.
  EXPECT_GE(field->y, fields.age_y - 1.0f);
  EXPECT_LT(field->y, fields.age_y + 2.0f * field->line_height);
  EXPECT_GT(field->line_height, 0.0f);
  EXPECT_GT(field->width, 1.0f);
  EXPECT_LE(field->x + field->width, 390.0f);

  fields.Edit(Fields::kNotes);
  field = app::text_entry::FindActiveField();
  ASSERT_TRUE(field.has_value());
  EXPECT_EQ(field->kind, FieldKind::kMultiline);
}

TEST(TextEntry, ChineseTextAndBackspaceReachTheField) {
  Fields fields;
  fields.Edit(Fields::kName);
  fields.Type("腿抽筋");
  EXPECT_STREQ(fields.name, "腿抽筋");
  EXPECT_TRUE(fields.Press("Backspace"));
  EXPECT_STREQ(fields.name, "腿抽");  // one character, not one byte
  EXPECT_TRUE(fields.Press("ArrowLeft"));
  fields.Type("小");
  EXPECT_STREQ(fields.name, "腿小抽");
}

TEST(TextEntry, NumberFieldKeepsDigitsAndFullWidthDigits) {
  Fields fields;
  fields.Edit(Fields::kAge);
  fields.Type("4x");
  fields.Type("３");  // a Chinese keyboard in full-width mode
  EXPECT_STREQ(fields.age, "43");
}

TEST(TextEntry, EnterEndsALineButIsANewLineInNotes) {
  Fields fields;
  fields.Edit(Fields::kName);
  fields.Type("calf");
  fields.Press("Enter");
  EXPECT_STREQ(fields.name, "calf");
  EXPECT_FALSE(app::text_entry::FindActiveField().has_value());

  fields.Edit(Fields::kNotes);
  fields.Type("woke");
  fields.Press("Enter");
  fields.Type("at 3");
  EXPECT_STREQ(fields.notes, "woke\nat 3");
  EXPECT_TRUE(app::text_entry::FindActiveField().has_value());
}

TEST(TextEntry, NewLinesInOneLineOfTextAreDropped) {
  Fields fields;
  fields.Edit(Fields::kName);
  fields.Type("left\ncalf");  // the browser's <input> never passes one on; the field drops it too
  EXPECT_STREQ(fields.name, "leftcalf");
}

TEST(TextEntry, ShortcutsNeedCtrlAndOtherKeysAreLeftToTheBrowser) {
  Fields fields;
  fields.Edit(Fields::kName);
  EXPECT_FALSE(fields.Press("a"));
  EXPECT_FALSE(fields.Press("Unidentified"));
  EXPECT_FALSE(fields.Press(""));
  fields.Type("cramp");
  EXPECT_TRUE(fields.Press("A", /*ctrl=*/true));  // Ctrl+A (Caps Lock on): select all
  fields.Press("Backspace");
  EXPECT_STREQ(fields.name, "");
}

TEST(TextEntry, ClosingTheKeyboardEndsEditingAndKeepsTheText) {
  Fields fields;
  fields.Edit(Fields::kName);
  fields.Type("toe");
  app::text_entry::StopEditing();
  fields.Settle();
  EXPECT_FALSE(app::text_entry::FindActiveField().has_value());
  EXPECT_STREQ(fields.name, "toe");
  app::text_entry::StopEditing();  // nothing edited: nothing happens
  EXPECT_FALSE(app::text_entry::FindActiveField().has_value());
}

TEST(TextEntry, NothingHappensWithoutAnImGuiContext) {
  EXPECT_FALSE(app::text_entry::FindActiveField().has_value());
  app::text_entry::TypeText("x");
  EXPECT_FALSE(app::text_entry::PressKey("Backspace", false, false));
  app::text_entry::StopEditing();
}

}  // namespace
