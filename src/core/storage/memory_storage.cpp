#include <algorithm>

#include "core/storage/storage.h"
#include "core/storage/stored_records.h"

namespace core::storage {

bool MemoryStorage::FailIfAsked(const Done& done) {
  if (fail_with_ == Status::kOk) return false;
  Answer(done, Result{fail_with_, "Saving failed (simulated)."});
  return true;
}

void MemoryStorage::Answer(const Done& done, const Result& result) {
  if (hold_writes_) {
    held_writes_.emplace_back(done, result);
    return;
  }
  done(result);
}

void MemoryStorage::AnswerHeldWrites() {
  hold_writes_ = false;
  auto held = std::move(held_writes_);
  held_writes_.clear();
  for (auto& [done, result] : held) done(result);
}

void MemoryStorage::Load(Loaded done) {
  if (hold_loads_) {
    held_loads_.emplace_back(std::move(done), contents_);
    return;
  }
  done(Result{}, contents_);
}

void MemoryStorage::AnswerHeldLoads() {
  hold_loads_ = false;
  auto held = std::move(held_loads_);
  held_loads_.clear();
  for (auto& [done, snapshot] : held) done(Result{}, std::move(snapshot));
}

void PutInto(std::vector<diary::Episode>& episodes, const diary::Episode& episode) {
  auto found = std::find_if(episodes.begin(), episodes.end(),
                            [&](const diary::Episode& e) { return e.id == episode.id; });
  if (found != episodes.end())
    *found = episode;
  else
    episodes.push_back(episode);
}

void MemoryStorage::PutEpisode(const diary::Episode& episode, Done done) {
  ++episode_writes_;
  if (FailIfAsked(done)) return;
  PutInto(contents_.episodes, episode);
  Answer(done, Result{});
}

void MemoryStorage::PutEpisodes(const std::vector<diary::Episode>& episodes, Done done) {
  ++episode_writes_;
  if (FailIfAsked(done)) return;
  // Into a copy first, like the real storages: all or none, and `episodes` may be
  // Contents().episodes itself.
  std::vector<diary::Episode> stored = contents_.episodes;
  for (const diary::Episode& episode : episodes) PutInto(stored, episode);
  contents_.episodes = std::move(stored);
  Answer(done, Result{});
}

Result CheckUpdate(const std::vector<diary::Episode>& stored, const diary::Episode& episode,
                   const std::string& based_on) {
  const auto found = std::find_if(stored.begin(), stored.end(),
                                  [&](const diary::Episode& e) { return e.id == episode.id; });
  if (found == stored.end()) return Result{Status::kGone, "This entry was deleted in another tab."};
  if (found->updated_at != based_on) {
    Result changed{Status::kConflict, "This entry was changed in another tab."};
    changed.current = *found;
    return changed;
  }
  return Result{};
}

void MemoryStorage::UpdateEpisode(const diary::Episode& episode, const std::string& based_on,
                                  Done done) {
  ++episode_writes_;
  if (FailIfAsked(done)) return;
  Result checked = CheckUpdate(contents_.episodes, episode, based_on);
  if (checked.Ok()) PutInto(contents_.episodes, episode);
  Answer(done, checked);
}

void MemoryStorage::DeleteFromOutside(const std::string& id) {
  auto& episodes = contents_.episodes;
  episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                [&](const diary::Episode& e) { return e.id == id; }),
                 episodes.end());
}

void MemoryStorage::DeleteEpisode(const std::string& id, Done done) {
  ++episode_writes_;
  if (FailIfAsked(done)) return;
  auto& episodes = contents_.episodes;
  episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                [&](const diary::Episode& e) { return e.id == id; }),
                 episodes.end());
  Answer(done, Result{});
}

void MemoryStorage::PutMeta(const std::string& key, const std::string& json, Done done) {
  if (FailIfAsked(done)) return;
  // The same rules as the real storages, so the app's tests meet what the app will.
  if (std::string why = CheckMeta(key, json); !why.empty()) {
    Answer(done, Result{Status::kFailed, why});
    return;
  }
  contents_.meta[key] = json;
  Answer(done, Result{});
}

void MemoryStorage::Clear(Done done) {
  if (FailIfAsked(done)) return;
  contents_ = Snapshot{};
  Answer(done, Result{});
}

}  // namespace core::storage
