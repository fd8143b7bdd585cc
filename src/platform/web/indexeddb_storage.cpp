#include "indexeddb_storage.h"

#include <emscripten.h>

#include <utility>

#include "core/io/episode_json.h"
#include "core/storage/stored_records.h"

using core::storage::Result;
using core::storage::Snapshot;
using core::storage::Status;

// library_indexeddb.js. Each answers once, later, through the exported functions below.
extern "C" {
void crampcheck_idb_load(int request_id);
void crampcheck_idb_put_episode(int request_id, const char* episode_json);
void crampcheck_idb_put_episodes(int request_id, const char* episodes_json_array);
void crampcheck_idb_update_episode(int request_id, const char* episode_json, const char* based_on);
void crampcheck_idb_delete_episode(int request_id, const char* id);
void crampcheck_idb_put_meta(int request_id, const char* key, const char* value_json);
void crampcheck_idb_clear(int request_id);
int crampcheck_idb_persistence();
}

namespace platform {

namespace {

IndexedDbStorage* g_instance = nullptr;

// The JS library's status numbers are core::storage::Status in declaration order.
Status StatusFromCode(int code) {
  switch (code) {
    case 0:
      return Status::kOk;
    case 1:
      return Status::kUnavailable;
    case 2:
      return Status::kQuotaExceeded;
    case 3:
      return Status::kVersionChanged;
    case 5:
      return Status::kConflict;
    case 6:
      return Status::kGone;
    default:
      return Status::kFailed;
  }
}

}  // namespace

IndexedDbStorage::IndexedDbStorage() {
  g_instance = this;
}

IndexedDbStorage::~IndexedDbStorage() {
  if (g_instance == this) g_instance = nullptr;
}

int IndexedDbStorage::AwaitWrite(Done done) {
  const int id = NextRequestId();
  pending_writes_[id] = PendingWrite{std::move(done), emscripten_get_now()};
  return id;
}

double IndexedDbStorage::OldestWriteAgeMs() const {
  // Ids grow with time: the first pending write is the oldest.
  if (pending_writes_.empty()) return -1.0;
  return emscripten_get_now() - pending_writes_.begin()->second.sent_ms;
}

void IndexedDbStorage::Load(Loaded done) {
  const int id = NextRequestId();
  pending_loads_[id] = std::move(done);
  crampcheck_idb_load(id);
}

void IndexedDbStorage::PutEpisode(const core::diary::Episode& episode, Done done) {
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_put_episode(id, core::io::EpisodeToJson(episode).c_str());
}

void IndexedDbStorage::PutEpisodes(const std::vector<core::diary::Episode>& episodes, Done done) {
  std::string array = "[";
  for (const core::diary::Episode& episode : episodes) {
    if (array.size() > 1) array += ',';
    array += core::io::EpisodeToJson(episode);
  }
  array += ']';
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_put_episodes(id, array.c_str());
}

void IndexedDbStorage::UpdateEpisode(const core::diary::Episode& episode,
                                     const std::string& based_on, Done done) {
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_update_episode(id, core::io::EpisodeToJson(episode).c_str(), based_on.c_str());
}

void IndexedDbStorage::DeleteEpisode(const std::string& episode_id, Done done) {
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_delete_episode(id, episode_id.c_str());
}

void IndexedDbStorage::PutMeta(const std::string& key, const std::string& json, Done done) {
  if (std::string why = core::storage::CheckMeta(key, json); !why.empty()) {
    done(Result{Status::kFailed, why});
    return;
  }
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_put_meta(id, key.c_str(), json.c_str());
}

void IndexedDbStorage::Clear(Done done) {
  const int id = AwaitWrite(std::move(done));
  crampcheck_idb_clear(id);
}

core::storage::Persistence IndexedDbStorage::PersistenceStatus() const {
  switch (crampcheck_idb_persistence()) {
    case 1:
      return core::storage::Persistence::kPersistent;
    case 2:
      return core::storage::Persistence::kBestEffort;
    case 3:
      return core::storage::Persistence::kMemoryOnly;
    default:
      return core::storage::Persistence::kUnknown;
  }
}

void IndexedDbStorage::OnDone(int request_id, int status, const char* message) {
  const auto found = pending_writes_.find(request_id);
  if (found == pending_writes_.end()) return;
  Done done = std::move(found->second.done);
  pending_writes_.erase(found);
  Result result{StatusFromCode(status), message};
  if (result.status == Status::kConflict) {
    // The message is the stored record: the newer version, shown instead of the change.
    const nlohmann::json record = nlohmann::json::parse(message, nullptr, false);
    std::vector<core::diary::FieldError> errors;
    if (!record.is_discarded()) result.current = core::io::EpisodeFromJson(record, errors);
    result.message = "This entry was changed in another tab.";
  }
  done(result);
  Touched();
}

void IndexedDbStorage::OnLoaded(int request_id, int status, std::string_view episodes,
                                const char* rest) {
  const auto found = pending_loads_.find(request_id);
  if (found == pending_loads_.end()) return;
  Loaded done = std::move(found->second);
  pending_loads_.erase(found);
  Snapshot snapshot;
  Result result{StatusFromCode(status), status == 0 ? "" : rest};
  if (result.Ok()) {
    std::string error;
    if (core::storage::ReadLoadAnswer(episodes, rest, snapshot, error)) {
      result.message = core::storage::ProblemsSummary(snapshot);
    } else {
      snapshot = Snapshot{};
      result = Result{Status::kFailed, "Reading the diary failed: " + error + "."};
    }
  }
  done(result, std::move(snapshot));
  Touched();
}

void IndexedDbStorage::OnChanged(int status) {
  if (StatusFromCode(status) == Status::kVersionChanged) {
    if (change_listener_)
      change_listener_(Result{Status::kVersionChanged,
                              "CrampCheck was updated in another tab. Reload this page to keep "
                              "saving."},
                       Snapshot{});
    Touched();
    return;
  }
  ReloadForListener();
}

// Notices can come in bursts (one per commit in the other tab): one re-read at a time,
// and one more after it if notices arrived meanwhile.
void IndexedDbStorage::ReloadForListener() {
  if (reload_running_) {
    reload_again_ = true;
    return;
  }
  reload_running_ = true;
  Load([this](const Result& result, Snapshot snapshot) {
    reload_running_ = false;
    if (change_listener_) change_listener_(result, result.Ok() ? std::move(snapshot) : Snapshot{});
    if (reload_again_) {
      reload_again_ = false;
      ReloadForListener();
    }
  });
}

}  // namespace platform

// Called by library_indexeddb.js; listed in EXPORTED_FUNCTIONS (CMakeLists.txt).
extern "C" {

EMSCRIPTEN_KEEPALIVE void crampcheck_storage_done(int request_id, int status, const char* message) {
  if (platform::g_instance) platform::g_instance->OnDone(request_id, status, message);
}

// `episodes` (`episodes_size` bytes) is the list of stored records when status is 0 (null
// otherwise); `rest` is the unreadable keys and meta, or the reason nothing could be read.
EMSCRIPTEN_KEEPALIVE void crampcheck_storage_loaded(int request_id, int status,
                                                    const char* episodes, int episodes_size,
                                                    const char* rest) {
  if (platform::g_instance == nullptr) return;
  const std::string_view list =
      episodes != nullptr && episodes_size > 0
          ? std::string_view(episodes, static_cast<std::size_t>(episodes_size))
          : std::string_view();
  platform::g_instance->OnLoaded(request_id, status, list, rest);
}

EMSCRIPTEN_KEEPALIVE void crampcheck_storage_changed(int status) {
  if (platform::g_instance) platform::g_instance->OnChanged(status);
}

}  // extern "C"
