#pragma once
// Reading what a storage backend hands back, record by record, the same way everywhere:
// a record that is not a valid Episode is skipped and described in Snapshot::problems,
// never dropped silently and never deleted (the backend leaves it where it is). Also the
// rules every backend applies to meta keys and values. Pure C++: the IndexedDB and file
// storages share it, and it is unit tested natively.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/storage/storage.h"

namespace core::storage {

// The meta key the storage owns (the database schema version); PutMeta refuses it.
constexpr const char* kSchemaVersionKey = "schema_version";

// Appends each stored episode record (one Episode object of DESIGN.md) to
// out.episodes, or a line naming the record's key and every problem to out.problems.
// A second record with an id already read is refused as a problem too.
class EpisodeRecordReader {
 public:
  explicit EpisodeRecordReader(Snapshot& out) : out_(out) {}
  void AddValue(std::string_view key, const nlohmann::json& value);

 private:
  Snapshot& out_;
  std::unordered_set<std::string> ids_;
};

// Checks a PutMeta call: a non-empty key other than kSchemaVersionKey, and a value that
// is one JSON value. Returns the reason for people, or "" when fine.
std::string CheckMeta(std::string_view key, std::string_view json_text);

// One sentence for Load's Result.message when records were skipped, e.g. "2 stored
// entries could not be read; they were kept, not deleted. First: ...". "" when none.
std::string ProblemsSummary(const Snapshot& snapshot);

// The IndexedDB library's load answer (src/platform/web/library_indexeddb.js), two texts:
//   episodes  a JSON list of the stored episode records, as stored (one JSON.stringify: a
//             10,000-entry diary is read in one streaming pass, ReadEpisodeRecords);
//   rest      {"unreadable":[key, ...], "meta":[[key, json text or null], ...]}, where
//             "unreadable" names records the browser could not express as JSON.
// A record that is not a valid episode is skipped and named in out.problems, like every
// "unreadable" one; the others load. Returns false (with `error`) only when the answer
// itself is malformed.
bool ReadLoadAnswer(std::string_view episodes, std::string_view rest, Snapshot& out,
                    std::string& error);

}  // namespace core::storage
