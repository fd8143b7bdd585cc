#pragma once
// Where the app keeps the diary, settings and the last self-check answers. The app talks
// only to this interface; each platform brings one implementation (IndexedDB in the
// browser, files on the desktop) and tests use MemoryStorage.
//
// Every call is asynchronous because IndexedDB is: `done` runs once the write has really
// completed (the transaction committed, the file renamed into place), and only then may
// the app say "saved". Implementations never throw and never abort on bad data.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/diary/episode.h"

namespace core::storage {

enum class Status {
  kOk,
  kUnavailable,     // no storage at all (private window, policy): the app runs in memory
  kQuotaExceeded,   // the device is full: the entry stays in memory, retry offered
  kVersionChanged,  // a newer app version opened the store in another tab: reload
  kFailed,          // anything else; `message` says what
};

struct Result {
  Status status = Status::kOk;
  std::string message;  // for people, e.g. "The device is full."
  bool Ok() const { return status == Status::kOk; }
};

// Everything stored, as loaded at start. Meta values are JSON texts keyed by name
// ("settings", "last_triage_answers", "schema_version", ...).
struct Snapshot {
  std::vector<diary::Episode> episodes;
  std::map<std::string, std::string> meta;
};

class Storage {
 public:
  using Done = std::function<void(const Result&)>;
  using Loaded = std::function<void(const Result&, Snapshot)>;

  virtual ~Storage() = default;
  virtual void Load(Loaded done) = 0;
  virtual void PutEpisode(const diary::Episode& episode, Done done) = 0;
  virtual void DeleteEpisode(const std::string& id, Done done) = 0;
  virtual void PutMeta(const std::string& key, const std::string& json, Done done) = 0;
  virtual void Clear(Done done) = 0;
};

// Keeps everything in memory and answers at once. Tests can make the next writes fail.
class MemoryStorage final : public Storage {
 public:
  void Load(Loaded done) override;
  void PutEpisode(const diary::Episode& episode, Done done) override;
  void DeleteEpisode(const std::string& id, Done done) override;
  void PutMeta(const std::string& key, const std::string& json, Done done) override;
  void Clear(Done done) override;

  // The next writes fail with `status` until FailWritesWith(Status::kOk).
  void FailWritesWith(Status status) { fail_with_ = status; }
  const Snapshot& Contents() const { return contents_; }

 private:
  bool FailIfAsked(const Done& done) const;

  Snapshot contents_;
  Status fail_with_ = Status::kOk;
};

}  // namespace core::storage
