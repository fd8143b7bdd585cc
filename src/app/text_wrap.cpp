#include "app/text_wrap.h"

#include <imgui.h>

#include <vector>

namespace app {
namespace {

// One code point and where it sits in the text.
struct Glyph {
  unsigned int code = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Glyph> Decode(std::string_view text) {
  std::vector<Glyph> glyphs;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    unsigned int code = lead < 0x80 ? lead : lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    glyphs.push_back({code, i, std::min(text.size(), i + length)});
    i += length;
  }
  return glyphs;
}

bool IsCjk(unsigned int c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

// Punctuation that must not start a line (it belongs to what comes before).
bool IsClosing(unsigned int c) {
  switch (c) {
    case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1A: case 0xFF1B: case 0xFF1F:
    case 0xFF01: case 0xFF09: case 0x300D: case 0x300F: case 0x3011: case 0x300B:
    case 0x201D: case 0x2019: case 0x2026: case 0xFF05: case ',': case '.': case ':':
    case ';': case '?': case '!': case ')': case ']': case '%':
      return true;
    default:
      return false;
  }
}

// Punctuation that must not end a line (it belongs to what comes after).
bool IsOpening(unsigned int c) {
  return c == 0xFF08 || c == 0x300C || c == 0x300E || c == 0x3010 || c == 0x300A ||
         c == 0x201C || c == 0x2018 || c == '(' || c == '[';
}

// A short bracketed note ("（脚/底）", "(sole)") starting at `k`: the index after its closing
// bracket, so the note is never broken inside; 0 when glyphs[k] opens no short note.
std::size_t ShortBracketEnd(const std::vector<Glyph>& glyphs, std::size_t k) {
  constexpr std::size_t kLongestNote = 10;  // code points inside the brackets
  if (k >= glyphs.size() || (glyphs[k].code != 0xFF08 && glyphs[k].code != '(')) return 0;
  const unsigned int closing = glyphs[k].code == '(' ? ')' : 0xFF09;
  for (std::size_t end = k + 1; end < glyphs.size() && end <= k + kLongestNote + 1; ++end) {
    const unsigned int c = glyphs[end].code;
    if (c == closing) return end + 1;
    if (c == '\n' || c == glyphs[k].code) return 0;
  }
  return 0;
}

}  // namespace

bool HasCjk(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0xE2) return true;  // lead byte of U+2000 and up: decode to be sure
  }
  return false;
}

std::string WrapText(std::string_view text, float width) {
  const std::vector<Glyph> glyphs = Decode(text);
  ImFontBaked* baked = ImGui::GetFontBaked();
  auto advance = [&](unsigned int c) {
    return baked != nullptr ? baked->GetCharAdvance(static_cast<ImWchar>(c)) : 0.0f;
  };
  std::string out;
  out.reserve(text.size() + 16);
  float line = 0.0f;
  std::size_t i = 0;
  while (i < glyphs.size()) {
    const unsigned int c = glyphs[i].code;
    if (c == '\n') {
      out += '\n';
      line = 0.0f;
      ++i;
      continue;
    }
    if (c == ' ') {
      if (line > 0.0f) {
        out += ' ';
        line += advance(' ');
      }
      ++i;
      continue;
    }
    // The next unit: one CJK character, or a run of other characters up to a space or a
    // CJK one; opening punctuation before it and closing punctuation after it stay with it.
    // A short bracketed note is one unit too: a line may break before it ("小腿后侧" then
    // "（小腿肚）"), never inside it.
    std::size_t j = i;
    if (const std::size_t note_end = ShortBracketEnd(glyphs, i); note_end > 0) {
      j = note_end;
    } else {
      while (j < glyphs.size() && IsOpening(glyphs[j].code)) ++j;
      if (j < glyphs.size() && IsCjk(glyphs[j].code) && !IsClosing(glyphs[j].code)) {
        ++j;
      } else {
        while (j < glyphs.size() && glyphs[j].code != ' ' && glyphs[j].code != '\n' &&
               !(IsCjk(glyphs[j].code) && !IsClosing(glyphs[j].code)))
          ++j;
      }
    }
    while (j < glyphs.size() && IsClosing(glyphs[j].code)) ++j;
    if (j == i) j = i + 1;
    float unit = 0.0f;
    for (std::size_t k = i; k < j; ++k) unit += advance(glyphs[k].code);
    if (line > 0.0f && line + unit > width) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += '\n';
      line = 0.0f;
    }
    out.append(text.substr(glyphs[i].begin, glyphs[j - 1].end - glyphs[i].begin));
    line += unit;
    i = j;
  }
  return out;
}

}  // namespace app
