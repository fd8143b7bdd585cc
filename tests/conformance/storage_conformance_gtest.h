#pragma once
// Runs the Storage conformance suite natively: every case of AllCases() becomes one
// GoogleTest test "<suite>.<CaseName>" (found by gtest_discover_tests like any other).
//
//   const bool registered = conformance::RegisterTests("MemoryStorageConformance",
//       [] { return std::make_unique<MemorySubject>(); });
//
// `make_subject` is called once per test, so every test starts from nothing stored. The
// storages answer at once, so each test drains a QueueLoop and then expects the case to
// have finished; one still waiting for a callback fails, naming the step.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <utility>

#include "storage_conformance.h"

namespace conformance {

using MakeSubject = std::function<std::unique_ptr<Subject>()>;

class ConformanceTest : public ::testing::Test {
 public:
  ConformanceTest(const Case& c, MakeSubject make) : case_(c), make_(std::move(make)) {}

  void TestBody() override {
    std::unique_ptr<Subject> subject = make_();
    ASSERT_NE(subject, nullptr);
    QueueLoop loop;
    CaseRun run(case_, *subject, loop);
    run.Start();
    loop.RunUntilIdle();
    ASSERT_TRUE(run.Finished()) << case_.name << " still waits for " << run.Waiting()
                                << ": its callback never arrived";
    const CaseResult& result = run.Result();
    for (const std::string& failure : result.failures) ADD_FAILURE() << failure;
    if (!result.skipped.empty() && result.Passed()) GTEST_SKIP() << result.skipped;
  }

 private:
  const Case& case_;
  MakeSubject make_;
};

inline bool RegisterTests(const char* suite, MakeSubject make_subject) {
  for (const Case& c : AllCases()) {
    ::testing::RegisterTest(
        suite, c.name, nullptr, nullptr, __FILE__, __LINE__,
        [&c, make_subject]() -> ConformanceTest* { return new ConformanceTest(c, make_subject); });
  }
  return true;
}

}  // namespace conformance
