// Pages are built with what they need; the per-frame PageContext (app/page.h) holds only the
// router, the column width, the clock, the region and the language. The raw episode list
// never reaches a page through it: pages read the diary through model::DiaryModel.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "app/page.h"

namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The source without its comments, so a comment may still name what the code must not use.
std::string Code(const std::string& source) {
  static const std::regex kComments(R"(//[^\n]*|/\*[\s\S]*?\*/)");
  return std::regex_replace(source, kComments, "");
}

const fs::path kApp = fs::path(CRAMPCHECK_SOURCE_DIR) / "src" / "app";

}  // namespace

// Five things a frame, none bigger than a pointer: no list of episodes, no service, no
// callback can hide among them.
static_assert(sizeof(app::PageContext) <= 5 * sizeof(void*),
              "PageContext holds the router, the width, the clock, the region and the language");
static_assert(std::is_reference_v<decltype((std::declval<app::PageContext&>().clock))>);

TEST(PageContext, NamesNoEpisodes) {
  const std::string page = Code(Read(kApp / "page.h"));
  ASSERT_FALSE(page.empty());
  EXPECT_EQ(page.find("core/diary/episode.h"), std::string::npos);
  EXPECT_EQ(page.find("Episode"), std::string::npos);
  EXPECT_EQ(page.find("std::vector"), std::string::npos);
}

// No page reads a raw episode list through its context, and none holds one: the model's
// views and verbs are the way in (model/ itself keeps the diary).
TEST(PageContext, NoPageHoldsTheRawEpisodeList) {
  static const std::regex kThroughContext(R"(context\s*\.\s*episodes\b)");
  static const std::regex kHeldList(
      R"((const\s+)?std::vector<\s*(core::diary::)?Episode\s*>\s*&\s*\w+_\s*;)");
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(kApp)) {
    const fs::path& path = entry.path();
    if (path.extension() != ".h" && path.extension() != ".cpp") continue;
    if (fs::relative(path, kApp).begin()->string() == "model") continue;
    const std::string code = Code(Read(path));
    if (std::regex_search(code, kThroughContext) || std::regex_search(code, kHeldList))
      found.push_back(fs::relative(path, kApp).string());
  }
  std::string list;
  for (const std::string& file : found) list += file + "\n";
  EXPECT_TRUE(found.empty()) << "read the diary through model::DiaryModel:\n" << list;
}
