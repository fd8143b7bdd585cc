#include "core/storage/stored_records.h"

#include "core/io/diary_json.h"
#include "core/io/episode_json.h"
#include "core/io/json_text.h"

namespace core::storage {

namespace {

// Keys come from storage we do not fully control: keep report lines short.
std::string ShortKey(std::string_view key) {
  constexpr std::size_t kMax = 60;
  if (key.size() <= kMax) return std::string(key);
  return std::string(key.substr(0, kMax)) + "...";
}

void AddProblem(Snapshot& out, std::string_view key, const std::string& what) {
  out.problems.push_back("entry " + ShortKey(key) + ": " + what);
}

}  // namespace

void EpisodeRecordReader::AddValue(std::string_view key, const nlohmann::json& value) {
  std::vector<diary::FieldError> errors;
  auto episode = io::EpisodeFromJson(value, errors);
  if (!episode) {
    std::string what;
    for (const auto& error : errors) {
      if (!what.empty()) what += "; ";
      what += error.field.empty() ? error.message : error.field + ": " + error.message;
    }
    AddProblem(out_, key, what.empty() ? "not an episode" : what);
    return;
  }
  if (!ids_.insert(episode->id).second) {
    AddProblem(out_, key, "a second entry with id " + episode->id);
    return;
  }
  out_.episodes.push_back(std::move(*episode));
}

std::string CheckMeta(std::string_view key, std::string_view json_text) {
  if (key.empty()) return "A setting needs a name.";
  if (key == kSchemaVersionKey) return "schema_version is kept by the storage itself.";
  const auto value = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (value.is_discarded()) return "The value of " + ShortKey(key) + " is not JSON.";
  return "";
}

std::string ProblemsSummary(const Snapshot& snapshot) {
  const std::size_t count = snapshot.problems.size();
  if (count == 0) return "";
  std::string text = count == 1 ? "1 stored entry could not be read"
                                : std::to_string(count) + " stored entries could not be read";
  text += "; they were kept, not deleted. First: " + snapshot.problems.front();
  return text;
}

namespace {

// Each item of `list` must be [key, text-or-null]; calls use(key, text, is_null).
template <typename Use>
bool ForEachPair(const nlohmann::json& list, const char* name, std::string& error, Use use) {
  if (!list.is_array()) {
    error = std::string("the storage answer has no ") + name + " list";
    return false;
  }
  for (const auto& pair : list) {
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() ||
        !(pair[1].is_string() || pair[1].is_null())) {
      error = std::string("the storage answer has a malformed ") + name + " item";
      return false;
    }
    const auto& key = pair[0].get_ref<const std::string&>();
    if (pair[1].is_null())
      use(key, std::string_view(), true);
    else
      use(key, std::string_view(pair[1].get_ref<const std::string&>()), false);
  }
  return true;
}

// One problem line per rejected record: its issues come together (same row), in order.
void AddRecordProblems(const std::vector<io::ImportIssue>& issues, Snapshot& out) {
  for (std::size_t i = 0; i < issues.size();) {
    std::string what;
    std::size_t next = i;
    for (; next < issues.size() && issues[next].row == issues[i].row; ++next) {
      if (!what.empty()) what += "; ";
      const io::ImportIssue& issue = issues[next];
      what += issue.field.empty() ? issue.message : issue.field + ": " + issue.message;
    }
    AddProblem(out, issues[i].location, what);
    i = next;
  }
}

}  // namespace

bool ReadLoadAnswer(std::string_view episodes, std::string_view rest, Snapshot& out,
                    std::string& error) {
  const auto root = nlohmann::json::parse(rest.begin(), rest.end(), nullptr, false);
  if (root.is_discarded() || !root.is_object() || !root.contains("unreadable") ||
      !root.contains("meta") || !root["unreadable"].is_array()) {
    error = "the storage answer is not readable";
    return false;
  }
  io::ParsedEpisodes records = io::ReadEpisodeRecords(episodes);
  if (!records.issues.empty() && records.issues.front().row < 0) {
    error = "the stored entries came back unreadable (" + records.issues.front().message + ")";
    return false;
  }
  out.episodes = std::move(records.episodes);
  AddRecordProblems(records.issues, out);
  for (const auto& key : root["unreadable"])
    AddProblem(out, key.is_string() ? key.get<std::string>() : key.dump(),
               "the record cannot be read as JSON");
  return ForEachPair(root["meta"], "meta", error,
                     [&](const std::string& key, std::string_view text, bool is_null) {
                       const auto value =
                           nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
                       if (is_null || value.is_discarded())
                         out.problems.push_back("setting " + ShortKey(key) + ": not JSON");
                       else
                         out.meta[key] = io::SafeDump(value);
                     });
}

}  // namespace core::storage
