#pragma once
// A problem found while reading a file, tied to where it is, so people can fix the file:
// "episodes[3]: pain: must be 0..10" or "line 7: started_at: 2026-02-30 is not a date".
#include <string>
#include <vector>

#include "core/diary/episode.h"

namespace core::io {

struct ImportIssue {
  // JSON: the episode's index in "episodes" (0-based); CSV: the line the record starts on
  // (1-based, the header is line 1); -1 for the file as a whole.
  int row = -1;
  std::string location;  // "episodes[3]", "line 7" or "file"
  std::string field;     // the contract's field name, or empty
  std::string message;
};

// "line 7: started_at: 2026-02-30 is not a date".
std::string FormatIssue(const ImportIssue& issue);

constexpr int kMaxStoredIssues = 1000;

// Episodes read from a file, or the reasons they cannot be used. (ReadEpisodeRecords, for
// storage, keeps the valid episodes next to the problems of the others.)
struct ParsedEpisodes {
  std::vector<core::diary::Episode> episodes;
  // Where each episode is in the file (ImportIssue::row: its index in JSON, its line in
  // CSV), so a rule checked later (import's "not in the future") can name it.
  std::vector<int> rows;
  std::vector<ImportIssue> issues;  // the first stored_issue_limit problems
  int issue_count = 0;              // all of them
  int stored_issue_limit = kMaxStoredIssues;
  bool Ok() const { return issue_count == 0; }
  void AddIssue(ImportIssue issue);
};

}  // namespace core::io
