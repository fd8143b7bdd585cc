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
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diary/episode.h"

namespace core::storage {

enum class Status {
  kOk,
  kUnavailable,     // no storage at all (private window, policy): the app runs in memory
  kQuotaExceeded,   // the device is full: the entry stays in memory, retry offered
  kVersionChanged,  // a newer app version opened the store in another tab: reload
  kFailed,          // anything else; `message` says what
  // UpdateEpisode only: the stored entry is not the one the change was based on.
  kConflict,  // changed meanwhile (another tab): nothing written; `current` holds it
  kGone,      // deleted meanwhile (another tab): nothing written, nothing recreated
};

struct Result {
  Result() = default;
  Result(Status status_in, std::string message_in = {})  // NOLINT: Result{status, "why"}
      : status(status_in), message(std::move(message_in)) {}

  Status status = Status::kOk;
  std::string message;  // for people, e.g. "The device is full."
  // kConflict: the entry as stored now, newer than the one the refused change was based on.
  std::optional<diary::Episode> current;
  bool Ok() const { return status == Status::kOk; }
};

// Everything stored, as loaded at start. Meta values are JSON texts keyed by name
// ("settings", "last_triage_answers", "schema_version", ...). "schema_version" belongs
// to the storage itself: every storage's PutMeta refuses it (and a value that is not JSON).
struct Snapshot {
  std::vector<diary::Episode> episodes;
  std::map<std::string, std::string> meta;
  // Stored records that could not be read (one line each, e.g. "episode 3f2a...: pain:
  // must be 0..10"). They were skipped, never deleted: the IndexedDB records stay in
  // place, a damaged file is kept aside. Load's Result.message sums them up for people.
  std::vector<std::string> problems;
};

// How long the stored data will last; shown in settings.
enum class Persistence {
  kUnknown,     // not known yet (the browser has not answered)
  kPersistent,  // kept until the person deletes it (files; the browser granted it)
  kBestEffort,  // the browser may evict it when the device runs short of space
  kMemoryOnly,  // gone when the app closes (MemoryStorage; IndexedDB unavailable)
};

class Storage {
 public:
  using Done = std::function<void(const Result&)>;
  using Loaded = std::function<void(const Result&, Snapshot)>;
  // Told when another tab (or process) changed the stored data. With an ok result,
  // `snapshot` is everything stored now: the app replaces its model with it. Otherwise
  // `snapshot` is empty and must not replace anything: kVersionChanged means a newer app
  // version took over the database in another tab (ask to reload; writes fail from now
  // on), kFailed means the re-read failed (keep what is shown).
  using Changed = std::function<void(const Result&, Snapshot)>;

  virtual ~Storage() = default;
  // Reads everything. Not ok: nothing could be read and the app runs in memory (the
  // status picks the banner). Ok with a non-empty message: loaded, but something needs
  // the person's attention once (damaged records skipped and kept; see
  // Snapshot::problems).
  virtual void Load(Loaded done) = 0;
  virtual void PutEpisode(const diary::Episode& episode, Done done) = 0;
  // Puts every episode in one write (one transaction, one file replace): all are stored or,
  // on failure, none. An import is one user action, so it is one write.
  virtual void PutEpisodes(const std::vector<diary::Episode>& episodes, Done done) = 0;
  // An edit of a stored entry, written only if the stored one is still the version the
  // edit began from (its updated_at is `based_on`), checked in the same write (one
  // IndexedDB transaction) so a tab never overwrites what another tab saved meanwhile:
  // kConflict with Result::current when it changed, kGone when it was deleted.
  virtual void UpdateEpisode(const diary::Episode& episode, const std::string& based_on,
                             Done done) = 0;
  virtual void DeleteEpisode(const std::string& id, Done done) = 0;
  virtual void PutMeta(const std::string& key, const std::string& json, Done done) = 0;
  virtual void Clear(Done done) = 0;

  // Storages that can be changed from outside (IndexedDB shared by tabs) call `listener`;
  // the others keep it and never call it.
  virtual void SetChangeListener(Changed listener) { change_listener_ = std::move(listener); }
  virtual Persistence PersistenceStatus() const { return Persistence::kUnknown; }

 protected:
  Changed change_listener_;
};

// Replaces the episode with the same id in `episodes`, or appends it: how every storage
// applies a put to its copy of the diary.
void PutInto(std::vector<diary::Episode>& episodes, const diary::Episode& episode);

// UpdateEpisode's check on a storage's copy of the diary: Ok when the stored entry with
// `episode`'s id has updated_at `based_on`; else kConflict (with `current`) or kGone, with
// a message for people. Every storage decides with this, so all behave the same.
Result CheckUpdate(const std::vector<diary::Episode>& stored, const diary::Episode& episode,
                   const std::string& based_on);

// Keeps everything in memory and answers at once. Tests can make the next writes fail.
class MemoryStorage final : public Storage {
 public:
  void Load(Loaded done) override;
  void PutEpisode(const diary::Episode& episode, Done done) override;
  void PutEpisodes(const std::vector<diary::Episode>& episodes, Done done) override;
  void UpdateEpisode(const diary::Episode& episode, const std::string& based_on,
                     Done done) override;
  void DeleteEpisode(const std::string& id, Done done) override;
  void PutMeta(const std::string& key, const std::string& json, Done done) override;
  void Clear(Done done) override;
  Persistence PersistenceStatus() const override { return Persistence::kMemoryOnly; }

  // From now on Load answers only at AnswerHeldLoads(), with what was stored when it was
  // asked: like IndexedDB, whose first read may end after the person's first tap.
  void HoldLoads() { hold_loads_ = true; }
  void AnswerHeldLoads();
  // From now on writes are applied at once but answered only at AnswerHeldWrites(): like
  // IndexedDB, whose answers arrive between the app's frames.
  void HoldWrites() { hold_writes_ = true; }
  void AnswerHeldWrites();
  // The next writes fail with `status` until FailWritesWith(Status::kOk).
  void FailWritesWith(Status status) { fail_with_ = status; }
  // Tells the listener what another tab would (a re-read, or kVersionChanged).
  void NotifyOutsideChange(const Result& result, Snapshot snapshot) {
    if (change_listener_) change_listener_(result, std::move(snapshot));
  }
  const Snapshot& Contents() const { return contents_; }
  // What another tab's write leaves behind, without telling the listener (as when its
  // notice has not arrived yet): a put (a newer version of an entry) or a delete.
  void PutFromOutside(const diary::Episode& episode) { PutInto(contents_.episodes, episode); }
  void DeleteFromOutside(const std::string& id);
  // Episode writes asked for (put, put many, delete), failed ones included: a test's
  // "one user action is one write".
  int EpisodeWrites() const { return episode_writes_; }

 private:
  bool FailIfAsked(const Done& done);
  void Answer(const Done& done, const Result& result);

  Snapshot contents_;
  Status fail_with_ = Status::kOk;
  int episode_writes_ = 0;
  bool hold_loads_ = false;
  std::vector<std::pair<Loaded, Snapshot>> held_loads_;
  bool hold_writes_ = false;
  std::vector<std::pair<Done, Result>> held_writes_;
};

}  // namespace core::storage
