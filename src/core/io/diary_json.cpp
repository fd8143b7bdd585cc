#include "core/io/diary_json.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/diary/timestamp.h"
#include "core/io/episode_json.h"
#include "core/io/json_text.h"

namespace core::io {

std::string ExportDiaryJson(const std::vector<core::diary::Episode>& episodes,
                            const std::string& exported_at) {
  std::string out;
  out.reserve(64 + episodes.size() * 360);
  out += "{\"format\":\"";
  out += kDiaryFormat;
  out += "\",\"version\":";
  out += std::to_string(kDiaryVersion);
  out += ",\"exported_at\":";
  AppendJsonString(out, exported_at);
  out += ",\"episodes\":[";
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    AppendEpisodeJson(out, episodes[i]);
  }
  out += "\n]}\n";
  return out;
}

namespace {

ImportIssue FileIssue(std::string field, std::string message) {
  return ImportIssue{-1, "file", std::move(field), std::move(message)};
}

}  // namespace

ParsedEpisodes ParseDiaryJson(std::string_view text) {
  ParsedEpisodes result;
  const auto root = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) {
    result.AddIssue(FileIssue("", JsonSyntaxError(text)));
    return result;
  }
  if (!root.is_object()) {
    result.AddIssue(FileIssue("", "must be a JSON object with \"format\":\"crampcheck-diary\""));
    return result;
  }
  for (const auto& item : root.items()) {
    const std::string& key = item.key();
    if (key != "format" && key != "version" && key != "exported_at" && key != "episodes")
      result.AddIssue(FileIssue(key.substr(0, 40), "is not a known field"));
  }
  const auto format = root.find("format");
  if (format == root.end() || !format->is_string() ||
      format->get_ref<const std::string&>() != kDiaryFormat)
    result.AddIssue(FileIssue("format", "must be \"crampcheck-diary\""));
  const auto version = root.find("version");
  const auto version_number = version == root.end() ? std::nullopt : JsonInteger(*version);
  if (!version_number || *version_number != kDiaryVersion)
    result.AddIssue(FileIssue("version", "must be 1 (this app reads version 1 files)"));
  const auto exported_at = root.find("exported_at");
  std::string why = "is missing";
  if (exported_at != root.end()) why = "must be a string";
  if (exported_at == root.end() || !exported_at->is_string() ||
      !core::diary::ParseTimestamp(exported_at->get_ref<const std::string&>(),
                                   core::diary::TimestampKind::kUtc, &why))
    result.AddIssue(FileIssue("exported_at", why));
  const auto episodes = root.find("episodes");
  if (episodes == root.end() || !episodes->is_array()) {
    result.AddIssue(FileIssue("episodes", "must be a list"));
    return result;
  }

  result.episodes.reserve(episodes->size());
  std::unordered_map<std::string, int> first_index;
  first_index.reserve(episodes->size());
  std::vector<core::diary::FieldError> errors;
  int index = 0;
  for (const auto& value : *episodes) {
    const std::string location = "episodes[" + std::to_string(index) + "]";
    errors.clear();
    auto episode = EpisodeFromJson(value, errors);
    for (auto& error : errors)
      result.AddIssue(
          ImportIssue{index, location, std::move(error.field), std::move(error.message)});
    if (episode) {
      const auto [it, inserted] = first_index.emplace(episode->id, index);
      if (!inserted) {
        result.AddIssue(ImportIssue{index, location, "id",
                                    "same id as episodes[" + std::to_string(it->second) + "]"});
      } else {
        result.episodes.push_back(std::move(*episode));
      }
    }
    ++index;
  }
  if (!result.Ok()) result.episodes.clear();
  return result;
}

}  // namespace core::io
