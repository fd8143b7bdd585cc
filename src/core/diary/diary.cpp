#include "core/diary/diary.h"

#include <algorithm>
#include <unordered_set>

namespace core::diary {

std::optional<Diary> Diary::FromEpisodes(std::vector<Episode> episodes,
                                         std::vector<FieldError>* errors) {
  std::vector<FieldError> found;
  Diary diary;
  diary.episodes_ = std::move(episodes);
  diary.index_.reserve(diary.episodes_.size());
  for (std::size_t i = 0; i < diary.episodes_.size(); ++i) {
    const Episode& e = diary.episodes_[i];
    const std::string prefix = "episodes[" + std::to_string(i) + "].";
    for (auto& error : ValidateEpisode(e)) found.push_back({prefix + error.field, error.message});
    if (!diary.index_.emplace(e.id, i).second)
      found.push_back({prefix + "id", "duplicate id " + e.id});
  }
  if (!found.empty()) {
    if (errors != nullptr) *errors = std::move(found);
    return std::nullopt;
  }
  return diary;
}

const Episode* Diary::Find(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &episodes_[it->second];
}

EditResult Diary::Add(Episode episode) {
  EditResult result;
  result.errors = ValidateEpisode(episode);
  if (result.errors.empty() && index_.count(episode.id) != 0)
    result.errors.push_back({"id", "an episode with this id already exists"});
  if (!result.errors.empty()) return result;
  PushUndo({Change{episode.id, std::nullopt, episodes_.size()}});
  InsertAt(episodes_.size(), std::move(episode));
  result.ok = true;
  return result;
}

EditResult Diary::Edit(Episode episode) {
  EditResult result;
  const auto it = index_.find(episode.id);
  if (it == index_.end()) {
    result.errors.push_back({"id", "no episode with this id"});
    return result;
  }
  Episode& stored = episodes_[it->second];
  episode.created_at = stored.created_at;
  result.errors = ValidateEpisode(episode);
  if (!result.errors.empty()) return result;
  PushUndo({Change{episode.id, stored, it->second}});
  stored = std::move(episode);
  result.ok = true;
  return result;
}

EditResult Diary::Delete(std::string_view id) {
  EditResult result;
  const auto it = index_.find(std::string(id));
  if (it == index_.end()) {
    result.errors.push_back({"id", "no episode with this id"});
    return result;
  }
  const std::size_t position = it->second;
  PushUndo({Change{episodes_[position].id, episodes_[position], position}});
  RemoveAt(position);
  result.ok = true;
  return result;
}

EditResult Diary::Upsert(std::vector<Episode> episodes) {
  EditResult result;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    const std::string prefix = "episodes[" + std::to_string(i) + "].";
    for (auto& error : ValidateEpisode(episodes[i]))
      result.errors.push_back({prefix + error.field, error.message});
    if (!seen.insert(episodes[i].id).second)
      result.errors.push_back({prefix + "id", "duplicate id " + episodes[i].id});
  }
  if (!result.errors.empty()) return result;
  UndoStep step;
  step.reserve(episodes.size());
  for (Episode& episode : episodes) {
    const auto it = index_.find(episode.id);
    if (it == index_.end()) {
      step.push_back(Change{episode.id, std::nullopt, episodes_.size()});
      InsertAt(episodes_.size(), std::move(episode));
    } else {
      step.push_back(Change{episode.id, episodes_[it->second], it->second});
      episodes_[it->second] = std::move(episode);
    }
  }
  if (!step.empty()) PushUndo(std::move(step));
  result.ok = true;
  return result;
}

void Diary::DeleteAll() {
  if (episodes_.empty()) return;
  UndoStep step;
  step.reserve(episodes_.size());
  for (std::size_t i = 0; i < episodes_.size(); ++i)
    step.push_back(Change{episodes_[i].id, std::move(episodes_[i]), i});
  episodes_.clear();
  index_.clear();
  PushUndo(std::move(step));
}

std::size_t Diary::ReplaceAll(std::vector<Episode> episodes) {
  episodes_.clear();
  index_.clear();
  episodes_.reserve(episodes.size());
  std::size_t skipped = 0;
  for (Episode& episode : episodes) {
    if (!ValidateEpisode(episode).empty() || index_.count(episode.id) != 0) {
      ++skipped;
      continue;
    }
    index_.emplace(episode.id, episodes_.size());
    episodes_.push_back(std::move(episode));
  }
  return skipped;
}

std::optional<UndoEffect> Diary::PeekUndo() const {
  if (undo_.empty()) return std::nullopt;
  UndoEffect effect;
  for (const Change& change : undo_.back()) {
    if (change.before) {
      effect.restored.push_back(*change.before);
    } else {
      effect.removed.push_back(change.id);
    }
  }
  return effect;
}

bool Diary::Undo() {
  if (undo_.empty()) return false;
  UndoStep step = std::move(undo_.back());
  undo_.pop_back();
  // Added episodes were appended, so removing them newest first costs nothing; replaced
  // ones go back in place. Deleted ones come back afterwards in ascending original
  // position, which rebuilds the old order (and makes undoing DeleteAll linear).
  for (auto it = step.rbegin(); it != step.rend(); ++it) {
    const auto found = index_.find(it->id);
    if (!it->before) {
      if (found != index_.end()) RemoveAt(found->second);
    } else if (found != index_.end()) {
      episodes_[found->second] = std::move(*it->before);
      it->before.reset();
    }
  }
  for (Change& change : step) {
    if (change.before && index_.count(change.id) == 0)
      InsertAt(std::min(change.position, episodes_.size()), std::move(*change.before));
  }
  return true;
}

void Diary::PushUndo(UndoStep step) {
  if (undo_.size() == kMaxUndoSteps) undo_.erase(undo_.begin());
  undo_.push_back(std::move(step));
}

void Diary::Reindex(std::size_t from) {
  for (std::size_t i = from; i < episodes_.size(); ++i) index_[episodes_[i].id] = i;
}

void Diary::InsertAt(std::size_t position, Episode episode) {
  const auto offset = static_cast<std::ptrdiff_t>(position);
  episodes_.insert(episodes_.begin() + offset, std::move(episode));
  Reindex(position);
}

void Diary::RemoveAt(std::size_t position) {
  index_.erase(episodes_[position].id);
  episodes_.erase(episodes_.begin() + static_cast<std::ptrdiff_t>(position));
  Reindex(position);
}

}  // namespace core::diary
