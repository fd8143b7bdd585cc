#pragma once
// The diary as the app shows it, and the only way the app changes it. Pages call its verbs;
// it validates, keeps core::diary::Diary (add, edit, delete, undo) in step with Storage, and
// applies one write-result policy everywhere:
//   - written (or storage is off altogether, so the page is all there is): applied;
//   - failed (the device is full, ...): the diary is left as it was, except that a new or
//     changed entry is kept in view and in Unsaved() until a later write succeeds, so
//     nothing the person entered is ever lost.
// Another tab's writes arrive through Storage's change listener: the model then shows
// storage's view, plus this page's unsaved entries. Statistics are cached and worked out
// again only after the diary changed or on a new day (scrolling never recomputes them).
//
// Data flows one way: a page calls a verb, the model changes and writes, the next frame
// reads the model.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diary/civil_date.h"
#include "core/diary/diary.h"
#include "core/diary/episode.h"
#include "core/diary/stats.h"
#include "core/storage/storage.h"
#include "core/triage/diary_facts.h"

namespace app::model {

// The last change or delete the Diary screen offers to undo (###undo), with the entry as it
// was changed to or as it was before it was deleted. The undo itself is always
// core::diary::Diary's: this only says what the offer is about.
struct UndoOffer {
  enum class Kind { kChanged, kDeleted };
  Kind kind = Kind::kChanged;
  core::diary::Episode episode;
};

// Storage's answer to one write, with the model's verdict on it, worked out once, here (the
// policy above): `applied` when storage said Ok, or when there is no storage at all
// (kUnavailable: the page is the diary); anything else is a failure to show, with
// storage's message. Callers read `applied`; they never work it out again.
struct Answer : core::storage::Result {
  bool applied = false;
  // Applied with storage off (a private window): never say "saved".
  bool KeptOnPageOnly() const { return applied && !Ok(); }
};

class DiaryModel {
 public:
  // The one answer to a write; a caller may take it as the plain storage Result.
  using Done = std::function<void(const Answer&)>;

  // `storage` must outlive the model.
  explicit DiaryModel(core::storage::Storage& storage);
  DiaryModel(const DiaryModel&) = delete;
  DiaryModel& operator=(const DiaryModel&) = delete;

  // [Loading] Reads storage once; `done` runs after the model took the snapshot. Entries
  // added before the read answers stay (the read may have begun before they were written).
  void Load(std::function<void(const core::storage::Result&)> done);
  bool Loaded() const { return loaded_; }
  const core::storage::Result& LoadResult() const { return load_result_; }
  // Set when another tab or a newer version changed storage in a way the person must act
  // on (kVersionChanged); Ok otherwise.
  const core::storage::Result& OutsideStatus() const { return outside_status_; }

  // [Reading]
  const std::vector<core::diary::Episode>& Episodes() const { return diary_.Episodes(); }
  const core::diary::Episode* Find(const std::string& id) const;
  const std::vector<core::diary::Episode>& Unsaved() const { return unsaved_; }
  const std::string& UnsavedError() const { return unsaved_error_; }
  // Meta values as stored ("settings", "last_triage_answers"), or nullptr.
  const std::string* Meta(const std::string& key) const;
  // Counts every change to the diary; pages compare it to know when to re-read.
  std::uint64_t Revision() const { return revision_; }

  // [Writing] Each verb is one storage write; `done` (optional) runs once it answered.
  // Add and Update validate first (core::diary::ValidateEpisode) and refuse an invalid
  // entry with kFailed and the problem in the message, writing nothing. Updating with the
  // entry the diary already holds (a "try again" after a failed write) writes it again
  // without a second undo step.
  void Add(core::diary::Episode episode, Done done = {});
  void Update(core::diary::Episode episode, Done done = {});
  // An edit of the version whose updated_at is `based_on` (the one the form began from):
  // written only if storage still holds that version, checked in the same write, so a
  // change saved meanwhile in another tab is never overwritten. Storage first, then
  // memory: refused with kConflict, the diary shows storage's newer version
  // (Answer::current); with kGone, the entry is gone from the diary too (deleted in
  // another tab; never recreated). Another failure keeps the change in view and in
  // Unsaved(), as Update does; trying again with the same `based_on` writes it.
  void UpdateFrom(const std::string& based_on, core::diary::Episode episode, Done done = {});
  void Delete(const std::string& id, Done done = {});
  // Many entries in one write (an import): all or none.
  void Import(std::vector<core::diary::Episode> episodes, Done done = {});
  // Undoes the last add, change, delete or import of this page, through Diary's undo.
  bool CanUndo() const { return diary_.CanUndo(); }
  void Undo(Done done = {});
  // The change or delete written last, while its undo is offered (the Diary screen shows
  // it until the person moves on: ForgetUndoOffer()); an add or import ends the offer,
  // since the undo would then undo that instead. UndoError() says why an undo failed.
  const std::optional<UndoOffer>& Undoable() const { return undo_offer_; }
  const std::string& UndoError() const { return undo_error_; }
  void ForgetUndoOffer();
  // Writes the entries kept after a failed write, in one write.
  void SaveUnsaved(Done done = {});
  // Everything on this device: diary, settings, answers; then the model is empty too.
  void DeleteEverything(Done done = {});
  void PutMeta(const std::string& key, const std::string& json, Done done = {});

  // [Derived] The diary's statistics as of `today`, computed again only after a change or
  // on a new day; StatsComputed() counts how often that happened (tests).
  const core::diary::DiaryStats& Stats(core::diary::LocalDate today);
  int StatsComputed() const { return stats_computed_; }
  core::triage::DiaryFacts TriageFacts(core::diary::LocalDate today) const;

  // The storage behind the model, for what it says about itself (persistence).
  const core::storage::Storage& Storage() const { return storage_; }

 private:
  void Changed();
  void KeepUnsaved(const core::diary::Episode& episode);
  void DropUnsaved(const std::string& id);
  void WriteUndo(std::vector<std::string> remove, std::vector<core::diary::Episode> put,
                 core::storage::Storage::Done done);
  void OnOutsideChange(const core::storage::Result& result, core::storage::Snapshot snapshot);
  // Shows storage's version of one entry (nullopt: none), with no undo step.
  void ShowStored(const std::string& id, const std::optional<core::diary::Episode>& stored);

  core::storage::Storage& storage_;
  core::diary::Diary diary_;
  std::vector<core::diary::Episode> unsaved_;
  std::string unsaved_error_;
  std::optional<UndoOffer> undo_offer_;
  std::string undo_error_;
  std::map<std::string, std::string> meta_;
  core::storage::Result load_result_;
  core::storage::Result outside_status_;
  bool loaded_ = false;
  std::uint64_t revision_ = 0;
  std::optional<core::diary::DiaryStats> stats_;
  std::uint64_t stats_revision_ = 0;
  int stats_computed_ = 0;
};

}  // namespace app::model
