#pragma once
// The diary in memory: a list of valid episodes with add / edit / delete, each one an undo
// step. It never stamps times itself (the caller owns the clock and sets created_at /
// updated_at), so it is deterministic and easy to test. Storage (IndexedDB or files) mirrors
// it after every action; the Diary is the model the next frame reads.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diary/episode.h"
#include "core/diary/episode_validation.h"

namespace core::diary {

// What one undo changes: episodes put back as they were (re-added or restored to their
// earlier version) and ids removed again (they had been added). A model that mirrors the
// diary in storage writes exactly this.
struct UndoEffect {
  std::vector<Episode> restored;
  std::vector<std::string> removed;
};

struct EditResult {
  bool ok = false;
  std::vector<FieldError> errors;  // why not, when !ok
};

class Diary {
 public:
  Diary() = default;
  // Builds a diary from episodes read from storage or an import. Invalid episodes and
  // duplicate ids are refused: the result is nullopt and `errors` (when given) says why,
  // with the field prefixed by the episode's index, e.g. "episodes[3].pain".
  static std::optional<Diary> FromEpisodes(std::vector<Episode> episodes,
                                           std::vector<FieldError>* errors = nullptr);

  const std::vector<Episode>& Episodes() const { return episodes_; }
  std::size_t Size() const { return episodes_.size(); }
  const Episode* Find(std::string_view id) const;

  // Adds a new episode; refuses an invalid one or an id already present.
  EditResult Add(Episode episode);
  // Replaces the episode with the same id (created_at is kept from the stored one).
  EditResult Edit(Episode episode);
  EditResult Delete(std::string_view id);
  // Inserts or replaces many episodes as one undo step (used by import). All are checked
  // first; nothing changes unless every one is valid.
  EditResult Upsert(std::vector<Episode> episodes);
  // Removes everything as one undo step.
  void DeleteAll();

  // Replaces every episode (another tab's view of storage) and keeps the undo history:
  // its steps name episodes by id. Invalid episodes and repeated ids are skipped and
  // counted in the return value.
  std::size_t ReplaceAll(std::vector<Episode> episodes);

  bool CanUndo() const { return !undo_.empty(); }
  // What Undo() would change, without changing anything; nullopt when nothing to undo.
  std::optional<UndoEffect> PeekUndo() const;
  // Reverts the last action; false when there is nothing to undo.
  bool Undo();

  // Undo history kept; older steps are dropped.
  static constexpr std::size_t kMaxUndoSteps = 50;

 private:
  struct Change {
    std::string id;
    std::optional<Episode> before;  // nullopt: the action added it
    std::size_t position = 0;       // where `before` stood
  };
  using UndoStep = std::vector<Change>;

  void PushUndo(UndoStep step);
  void Reindex(std::size_t from);
  void InsertAt(std::size_t position, Episode episode);
  void RemoveAt(std::size_t position);

  std::vector<Episode> episodes_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<UndoStep> undo_;
};

}  // namespace core::diary
