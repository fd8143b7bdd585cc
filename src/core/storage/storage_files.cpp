#include "core/storage/storage_files.h"

#include <nlohmann/json.hpp>

#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/json_text.h"
#include "core/storage/stored_records.h"

namespace core::storage {

std::string EncodeDiaryFile(const std::vector<diary::Episode>& episodes,
                            std::int64_t utc_seconds_now) {
  return io::ExportDiaryJson(episodes, diary::FormatUtcSeconds(utc_seconds_now));
}

std::string EncodeMetaFile(const std::map<std::string, std::string>& meta) {
  std::string out = "{\"format\":\"";
  out += kMetaFormat;
  out += "\",\"version\":" + std::to_string(kMetaFileVersion) + ",\"meta\":{";
  bool first = true;
  for (const auto& [key, json_text] : meta) {
    out += first ? "\n" : ",\n";
    first = false;
    io::AppendJsonString(out, key);
    out += ':';
    out += json_text;
  }
  out += "\n}}\n";
  return out;
}

namespace {

// Parses `text` as an object of `format` at `version`; on failure adds a problem.
bool ReadEnvelope(std::string_view text, const char* file, const char* format, int version,
                  nlohmann::json& root, Snapshot& out) {
  const std::string prefix = std::string(file) + ": ";
  root = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) {
    out.problems.push_back(prefix + (text.empty()
                                         ? "the file is empty"
                                         : "cut short or damaged, " + io::JsonSyntaxError(text)));
    return false;
  }
  const auto found_format = root.is_object() ? root.find("format") : root.end();
  if (!root.is_object() || found_format == root.end() || *found_format != format) {
    out.problems.push_back(prefix + "not a " + format + " file");
    return false;
  }
  const auto found_version = root.find("version");
  if (found_version == root.end() || !found_version->is_number_integer() ||
      *found_version != version) {
    out.problems.push_back(prefix + "written by another version of CrampCheck");
    return false;
  }
  return true;
}

}  // namespace

bool ReadDiaryFile(std::string_view text, Snapshot& out) {
  const std::size_t problems_before = out.problems.size();
  nlohmann::json root;
  if (!ReadEnvelope(text, kDiaryFileName, io::kDiaryFormat, io::kDiaryVersion, root, out))
    return false;
  const auto episodes = root.find("episodes");
  if (episodes == root.end() || !episodes->is_array()) {
    out.problems.push_back(std::string(kDiaryFileName) + ": has no episodes list");
    return false;
  }
  EpisodeRecordReader reader(out);
  int index = 0;
  for (const auto& value : *episodes) {
    const auto id = value.is_object() ? value.find("id") : value.end();
    std::string key = "episodes[" + std::to_string(index++) + "]";
    if (id != value.end() && id->is_string()) key += " (" + id->get<std::string>() + ")";
    reader.AddValue(key, value);
  }
  for (std::size_t i = problems_before; i < out.problems.size(); ++i)
    out.problems[i] = std::string(kDiaryFileName) + ": " + out.problems[i];
  return out.problems.size() == problems_before;
}

bool ReadMetaFile(std::string_view text, Snapshot& out) {
  nlohmann::json root;
  if (!ReadEnvelope(text, kMetaFileName, kMetaFormat, kMetaFileVersion, root, out)) return false;
  const auto meta = root.find("meta");
  if (meta == root.end() || !meta->is_object()) {
    out.problems.push_back(std::string(kMetaFileName) + ": has no meta object");
    return false;
  }
  for (const auto& item : meta->items()) out.meta[item.key()] = io::SafeDump(item.value());
  return true;
}

std::string CorruptFileName(const std::string& name, std::int64_t utc_seconds_now) {
  std::string stamp;
  for (const char c : diary::FormatUtcSeconds(utc_seconds_now))
    if (c != '-' && c != ':') stamp += c;
  return name + ".corrupt-" + stamp;
}

}  // namespace core::storage
