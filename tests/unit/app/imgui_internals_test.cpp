// Dear ImGui's internals are reached from one file of ours, src/app/imgui_internals.cpp, so an
// ImGui upgrade that changes them breaks that file alone: no other source under src/ may
// include imgui_internal.h.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

// Files under src/ allowed to include imgui_internal.h, relative to src/.
const std::vector<std::string> kAllowed = {
    "app/imgui_internals.cpp",
};

bool IncludesInternals(const std::string& line) {
  static const std::regex kInclude(R"(^\s*#\s*include\s*[<"]imgui_internal\.h[>"])");
  return std::regex_search(line, kInclude);
}

std::vector<std::string> FilesIncludingInternals(const std::filesystem::path& root) {
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (!IncludesInternals(line)) continue;
      found.push_back(std::filesystem::relative(entry.path(), root).generic_string());
      break;
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

TEST(ImGuiInternals, ScannerFindsIncludesNotMentions) {
  EXPECT_TRUE(IncludesInternals("#include <imgui_internal.h>"));
  EXPECT_TRUE(IncludesInternals("  #  include \"imgui_internal.h\"  // why"));
  EXPECT_FALSE(IncludesInternals("// imgui_internal.h declares the hooks"));
  EXPECT_FALSE(IncludesInternals("#include <imgui.h>"));
}

TEST(ImGuiInternals, OnlyOneFileOfOursIncludesImGuiInternal) {
  const std::filesystem::path root = std::filesystem::path(CRAMPCHECK_SOURCE_DIR) / "src";
  ASSERT_TRUE(std::filesystem::is_directory(root)) << root;
  std::string list;
  for (const std::string& file : FilesIncludingInternals(root)) {
    if (std::find(kAllowed.begin(), kAllowed.end(), file) == kAllowed.end()) list += file + "\n";
  }
  EXPECT_TRUE(list.empty())
      << "Only src/app/imgui_internals.cpp may include imgui_internal.h; move what these need "
         "there, behind a function with plain types (src/app/imgui_internals.h):\n"
      << list;
}

}  // namespace
