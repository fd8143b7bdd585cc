// Diary benchmarks on a generated 100,000-episode diary. Targets (issue 4, natively on a
// 2-core machine): statistics < 20 ms, JSON import and export < 1 s each.
#include <benchmark/benchmark.h>

#include "core/diary/stats.h"
#include "core/diary/triage_facts.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"
#include "core/io/import.h"
#include "core/io/report.h"
#include "generated_diary.h"

namespace {

constexpr std::size_t kEpisodes = 100000;
const core::diary::LocalDate kAsOf{2026, 1, 1};

const std::vector<core::diary::Episode>& Diary() {
  static const auto episodes = bench::GenerateDiary(kEpisodes);
  return episodes;
}
const std::string& DiaryJson() {
  static const std::string text = core::io::ExportDiaryJson(Diary(), "2026-01-01T00:00:00Z");
  return text;
}
const std::string& DiaryCsv() {
  static const std::string text = core::io::ExportDiaryCsv(Diary());
  return text;
}

void BM_Stats(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(core::diary::ComputeStats(Diary(), kAsOf));
}
BENCHMARK(BM_Stats)->Unit(benchmark::kMillisecond);

void BM_StatsPrepared(benchmark::State& state) {
  const auto prepared = core::diary::PrepareEpisodes(Diary());
  for (auto _ : state) benchmark::DoNotOptimize(core::diary::ComputeStats(prepared, kAsOf));
}
BENCHMARK(BM_StatsPrepared)->Unit(benchmark::kMillisecond);

void BM_TriageFacts(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(core::diary::TriageFacts(Diary(), kAsOf));
}
BENCHMARK(BM_TriageFacts)->Unit(benchmark::kMillisecond);

void BM_ExportJson(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(core::io::ExportDiaryJson(Diary(), "2026-01-01T00:00:00Z"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * DiaryJson().size()));
}
BENCHMARK(BM_ExportJson)->Unit(benchmark::kMillisecond);

void BM_ImportJson(benchmark::State& state) {
  for (auto _ : state) {
    auto plan = core::io::PlanImport({}, DiaryJson());
    if (!plan.Valid()) state.SkipWithError("generated diary did not import");
    benchmark::DoNotOptimize(plan);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * DiaryJson().size()));
}
BENCHMARK(BM_ImportJson)->Unit(benchmark::kMillisecond);

void BM_ImportJsonMergeIntoFullDiary(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(core::io::PlanImport(Diary(), DiaryJson()));
}
BENCHMARK(BM_ImportJsonMergeIntoFullDiary)->Unit(benchmark::kMillisecond);

void BM_ExportCsv(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(core::io::ExportDiaryCsv(Diary()));
}
BENCHMARK(BM_ExportCsv)->Unit(benchmark::kMillisecond);

void BM_ImportCsv(benchmark::State& state) {
  for (auto _ : state) {
    auto plan = core::io::PlanImport({}, DiaryCsv());
    if (!plan.Valid()) state.SkipWithError("generated CSV did not import");
    benchmark::DoNotOptimize(plan);
  }
}
BENCHMARK(BM_ImportCsv)->Unit(benchmark::kMillisecond);

void BM_Report(benchmark::State& state) {
  core::io::ReportOptions options;
  options.as_of = kAsOf;
  for (auto _ : state) benchmark::DoNotOptimize(core::io::DoctorReportHtml(Diary(), options));
}
BENCHMARK(BM_Report)->Unit(benchmark::kMillisecond);

}  // namespace
