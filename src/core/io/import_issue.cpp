#include "core/io/import_issue.h"

namespace core::io {

std::string FormatIssue(const ImportIssue& issue) {
  std::string text = issue.location.empty() ? "file" : issue.location;
  if (!issue.field.empty()) text += ": " + issue.field;
  return text + ": " + issue.message;
}

void ParsedEpisodes::AddIssue(ImportIssue issue) {
  ++issue_count;
  if (static_cast<int>(issues.size()) < stored_issue_limit) issues.push_back(std::move(issue));
}

}  // namespace core::io
