#pragma once
// Small building blocks shared by the screens, sized for a thumb at night.
namespace app::widgets {

// A full-width button at least theme::kTouchTarget tall. `primary` uses the accent colour.
bool BigButton(const char* label, bool primary = false);
// A screen title in the heading font.
void Heading(const char* text);
// Wrapped running text.
void Paragraph(const char* text);
// Wrapped secondary text in the muted colour.
void Note(const char* text);
// A bullet point with wrapped text.
void Bullet(const char* text);

}  // namespace app::widgets
