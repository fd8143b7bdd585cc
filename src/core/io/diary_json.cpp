#include "core/io/diary_json.h"

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

// ParseDiaryJson is in diary_json_reader.cpp.

}  // namespace core::io
