// FindSyntaxError: the one place the diary import and the answers parser learn where a
// text stops being JSON, without exceptions.
#include "core/json/json_syntax_error.h"

#include <gtest/gtest.h>

#include <string>

using core::json::FindSyntaxError;

TEST(JsonSyntaxError, ValidJsonHasNone) {
  EXPECT_FALSE(FindSyntaxError(R"({"a":[1,2.5,"x",null,true]})"));
  EXPECT_FALSE(FindSyntaxError(" 42 \n"));
}

TEST(JsonSyntaxError, ReportsTheByteAndNlohmannsMessage) {
  const auto truncated = FindSyntaxError(R"({"a":)");
  ASSERT_TRUE(truncated);
  EXPECT_EQ(truncated->byte, 6u);
  EXPECT_NE(truncated->what.find("parse error at line 1, column 6"), std::string::npos)
      << truncated->what;
  const auto empty = FindSyntaxError("");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->byte, 1u);
  const auto trailing = FindSyntaxError("{} {}");
  ASSERT_TRUE(trailing);
  EXPECT_EQ(trailing->byte, 4u);
}

TEST(JsonSyntaxError, BadUtf8AndOverflowAreErrors) {
  const auto utf8 = FindSyntaxError("[\"ab\xFF\"]");
  ASSERT_TRUE(utf8);
  EXPECT_EQ(utf8->byte, 5u);
  EXPECT_TRUE(FindSyntaxError("[1e999]"));
  EXPECT_TRUE(FindSyntaxError("[NaN]"));
}

TEST(JsonSyntaxError, DeepNestingDoesNotCrash) {
  const std::string open(200000, '[');
  const auto error = FindSyntaxError(open);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->byte, open.size() + 1);
  EXPECT_FALSE(FindSyntaxError(open + std::string(open.size(), ']')));
}
