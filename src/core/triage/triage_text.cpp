#include "core/triage/triage_text.h"

namespace core::triage {
namespace {
void ReplaceFirst(std::string& text, std::string_view placeholder, std::string_view value) {
  const auto at = text.find(placeholder);
  if (at != std::string::npos) text.replace(at, placeholder.size(), value);
}
}  // namespace

std::string UnsureRaiserText(TextLookup text, std::string_view field, Level level) {
  const std::string condition = std::string(text(std::string("if.").append(field)));
  const std::string action = std::string(text(std::string("act.").append(LevelName(level))));
  std::string sentence(text("raiser.format"));
  ReplaceFirst(sentence, "{if}", condition);
  ReplaceFirst(sentence, "{act}", action);
  return sentence;
}

}  // namespace core::triage
