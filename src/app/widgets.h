#pragma once
// Small building blocks shared by the screens, sized for a thumb at night.
struct ImVec4;
namespace app::widgets {

// A button at least theme::kTouchTarget tall, full width unless `width` > 0. `primary`
// uses the accent colour.
bool BigButton(const char* label, bool primary = false, float width = -1.0f, float height = 0.0f);
// A BigButton with its words in the body font, for a row that must hold three buttons on a
// small screen.
bool CompactButton(const char* label, bool primary, float width);
// A BigButton in the danger colour, for actions that destroy data (always after a
// plain-words confirmation).
bool DangerButton(const char* label, float width = -1.0f);
// Wrapped text on a coloured panel, drawn as an item of its own labelled "text###id", so
// tests (and a screen-reader mirror) can find a message by its id and read it.
// `label` is "words###id".
void Callout(const char* label, const ImVec4& background);
// A screen title in the heading font.
void Heading(const char* text);
// Wrapped running text.
void Paragraph(const char* text);
// Wrapped secondary text in the muted colour.
void Note(const char* text);
// A bullet point with wrapped text.
void Bullet(const char* text);
// A button at least theme::kTouchTarget tall for one of several answers. When `selected`
// it shows a tick and an accent border, so the choice is never told by colour alone.
// `width` <= 0 fills the remaining width.
bool ToggleButton(const char* label, bool selected, float width = -1.0f);
// Call right after a control whose choice reflows the page (a text size, a language), with
// whether it was chosen this frame: for the next frames the page is scrolled so that this
// control stays where it was on the screen, under the finger, instead of the page jumping.
void KeepInPlace(bool chosen_now);
// The width of each of `count` buttons sharing one row of the current column.
float RowButtonWidth(int count);

}  // namespace app::widgets
