#pragma once
// Line breaks for Chinese. Dear ImGui 1.92 wraps only at spaces and CJK punctuation, so a
// Chinese clause stays one "word" and lines come out ragged or overflow. Chinese may break
// between any two characters, except before closing punctuation (，。、：；？！）」…) or
// after opening punctuation (（「“): this does that, at spaces elsewhere, measured in the
// current font at its current size.
#include <string>
#include <string_view>

namespace app {

// True when `text` holds a CJK character (the only text that needs WrapText).
bool HasCjk(std::string_view text);

// `text` with '\n' inserted so that no line is wider than `width` (one unit wider than
// `width` gets a line of its own). Existing newlines are kept; spaces at a break go.
std::string WrapText(std::string_view text, float width);

}  // namespace app
