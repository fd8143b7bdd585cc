#include "core/io/import.h"

#include <unordered_map>
#include <utility>

#include "core/diary/entry_rules.h"
#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/episode_csv.h"

namespace core::io {

using core::diary::Episode;

const char* Name(ImportFormat format) {
  return format == ImportFormat::kJson ? "json" : "csv";
}

ImportFormat DetectFormat(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[' ? ImportFormat::kJson : ImportFormat::kCsv;
  }
  return ImportFormat::kCsv;
}

ParsedEpisodes ParseEpisodesFile(std::string_view text, ImportFormat format) {
  if (format == ImportFormat::kJson) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return ParseDiaryJson(text);
  }
  return ParseDiaryCsv(text);
}

namespace {

// (seconds, nanoseconds) of a UTC stamp; validated episodes always parse.
std::pair<std::int64_t, int> Instant(const std::string& utc) {
  const auto t = core::diary::ParseTimestamp(utc, core::diary::TimestampKind::kUtc);
  return t ? std::make_pair(t->UtcSeconds(), t->nanos) : std::make_pair(std::int64_t{0}, 0);
}

}  // namespace

std::string TooBigMessage(std::size_t bytes) {
  const std::size_t mb = (bytes + 1024 * 1024 - 1) / (1024 * 1024);
  return "The file is " + std::to_string(mb) + " MB; CrampCheck imports files up to " +
         std::to_string(kMaxImportFileBytes / (1024 * 1024)) + " MB.";
}

ImportPlan PlanImport(const std::vector<Episode>& existing, std::string_view text,
                      std::optional<std::int64_t> now_utc_seconds) {
  ImportPlan plan;
  plan.format = DetectFormat(text);
  ParsedEpisodes parsed = ParseEpisodesFile(text, plan.format);
  if (now_utc_seconds && parsed.Ok()) {
    for (std::size_t i = 0; i < parsed.episodes.size(); ++i) {
      const int row = i < parsed.rows.size() ? parsed.rows[i] : static_cast<int>(i);
      const std::string location = plan.format == ImportFormat::kJson
                                       ? "episodes[" + std::to_string(row) + "]"
                                       : "line " + std::to_string(row);
      for (auto& error :
           core::diary::ValidateEntry(parsed.episodes[i], *now_utc_seconds + kImportClockMarginS))
        parsed.AddIssue({row, location, std::move(error.field), std::move(error.message)});
    }
    if (!parsed.Ok()) parsed.episodes.clear();
  }
  plan.issue_count = parsed.issue_count;
  plan.issues = std::move(parsed.issues);
  if (!plan.Valid()) return plan;
  plan.rows = static_cast<int>(parsed.episodes.size());
  if (existing.empty()) {  // the file's ids are unique, so every episode is new
    plan.to_add = std::move(parsed.episodes);
    return plan;
  }

  std::unordered_map<std::string_view, const Episode*> by_id;
  by_id.reserve(existing.size());
  for (const Episode& e : existing) by_id.emplace(e.id, &e);
  for (Episode& incoming : parsed.episodes) {
    const auto it = by_id.find(incoming.id);
    if (it == by_id.end()) {
      plan.to_add.push_back(std::move(incoming));
    } else if (*it->second == incoming) {
      ++plan.unchanged;
    } else if (Instant(incoming.updated_at) > Instant(it->second->updated_at)) {
      plan.to_update.push_back(std::move(incoming));
    } else {
      ++plan.kept_existing;
    }
  }
  return plan;
}

core::diary::EditResult ApplyImport(core::diary::Diary& diary, const ImportPlan& plan) {
  if (!plan.Valid()) {
    core::diary::EditResult refused;
    refused.errors.push_back({"file", "the file has problems; nothing was imported"});
    return refused;
  }
  std::vector<Episode> changes;
  changes.reserve(plan.to_add.size() + plan.to_update.size());
  changes.insert(changes.end(), plan.to_update.begin(), plan.to_update.end());
  changes.insert(changes.end(), plan.to_add.begin(), plan.to_add.end());
  return diary.Upsert(std::move(changes));
}

}  // namespace core::io
