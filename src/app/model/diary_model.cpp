#include "app/model/diary_model.h"

#include <algorithm>
#include <utility>

#include "app/language.h"
#include "core/diary/episode_validation.h"
#include "core/diary/triage_facts.h"

namespace app::model {

using core::storage::Result;
using core::storage::Status;

namespace {

// The policy, worked out here only: Ok, or no storage at all (kUnavailable: the page is the
// diary), counts as done.
Answer AnswerTo(const Result& result) {
  Answer answer;
  static_cast<Result&>(answer) = result;
  answer.applied = result.Ok() || result.status == Status::kUnavailable;
  return answer;
}

Result Invalid(const std::vector<core::diary::FieldError>& errors) {
  std::string message = T("model.not_saved");
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (i > 0) message += "; ";
    message += errors[i].field + " " + errors[i].message;
  }
  return Result{Status::kFailed, message};
}

void Tell(const DiaryModel::Done& done, const Answer& answer) {
  if (done) done(answer);
}

}  // namespace

DiaryModel::DiaryModel(core::storage::Storage& storage) : storage_(storage) {
  storage_.SetChangeListener([this](const Result& result, core::storage::Snapshot snapshot) {
    OnOutsideChange(result, std::move(snapshot));
  });
}

void DiaryModel::Load(std::function<void(const Result&)> done) {
  storage_.Load(
      [this, done = std::move(done)](const Result& result, core::storage::Snapshot snapshot) {
        load_result_ = result;
        // Entries added before the read answered are stored already, but the read may have
        // begun before they were: keep them in view.
        std::vector<core::diary::Episode> added_meanwhile = diary_.Episodes();
        for (const core::diary::Episode& episode : added_meanwhile)
          core::storage::PutInto(snapshot.episodes, episode);
        diary_.ReplaceAll(std::move(snapshot.episodes));
        meta_ = std::move(snapshot.meta);
        loaded_ = true;
        Changed();
        if (done) done(result);
      });
}

void DiaryModel::OnOutsideChange(const Result& result, core::storage::Snapshot snapshot) {
  if (result.Ok()) {
    // Ours that could not be written yet are not in the other tab's view: keep them.
    for (const core::diary::Episode& episode : unsaved_)
      core::storage::PutInto(snapshot.episodes, episode);
    diary_.ReplaceAll(std::move(snapshot.episodes));
    for (auto& [key, value] : snapshot.meta) meta_[key] = std::move(value);
  } else if (result.status == Status::kVersionChanged) {
    outside_status_ = result;
  }
  Changed();
}

const core::diary::Episode* DiaryModel::Find(const std::string& id) const {
  return diary_.Find(id);
}

const std::string* DiaryModel::Meta(const std::string& key) const {
  const auto found = meta_.find(key);
  return found != meta_.end() ? &found->second : nullptr;
}

void DiaryModel::Add(core::diary::Episode episode, Done done) {
  const core::diary::EditResult edit = diary_.Add(episode);
  if (!edit.ok) {
    Tell(done, AnswerTo(Invalid(edit.errors)));
    return;
  }
  undo_offer_.reset();  // the undo would now undo this instead
  Changed();            // shown at once: a tap at 3 a.m. must not wait for the disk
  storage_.PutEpisode(episode, [this, episode, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    if (answer.applied) {
      DropUnsaved(episode.id);
    } else {
      KeepUnsaved(episode);
    }
    Changed();
    Tell(done, answer);
  });
}

void DiaryModel::Update(core::diary::Episode episode, Done done) {
  const core::diary::Episode* held = diary_.Find(episode.id);
  const bool retry = held != nullptr && *held == episode;
  if (!retry) {
    const core::diary::EditResult edit = diary_.Edit(episode);
    if (!edit.ok) {
      Tell(done, AnswerTo(Invalid(edit.errors)));
      return;
    }
  }
  const core::diary::Episode stored = *diary_.Find(episode.id);  // created_at kept
  undo_offer_.reset();  // until this write is done, the undo is not offered for it
  Changed();
  storage_.PutEpisode(stored, [this, stored, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    if (answer.applied) {
      DropUnsaved(stored.id);
      undo_error_.clear();
      undo_offer_ = UndoOffer{UndoOffer::Kind::kChanged, stored};
    } else {
      KeepUnsaved(stored);  // the change stays on the page with "try again"
    }
    Changed();
    Tell(done, answer);
  });
}

void DiaryModel::UpdateFrom(const std::string& based_on, core::diary::Episode episode, Done done) {
  const core::diary::Episode* held = diary_.Find(episode.id);
  if (held == nullptr) {  // another tab's delete has arrived already
    Tell(done, AnswerTo(Result{Status::kGone, T("model.entry_missing")}));
    return;
  }
  if (const auto errors = core::diary::ValidateEpisode(episode); !errors.empty()) {
    Tell(done, AnswerTo(Invalid(errors)));
    return;
  }
  episode.created_at = held->created_at;  // as Diary::Edit keeps it
  const bool retry = *held == episode;    // kept in view after a failed write
  undo_offer_.reset();
  storage_.UpdateEpisode(episode, based_on, [this, episode, retry, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    if (answer.applied ||
        (!retry && result.status != Status::kConflict && result.status != Status::kGone)) {
      if (!retry) diary_.Edit(episode);
    }
    if (answer.applied) {
      DropUnsaved(episode.id);
      undo_error_.clear();
      undo_offer_ = UndoOffer{UndoOffer::Kind::kChanged, episode};
    } else if (result.status == Status::kConflict || result.status == Status::kGone) {
      // The other tab's version wins, and the person is told: nothing is overwritten or
      // recreated behind their back.
      DropUnsaved(episode.id);
      if (result.status == Status::kGone || result.current) ShowStored(episode.id, result.current);
    } else {
      KeepUnsaved(episode);  // the change stays on the page with "try again"
    }
    Changed();
    Tell(done, answer);
  });
}

void DiaryModel::ShowStored(const std::string& id,
                            const std::optional<core::diary::Episode>& stored) {
  std::vector<core::diary::Episode> episodes = diary_.Episodes();
  if (stored) {
    core::storage::PutInto(episodes, *stored);
  } else {
    episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                  [&](const core::diary::Episode& e) { return e.id == id; }),
                   episodes.end());
  }
  diary_.ReplaceAll(std::move(episodes));
}

void DiaryModel::Delete(const std::string& id, Done done) {
  if (diary_.Find(id) == nullptr) {
    Tell(done, AnswerTo(Result{Status::kFailed, T("model.entry_missing")}));
    return;
  }
  storage_.DeleteEpisode(id, [this, id, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    // A failed delete leaves the entry where it was.
    if (answer.applied) {
      if (const core::diary::Episode* episode = diary_.Find(id))
        undo_offer_ = UndoOffer{UndoOffer::Kind::kDeleted, *episode};
      undo_error_.clear();
      diary_.Delete(id);
      DropUnsaved(id);
      Changed();
    }
    Tell(done, answer);
  });
}

void DiaryModel::Import(std::vector<core::diary::Episode> episodes, Done done) {
  for (const core::diary::Episode& episode : episodes) {
    const auto errors = core::diary::ValidateEpisode(episode);
    if (!errors.empty()) {
      Tell(done, AnswerTo(Invalid(errors)));
      return;
    }
  }
  storage_.PutEpisodes(episodes, [this, episodes, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    // All or none: a failed write changes nothing (the file can be imported again).
    if (answer.applied) {
      diary_.Upsert(episodes);
      undo_offer_.reset();
      Changed();
    }
    Tell(done, answer);
  });
}

void DiaryModel::Undo(Done done) {
  const std::optional<core::diary::UndoEffect> effect = diary_.PeekUndo();
  if (!effect) {
    Tell(done, AnswerTo(Result{Status::kFailed, T("model.nothing_to_undo")}));
    return;
  }
  // The write first, then memory: an undo that could not be stored is not shown as done.
  auto apply = [this, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    if (answer.applied) {
      diary_.Undo();
      undo_offer_.reset();
      undo_error_.clear();
    } else {
      undo_error_ = result.message;
    }
    Changed();
    Tell(done, answer);
  };
  if (effect->removed.empty()) {
    storage_.PutEpisodes(effect->restored, apply);
  } else {
    WriteUndo(effect->removed, effect->restored, apply);
  }
}

void DiaryModel::WriteUndo(std::vector<std::string> remove, std::vector<core::diary::Episode> put,
                           core::storage::Storage::Done done) {
  // Storage deletes one id per write: an undone import removes its new entries one by
  // one, then puts the replaced ones back in one write.
  if (remove.empty()) {
    if (put.empty()) {
      done(Result{});
    } else {
      storage_.PutEpisodes(put, done);
    }
    return;
  }
  const std::string id = remove.back();
  remove.pop_back();
  storage_.DeleteEpisode(id, [this, remove, put, done](const Result& result) {
    if (!AnswerTo(result).applied) {
      done(result);
      return;
    }
    WriteUndo(remove, put, done);
  });
}

void DiaryModel::ForgetUndoOffer() {
  if (!undo_offer_ && undo_error_.empty()) return;
  undo_offer_.reset();
  undo_error_.clear();
  Changed();
}

void DiaryModel::SaveUnsaved(Done done) {
  const std::vector<core::diary::Episode> batch = unsaved_;
  storage_.PutEpisodes(batch, [this, batch, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    if (answer.applied) {
      for (const core::diary::Episode& saved : batch) {
        unsaved_.erase(std::remove_if(unsaved_.begin(), unsaved_.end(),
                                      [&](const core::diary::Episode& e) {
                                        return e.id == saved.id && e.updated_at == saved.updated_at;
                                      }),
                       unsaved_.end());
      }
      unsaved_error_.clear();
    } else {
      unsaved_error_ = result.message;
    }
    Changed();
    Tell(done, answer);
  });
}

void DiaryModel::DeleteEverything(Done done) {
  storage_.Clear([this, done](const Result& result) {
    const Answer answer = AnswerTo(result);
    // A failed write deletes nothing.
    if (answer.applied) {
      diary_ = core::diary::Diary{};
      undo_offer_.reset();
      unsaved_.clear();
      unsaved_error_.clear();
      meta_.clear();
      load_result_ = Result{};
      Changed();
    }
    Tell(done, answer);
  });
}

void DiaryModel::PutMeta(const std::string& key, const std::string& json, Done done) {
  meta_[key] = json;
  storage_.PutMeta(key, json, [done](const Result& result) { Tell(done, AnswerTo(result)); });
}

const core::diary::DiaryStats& DiaryModel::Stats(core::diary::LocalDate today) {
  if (!stats_ || stats_revision_ != revision_ || !(stats_->as_of == today)) {
    stats_ = core::diary::ComputeStats(diary_.Episodes(), today);
    stats_revision_ = revision_;
    ++stats_computed_;
  }
  return *stats_;
}

core::triage::DiaryFacts DiaryModel::TriageFacts(core::diary::LocalDate today) const {
  return core::diary::TriageFacts(diary_.Episodes(), today);
}

void DiaryModel::Changed() {
  ++revision_;
}

void DiaryModel::KeepUnsaved(const core::diary::Episode& episode) {
  core::storage::PutInto(unsaved_, episode);
}

void DiaryModel::DropUnsaved(const std::string& id) {
  unsaved_.erase(std::remove_if(unsaved_.begin(), unsaved_.end(),
                                [&](const core::diary::Episode& e) { return e.id == id; }),
                 unsaved_.end());
}

}  // namespace app::model
