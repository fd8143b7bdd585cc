#include <algorithm>

#include "core/storage/storage.h"

namespace core::storage {

bool MemoryStorage::FailIfAsked(const Done& done) const {
  if (fail_with_ == Status::kOk) return false;
  done(Result{fail_with_, "Saving failed (simulated)."});
  return true;
}

void MemoryStorage::Load(Loaded done) {
  done(Result{}, contents_);
}

void MemoryStorage::PutEpisode(const diary::Episode& episode, Done done) {
  if (FailIfAsked(done)) return;
  auto& episodes = contents_.episodes;
  auto found = std::find_if(episodes.begin(), episodes.end(),
                            [&](const diary::Episode& e) { return e.id == episode.id; });
  if (found != episodes.end())
    *found = episode;
  else
    episodes.push_back(episode);
  done(Result{});
}

void MemoryStorage::DeleteEpisode(const std::string& id, Done done) {
  if (FailIfAsked(done)) return;
  auto& episodes = contents_.episodes;
  episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                [&](const diary::Episode& e) { return e.id == id; }),
                 episodes.end());
  done(Result{});
}

void MemoryStorage::PutMeta(const std::string& key, const std::string& json, Done done) {
  if (FailIfAsked(done)) return;
  contents_.meta[key] = json;
  done(Result{});
}

void MemoryStorage::Clear(Done done) {
  if (FailIfAsked(done)) return;
  contents_ = Snapshot{};
  done(Result{});
}

}  // namespace core::storage
