#include <gtest/gtest.h>

#include "cli/run_cli.h"

using cli_test::RunCli;

TEST(CliUsage, NoCommandIsAUsageError) {
  const auto result = RunCli({});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("usage"), std::string::npos);
  EXPECT_TRUE(result.out.empty());
}

TEST(CliUsage, UnknownCommandIsAUsageError) {
  const auto result = RunCli({"frobnicate"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("frobnicate"), std::string::npos);
}

TEST(CliUsage, VersionPrintsJson) {
  const auto result = RunCli({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.rfind("{\"version\":\"", 0), 0u) << result.out;
}
