#pragma once
// The browser storage: IndexedDB through our own small JS library
// (library_indexeddb.js, which documents the database, stores and record formats).
// Not Emscripten's IDBFS or emscripten_idb_*: those call back before the transaction
// commits or rewrite whole files (TOOLCHAIN.md, "Storage pitfalls").
//
// Supports:
//  - one readwrite transaction per call, strict durability; `done` runs on commit;
//  - UpdateEpisode reads the stored record and writes in that one transaction: kConflict
//    (with the stored record) or kGone when another tab changed or deleted it meanwhile;
//  - statuses: kUnavailable (no IndexedDB, blocked, refused: the app runs in memory),
//    kQuotaExceeded (device full: keep the entry in memory, offer a retry),
//    kVersionChanged (a newer app version took the database: ask to reload), kFailed;
//  - other tabs' writes: a BroadcastChannel notice makes this tab re-read and call the
//    change listener with the fresh snapshot (within a frame or two);
//  - records that are not valid Episodes are skipped and reported, never deleted;
//  - persistent storage is requested at open; PersistenceStatus() tells the answer.
//
// Calls answer later, from browser events (never from inside the call, except when the
// database is already known to be unavailable). One instance per page.
#include <functional>
#include <map>
#include <string>

#include "core/storage/storage.h"

namespace platform {

class IndexedDbStorage final : public core::storage::Storage {
 public:
  IndexedDbStorage();
  ~IndexedDbStorage() override;
  IndexedDbStorage(const IndexedDbStorage&) = delete;
  IndexedDbStorage& operator=(const IndexedDbStorage&) = delete;

  void Load(Loaded done) override;
  void PutEpisode(const core::diary::Episode& episode, Done done) override;
  void PutEpisodes(const std::vector<core::diary::Episode>& episodes, Done done) override;
  void UpdateEpisode(const core::diary::Episode& episode, const std::string& based_on,
                     Done done) override;
  void DeleteEpisode(const std::string& id, Done done) override;
  void PutMeta(const std::string& key, const std::string& json, Done done) override;
  void Clear(Done done) override;
  core::storage::Persistence PersistenceStatus() const override;

  // Called after every answer from the browser (write done, load, change): the web main
  // uses it to draw a frame, since these arrive while the app is idle and not drawing.
  void SetActivityHook(std::function<void()> hook) { activity_hook_ = std::move(hook); }
  // Milliseconds (emscripten_get_now) since the oldest write still waiting for its answer
  // was sent; -1 when none waits. The web main lets a write commit before drawing more.
  double OldestWriteAgeMs() const;

  // Entry points for the JS library (through the extern "C" functions in the .cpp).
  void OnDone(int request_id, int status, const char* message);
  void OnLoaded(int request_id, int status, std::string_view episodes, const char* rest);
  void OnChanged(int status);

 private:
  int NextRequestId() { return ++last_request_id_; }
  void ReloadForListener();
  void Touched() const {
    if (activity_hook_) activity_hook_();
  }

  int last_request_id_ = 0;
  struct PendingWrite {
    Done done;
    double sent_ms = 0.0;  // emscripten_get_now() when sent
  };
  // A new write's id, its answer kept until the browser gives it.
  int AwaitWrite(Done done);

  std::map<int, PendingWrite> pending_writes_;
  std::map<int, Loaded> pending_loads_;
  bool reload_running_ = false;
  bool reload_again_ = false;
  std::function<void()> activity_hook_;
};

}  // namespace platform
