#pragma once
// The desktop storage's file formats (no file system calls here: FileStorage in
// src/platform/native does the reading, atomic writing and renaming).
//
// The data folder holds two files, each rewritten whole and atomically on every change:
//   diary.json  DESIGN.md's export format, {"format":"crampcheck-diary","version":1,
//               "exported_at":"<time of the write>","episodes":[...]}, one episode a line,
//               so the file is also a ready export and the CLI reads it as it is;
//   meta.json   {"format":"crampcheck-meta","version":1,"meta":{"<key>":<JSON value>,...}}.
// A torn write (the file cut short) or any other damage makes the text unreadable as a
// whole or leaves records that fail validation; both are reported, never ignored.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/storage.h"

namespace core::storage {

constexpr const char* kDiaryFileName = "diary.json";
constexpr const char* kMetaFileName = "meta.json";
constexpr const char* kMetaFormat = "crampcheck-meta";
constexpr int kMetaFileVersion = 1;

std::string EncodeDiaryFile(const std::vector<diary::Episode>& episodes,
                            std::int64_t utc_seconds_now);
// Meta values must already be JSON texts (CheckMeta); keys are written sorted.
std::string EncodeMetaFile(const std::map<std::string, std::string>& meta);

// Reads a diary file into out.episodes. Every problem goes to out.problems, prefixed with
// the file name; readable episodes are kept even when others are not. Returns true when
// the file had no problem at all.
bool ReadDiaryFile(std::string_view text, Snapshot& out);
// The same for meta.json into out.meta.
bool ReadMetaFile(std::string_view text, Snapshot& out);

// Where a damaged file is kept aside: "<name>.corrupt-20261123T031200Z".
std::string CorruptFileName(const std::string& name, std::int64_t utc_seconds_now);

}  // namespace core::storage
