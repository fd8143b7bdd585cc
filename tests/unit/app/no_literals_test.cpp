// Every word the app shows comes from the text tables (core/i18n/app_text.h): no .cpp file
// under src/app may hold a string literal with a run of English words ("Try again"), except
// the few names that are the same in every language.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Literal {
  int line;
  std::string text;
};

// The string literals of a C++ source, outside comments and character literals.
std::vector<Literal> StringLiterals(const std::string& source) {
  std::vector<Literal> literals;
  int line = 1;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    const char next = i + 1 < source.size() ? source[i + 1] : '\0';
    if (c == '\n') {
      ++line;
    } else if (c == '/' && next == '/') {
      while (i < source.size() && source[i] != '\n') ++i;
      --i;
    } else if (c == '/' && next == '*') {
      for (i += 2; i + 1 < source.size() && !(source[i] == '*' && source[i + 1] == '/'); ++i) {
        if (source[i] == '\n') ++line;
      }
      ++i;
    } else if (c == '\'') {
      for (++i; i < source.size() && source[i] != '\''; ++i) {
        if (source[i] == '\\') ++i;
      }
    } else if (c == '"') {
      Literal literal{line, {}};
      for (++i; i < source.size() && source[i] != '"'; ++i) {
        if (source[i] == '\\') literal.text += source[i++];
        literal.text += source[i];
      }
      literals.push_back(literal);
    }
  }
  return literals;
}

// The visible part of a literal: an ImGui id ("##..." or "###...") is not shown.
std::string Visible(const std::string& literal) {
  return literal.substr(0, literal.find("##"));
}

bool HasEnglishWords(const std::string& text) {
  static const std::regex kTwoWords("[A-Za-z]+ [A-Za-z]+");
  return std::regex_search(text, kTwoWords);
}

// Names the same in every language, and format strings.
const std::vector<std::string> kAllowed = {"English", "中文", "CrampCheck", "%d:%02d"};

std::vector<std::string> Offenders(const std::filesystem::path& root) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::istringstream lines(buffer.str());
    for (const Literal& literal : StringLiterals(buffer.str())) {
      const std::string visible = Visible(literal.text);
      if (std::find(kAllowed.begin(), kAllowed.end(), visible) != kAllowed.end()) continue;
      if (!HasEnglishWords(visible)) continue;
      found.push_back(std::filesystem::relative(entry.path(), root).string() + ":" +
                      std::to_string(literal.line) + ": \"" + literal.text + "\"");
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

TEST(NoLiterals, ScannerFindsEnglishOutsideIdsAndComments) {
  const auto literals = StringLiterals(
      "// \"Not this\"\n/* \"nor this\" */ f(\"Try again###retry\", '\"', \"###only id\");\n"
      "g(\"key.name\");");
  ASSERT_EQ(literals.size(), 3u);
  EXPECT_TRUE(HasEnglishWords(Visible(literals[0].text)));
  EXPECT_FALSE(HasEnglishWords(Visible(literals[1].text)));
  EXPECT_FALSE(HasEnglishWords(Visible(literals[2].text)));
  EXPECT_EQ(literals[0].line, 2);
}

TEST(NoLiterals, AppSourcesReadEveryWordFromTheTables) {
  const std::filesystem::path root = std::filesystem::path(CRAMPCHECK_SOURCE_DIR) / "src" / "app";
  ASSERT_TRUE(std::filesystem::is_directory(root)) << root;
  const std::vector<std::string> offenders = Offenders(root);
  std::string list;
  for (const std::string& offender : offenders) list += offender + "\n";
  EXPECT_TRUE(offenders.empty()) << "English literals in src/app (use app::T(key)):\n" << list;
}

}  // namespace
