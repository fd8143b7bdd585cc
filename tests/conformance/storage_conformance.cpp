// The cases of the Storage conformance suite: what every Storage must do, whatever keeps
// the data (storage.h). Each case builds its steps; CaseRun runs them (conformance_run.cpp).
//
// [SECTION] Test data
// [SECTION] Loading and round trips
// [SECTION] Replacing, batches and deleting
// [SECTION] Edits checked against the stored version (two tabs)
// [SECTION] Settings (meta) and Clear
// [SECTION] Failures
// [SECTION] Loads, reopening, order and callbacks
// [SECTION] The table of cases
#include "storage_conformance.h"

#include <string>
#include <utility>
#include <vector>

#include "core/storage/stored_records.h"

namespace conformance {
namespace {

using core::diary::Episode;
using core::storage::Result;
using core::storage::Storage;
using Meta = std::map<std::string, std::string>;
namespace diary = core::diary;

// [SECTION] Test data

// Exactly 2000 bytes (the contract's limit) of valid UTF-8 built from `pieces`, repeated,
// then padded with 'x'.
std::string NotesOf2000Bytes(const std::vector<std::string>& pieces) {
  std::string notes;
  for (std::size_t i = 0;; ++i) {
    const std::string& piece = pieces[i % pieces.size()];
    if (notes.size() + piece.size() > diary::kMaxNotesBytes) break;
    notes += piece;
  }
  notes.append(diary::kMaxNotesBytes - notes.size(), 'x');
  return notes;
}

// Every kind of character a note can hold: 1- to 4-byte UTF-8, JSON's special characters,
// the control characters a note may hold (tab, LF, CR: the others, NUL included, are
// refused by ValidateEpisode on every way in since issue 24), and the separators
// JavaScript treats specially.
std::string MixedNotes() {
  return NotesOf2000Bytes({"Woke at 3, ", "\"calf\" ", "back\\slash ", "line\nbreak ", "tab\there ",
                           "cr\r ", "caf\xC3\xA9 ",
                           "\xE5\x8F\xB3\xE8\x85\xBF ",   // 右腿
                           "\xF0\x9F\x98\x96 ",           // U+1F616
                           "\xE2\x80\xA8 \xE2\x80\xA9 ",  // U+2028, U+2029
                           "\xEF\xBB\xBF ", "</script> ", "'; --"});
}

// An episode for every value of every enum, the limits of every number and each state of
// the optional fields.
std::vector<Episode> EveryFieldEpisodes() {
  const char* offsets[] = {"+08:00", "-05:00", "+00:00", "Z", "+05:45", "-12:00", "+14:00"};
  const int durations[] = {1, 3600, 59, 60, 61, 600, 1799};
  // -1: not rated (null), which every storage must keep as null, never as a number.
  const int pains[] = {0, 10, 1, -1, 9, 3, 7};
  std::vector<Episode> out;
  for (std::size_t i = 0; i < diary::kAllMuscles.size(); ++i) {
    Episode e = MakeEpisode(100 + static_cast<int>(i), durations[i]);
    e.started_at =
        "2026-12-0" + std::to_string(i + 1) + "T23:59:5" + std::to_string(i) + offsets[i];
    e.muscle = diary::kAllMuscles[i];
    e.side = diary::kAllSides[i % diary::kAllSides.size()];
    e.relief = diary::kAllReliefs[i % diary::kAllReliefs.size()];
    e.pain = pains[i] < 0 ? std::nullopt : std::optional<int>(pains[i]);
    e.woke_from_sleep = i % 2 == 0;
    e.relief_helped = i % 3 == 0 ? std::nullopt : std::optional<bool>(i % 3 == 1);
    if (i == 0) {
      for (const diary::Trigger t : diary::kAllTriggers) e.triggers.Add(t);
    } else if (i > 1) {
      e.triggers.Add(diary::kAllTriggers[i]);
      e.triggers.Add(diary::kAllTriggers[(i * 3) % diary::kAllTriggers.size()]);
    }
    e.notes = i == 0 ? MixedNotes() : i == 1 ? "" : "after a long walk " + std::to_string(i);
    e.created_at = i == 3 ? "2026-12-02T05:10:00.250Z" : "2026-12-02T05:10:00Z";
    e.updated_at =
        i == 3 ? "2026-12-02T05:10:00.251Z" : "2026-12-03T07:00:0" + std::to_string(i) + "Z";
    out.push_back(std::move(e));
  }
  return out;
}

// The same id with every other field changed.
Episode Edited(Episode e) {
  e.started_at = "2026-11-24T02:00:00-05:00";
  e.duration_s += 30;
  e.muscle = diary::Muscle::kThighFront;
  e.side = diary::Side::kBoth;
  // Rated becomes unrated and the other way round, so both directions are stored.
  e.pain = e.pain ? std::nullopt : std::optional<int>(4);
  e.woke_from_sleep = !e.woke_from_sleep;
  e.triggers.Add(diary::Trigger::kCold);
  e.relief = diary::Relief::kHeat;
  e.relief_helped = false;
  e.notes = "edited: \xE5\x8F\xB3";
  e.updated_at = "2026-11-25T08:00:00Z";
  return e;
}

// Every case starts like the app: open, load, find nothing stored.
void OpenEmpty(Script& s) {
  s.Open();
  auto loaded = s.Load();
  s.Check([loaded](Expect& e) { e.Holds(*loaded, {}); });
}

// Loads and expects exactly `episodes` and `meta`; then, for storages whose data outlives
// them, the same again from a reopened storage.
void ExpectStored(Script& s, std::vector<Episode> episodes, Meta meta = {}) {
  auto loaded = s.Load();
  s.Check([=](Expect& e) { e.Holds(*loaded, episodes, meta); });
  if (!s.Persistent()) return;
  s.Open();
  auto reloaded = s.Load();
  s.Check([=](Expect& e) { e.Holds(*reloaded, episodes, meta); });
}

void ExpectOk(Script& s, const Slot<Result>& result, const char* call) {
  s.Check([result, call](Expect& e) { e.Ok(*result, call); });
}

// [SECTION] Loading and round trips

void FreshStorageLoadsNothing(Script& s) {
  OpenEmpty(s);
}

void EveryFieldRoundTrips(Script& s) {
  OpenEmpty(s);
  const std::vector<Episode> episodes = EveryFieldEpisodes();
  for (const Episode& episode : episodes) ExpectOk(s, s.PutEpisode(episode), "PutEpisode");
  ExpectStored(s, episodes);
}

void Utf8NotesOf2000BytesRoundTripByteForByte(Script& s) {
  OpenEmpty(s);
  Episode mixed = MakeEpisode(1);
  mixed.notes = MixedNotes();
  Episode four_bytes = MakeEpisode(2);
  four_bytes.notes = NotesOf2000Bytes({"\xF0\x9F\x98\x96"});
  Episode three_bytes = MakeEpisode(3);
  three_bytes.notes = NotesOf2000Bytes({"\xE7\x97\x89\xE6\x8C\x9B"});  // 痉挛
  // Both ways in: one entry, and an import.
  ExpectOk(s, s.PutEpisode(mixed), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({four_bytes, three_bytes}), "PutEpisodes");
  s.Check([=](Expect& e) {
    for (const Episode* x : {&mixed, &four_bytes, &three_bytes})
      e.That(x->notes.size() == diary::kMaxNotesBytes, "test data: notes are not 2000 bytes");
  });
  ExpectStored(s, {mixed, four_bytes, three_bytes});
}

// [SECTION] Replacing, batches and deleting

void PutEpisodeReplacesTheRecordWithTheSameId(Script& s) {
  OpenEmpty(s);
  const Episode first = MakeEpisode(1);
  const Episode edited = Edited(first);
  ExpectOk(s, s.PutEpisode(first), "PutEpisode");
  ExpectOk(s, s.PutEpisode(edited), "PutEpisode of the edit");
  ExpectStored(s, {edited});
}

void PutEpisodesStoresEveryOneAndReplacesBySameId(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2, 70), c = MakeEpisode(3, 80);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({b, Edited(a), c}), "PutEpisodes");
  ExpectStored(s, {Edited(a), b, c});
}

void PutEpisodesWithARepeatedIdKeepsTheLast(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  ExpectOk(s, s.PutEpisodes({a, MakeEpisode(2), Edited(a)}), "PutEpisodes");
  ExpectStored(s, {Edited(a), MakeEpisode(2)});
}

void PutEpisodesOfNoneIsOkAndChangesNothing(Script& s) {
  OpenEmpty(s);
  ExpectOk(s, s.PutEpisode(MakeEpisode(1)), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({}), "PutEpisodes of nothing");
  ExpectStored(s, {MakeEpisode(1)});
}

void AThousandEpisodesInOneBatchRoundTrip(Script& s) {
  OpenEmpty(s);
  std::vector<Episode> many;
  for (int i = 0; i < 1000; ++i) {
    Episode e = MakeEpisode(10000 + i, 1 + i % 3600);
    e.notes = "entry " + std::to_string(i) + " \xE5\x8F\xB3";
    many.push_back(std::move(e));
  }
  ExpectOk(s, s.PutEpisodes(many), "PutEpisodes of 1000");
  ExpectStored(s, many);
}

void DeleteEpisodeRemovesOnlyThatOne(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2), c = MakeEpisode(3);
  ExpectOk(s, s.PutEpisodes({a, b, c}), "PutEpisodes");
  ExpectOk(s, s.PutMeta("settings", R"({"language":"en"})"), "PutMeta");
  ExpectOk(s, s.DeleteEpisode(b.id), "DeleteEpisode");
  ExpectStored(s, {a, c}, {{"settings", R"({"language":"en"})"}});
}

void DeletingAnUnknownIdIsOkAndChangesNothing(Script& s) {
  OpenEmpty(s);
  ExpectOk(s, s.PutEpisode(MakeEpisode(1)), "PutEpisode");
  ExpectOk(s, s.DeleteEpisode(MakeEpisode(2).id), "DeleteEpisode of an id never stored");
  ExpectStored(s, {MakeEpisode(1)});
}

void ADeletedIdCanBeStoredAgain(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.DeleteEpisode(a.id), "DeleteEpisode");
  ExpectOk(s, s.PutEpisode(Edited(a)), "PutEpisode again (an undo)");
  ExpectStored(s, {Edited(a)});
}

// [SECTION] Edits checked against the stored version (two tabs)

void UpdateEpisodeWritesOverTheVersionItWasBasedOn(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.UpdateEpisode(Edited(a), a.updated_at), "UpdateEpisode based on the stored one");
  ExpectStored(s, {Edited(a)});
}

void UpdateEpisodeOverANewerVersionIsRefusedWithIt(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  Episode newer = a;  // what another tab saved meanwhile
  newer.duration_s += 5;
  newer.updated_at = "2026-11-24T09:00:00Z";
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.PutEpisode(newer), "PutEpisode of the other tab's change");
  auto refused = s.UpdateEpisode(Edited(a), a.updated_at);
  s.Check([refused, newer](Expect& e) {
    e.That(refused->status == core::storage::Status::kConflict,
           "UpdateEpisode over a newer version answers kConflict");
    e.That(!refused->message.empty(), "kConflict says why");
    e.That(refused->current && *refused->current == newer,
           "kConflict holds the stored (newer) version");
  });
  ExpectStored(s, {newer});
}

void UpdateEpisodeOfADeletedEntryIsRefusedAndRecreatesNothing(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2);
  ExpectOk(s, s.PutEpisodes({a, b}), "PutEpisodes");
  ExpectOk(s, s.DeleteEpisode(a.id), "DeleteEpisode (the other tab)");
  auto refused = s.UpdateEpisode(Edited(a), a.updated_at);
  s.Check([refused](Expect& e) {
    e.That(refused->status == core::storage::Status::kGone,
           "UpdateEpisode of a deleted entry answers kGone");
    e.That(!refused->message.empty(), "kGone says why");
  });
  ExpectStored(s, {b});
}

// [SECTION] Settings (meta) and Clear

void MetaRoundTripsEveryKindOfJsonValue(Script& s) {
  OpenEmpty(s);
  const Meta meta = {
      {"settings", R"({"language":"zh-Hans","text_size":150,"region":{"code":"uk"}})"},
      {"last_triage_answers", R"({"age_years":67,"pregnant":false,"new_medicines":["statin"],)"
                              R"("clot_risk":null,"episodes_per_week":2.5})"},
      {"a_list", R"([1,"two",[3],{"four":4},null,true])"},
      {"a_text", "\"\xE5\x8F\xB3\xE8\x85\xBF \\\"quoted\\\" \\u0000 \xF0\x9F\x98\x96\""},
      {"a_number", "-12.5"},
      {"a_true", "true"},
      {"a_null", "null"},
      {"n\xC3\xA4me with \"quotes\" / slashes", "0"},
  };
  for (const auto& [key, json] : meta) ExpectOk(s, s.PutMeta(key, json), "PutMeta");
  ExpectStored(s, {}, meta);
}

void PutMetaReplacesTheValueOfTheKey(Script& s) {
  OpenEmpty(s);
  ExpectOk(s, s.PutMeta("settings", R"({"language":"en"})"), "PutMeta");
  ExpectOk(s, s.PutMeta("settings", R"({"language":"zh-Hans"})"), "PutMeta again");
  ExpectStored(s, {}, {{"settings", R"({"language":"zh-Hans"})"}});
}

void PutMetaRefusesTheSchemaKeyAndNonJson(Script& s) {
  OpenEmpty(s);
  auto schema = s.PutMeta(core::storage::kSchemaVersionKey, "2");
  auto not_json = s.PutMeta("settings", "{oops");
  auto no_name = s.PutMeta("", "1");
  s.Check([=](Expect& e) {
    e.Failed(*schema, "PutMeta(\"schema_version\")");
    e.Failed(*not_json, "PutMeta of a value that is not JSON");
    e.Failed(*no_name, "PutMeta with no key");
  });
  auto loaded = s.Load();
  s.Check([loaded](Expect& e) {
    e.Holds(*loaded, {});
    const auto& meta = loaded->snapshot.meta;
    const auto version = meta.find(core::storage::kSchemaVersionKey);
    e.That(version == meta.end() || version->second != "2",
           "PutMeta changed the storage's own schema_version to 2");
  });
}

void ClearRemovesEveryEpisodeAndSetting(Script& s) {
  OpenEmpty(s);
  ExpectOk(s, s.PutEpisodes({MakeEpisode(1), MakeEpisode(2)}), "PutEpisodes");
  ExpectOk(s, s.PutMeta("settings", R"({"language":"en"})"), "PutMeta");
  ExpectOk(s, s.Clear(), "Clear");
  ExpectStored(s, {});
  // The storage still works after a Clear.
  ExpectOk(s, s.PutEpisode(MakeEpisode(3)), "PutEpisode after Clear");
  ExpectStored(s, {MakeEpisode(3)});
}

void ClearOfAnEmptyStorageIsOk(Script& s) {
  OpenEmpty(s);
  ExpectOk(s, s.Clear(), "Clear");
  ExpectStored(s, {});
}

// [SECTION] Failures

void FailedPutEpisodesStoresNoneOfTheBatch(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  s.FailWrites(true);
  auto failed = s.PutEpisodes({Edited(a), MakeEpisode(2), MakeEpisode(3)});
  s.Check([failed](Expect& e) { e.Failed(*failed, "PutEpisodes while writes fail"); });
  s.FailWrites(false);
  auto loaded = s.Load();
  s.Check([=](Expect& e) { e.Holds(*loaded, {a}); });
  // Nothing of the failed batch lingers to be written with the next change.
  ExpectOk(s, s.PutEpisode(MakeEpisode(4)), "PutEpisode once writes work again");
  ExpectStored(s, {a, MakeEpisode(4)});
}

void FailedWritesChangeNothing(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1);
  const Meta meta = {{"settings", R"({"language":"en"})"}};
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.PutMeta("settings", meta.at("settings")), "PutMeta");
  s.FailWrites(true);
  std::vector<std::pair<const char*, Slot<Result>>> failed = {
      {"PutEpisode of an edit", s.PutEpisode(Edited(a))},
      {"PutEpisode of a new entry", s.PutEpisode(MakeEpisode(2))},
      {"UpdateEpisode of an edit", s.UpdateEpisode(Edited(a), a.updated_at)},
      {"DeleteEpisode", s.DeleteEpisode(a.id)},
      {"PutMeta", s.PutMeta("settings", R"({"language":"zh-Hans"})")},
      {"Clear", s.Clear()},
  };
  s.Check([failed](Expect& e) {
    for (const auto& [call, result] : failed)
      e.Failed(*result, std::string(call) + " while writes fail");
  });
  s.FailWrites(false);
  ExpectStored(s, {a}, meta);
  ExpectOk(s, s.PutEpisode(MakeEpisode(3)), "PutEpisode once writes work again");
  ExpectStored(s, {a, MakeEpisode(3)}, meta);
}

// [SECTION] Loads, reopening, order and callbacks

void ASecondLoadSeesTheFirstLoadsWrites(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.PutMeta("settings", "{}"), "PutMeta");
  auto second = s.Load();
  s.Check([=](Expect& e) { e.Holds(*second, {a}, {{"settings", "{}"}}); });
  ExpectOk(s, s.PutEpisode(b), "PutEpisode");
  ExpectOk(s, s.DeleteEpisode(a.id), "DeleteEpisode");
  auto third = s.Load();
  s.Check([=](Expect& e) { e.Holds(*third, {b}, {{"settings", "{}"}}); });
}

void AReopenedStorageSeesEveryWrite(Script& s) {
  if (!s.Persistent()) {
    s.Skip("its data lives only as long as the storage object (Persistence::kMemoryOnly)");
    return;
  }
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2), c = MakeEpisode(3);
  ExpectOk(s, s.PutEpisode(a), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({b, c}), "PutEpisodes");
  ExpectOk(s, s.PutEpisode(Edited(b)), "PutEpisode of an edit");
  ExpectOk(s, s.DeleteEpisode(c.id), "DeleteEpisode");
  ExpectOk(s, s.PutMeta("settings", R"({"language":"en"})"), "PutMeta");
  s.Open();  // the app starts again, without a Load before closing
  auto reloaded = s.Load();
  const Meta meta = {{"settings", R"({"language":"en"})"}};
  s.Check([=](Expect& e) { e.Holds(*reloaded, {a, Edited(b)}, meta); });
  // Loading changes nothing: a third start sees the same.
  s.Open();
  auto again = s.Load();
  s.Check([=](Expect& e) { e.Holds(*again, {a, Edited(b)}, meta); });
}

void LoadedEpisodesDoNotDependOnTheOrderTheyWerePut(Script& s) {
  OpenEmpty(s);
  std::vector<Episode> episodes;
  for (int i = 0; i < 6; ++i) episodes.push_back(MakeEpisode(20 + i));
  // Neither id order nor started_at order: storages may list them in any order.
  for (int i : {3, 0, 5}) ExpectOk(s, s.PutEpisode(episodes[i]), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({episodes[4], episodes[1], episodes[2]}), "PutEpisodes");
  ExpectStored(s, episodes);
}

void BackToBackWritesAnswerOnceEachInOrderAndTheLastWins(Script& s) {
  OpenEmpty(s);
  const Episode a = MakeEpisode(1), b = MakeEpisode(2), c = MakeEpisode(3);
  // Five writes asked for at once, as a quick person and a busy app do.
  std::vector<Script::Call> calls = {
      [a](Storage& st, Storage::Done done) { st.PutEpisode(a, std::move(done)); },
      [b](Storage& st, Storage::Done done) { st.PutEpisode(b, std::move(done)); },
      [a](Storage& st, Storage::Done done) { st.PutEpisode(Edited(a), std::move(done)); },
      [b](Storage& st, Storage::Done done) { st.DeleteEpisode(b.id, std::move(done)); },
      [c](Storage& st, Storage::Done done) {
        st.PutEpisodes({c, c}, std::move(done));
      },
  };
  const std::size_t count = calls.size();
  auto answers = s.AllAtOnce(std::move(calls), "five writes at once");
  s.Check([answers, count](Expect& e) {
    e.That(answers->size() == count,
           std::to_string(answers->size()) + " of " + std::to_string(count) + " writes answered");
    for (std::size_t i = 0; i < answers->size(); ++i) {
      const auto& [index, result] = (*answers)[i];
      e.That(index == static_cast<int>(i),
             "write " + std::to_string(index + 1) + " answered in place " + std::to_string(i + 1));
      e.Ok(result, "write " + std::to_string(index + 1));
    }
  });
  ExpectStored(s, {Edited(a), c});
}

void OwnWritesNeverCallTheChangeListener(Script& s) {
  // CaseRun counts the listener's calls in every case; this one makes every kind of write.
  OpenEmpty(s);
  ExpectOk(s, s.PutEpisode(MakeEpisode(1)), "PutEpisode");
  ExpectOk(s, s.PutEpisodes({MakeEpisode(2)}), "PutEpisodes");
  ExpectOk(s, s.DeleteEpisode(MakeEpisode(1).id), "DeleteEpisode");
  ExpectOk(s, s.PutMeta("settings", "{}"), "PutMeta");
  ExpectOk(s, s.Clear(), "Clear");
  auto loaded = s.Load();
  s.Check([loaded](Expect& e) { e.Holds(*loaded, {}); });
}

void PersistenceStatusSaysWhetherDataOutlivesTheStorage(Script& s) {
  OpenEmpty(s);
  const bool persistent = s.Persistent();
  s.CheckStorage([persistent](Expect& e, const Storage& storage) {
    const bool memory_only = storage.PersistenceStatus() == core::storage::Persistence::kMemoryOnly;
    e.That(memory_only != persistent,
           persistent ? "PersistenceStatus is kMemoryOnly for data that outlives the storage"
                      : "PersistenceStatus is not kMemoryOnly for data kept only in memory");
  });
}

}  // namespace

// [SECTION] The table of cases

const std::vector<Case>& AllCases() {
  static const std::vector<Case> cases = {
      {"FreshStorageLoadsNothing",
       "A storage over nothing stored loads ok: no episodes, settings, problems or message.",
       FreshStorageLoadsNothing},
      {"EveryFieldRoundTrips",
       "Every value of every field (enums, limits, null and set options) comes back as put.",
       EveryFieldRoundTrips},
      {"Utf8NotesOf2000BytesRoundTripByteForByte",
       "Notes of exactly 2000 bytes of 1- to 4-byte UTF-8, quotes, NUL and U+2028 survive.",
       Utf8NotesOf2000BytesRoundTripByteForByte},
      {"PutEpisodeReplacesTheRecordWithTheSameId",
       "An edit keeps one record per id, holding the edit.",
       PutEpisodeReplacesTheRecordWithTheSameId},
      {"PutEpisodesStoresEveryOneAndReplacesBySameId",
       "An import stores new entries and replaces the ones with the same id.",
       PutEpisodesStoresEveryOneAndReplacesBySameId},
      {"PutEpisodesWithARepeatedIdKeepsTheLast",
       "An id twice in one batch leaves one record: the later one.",
       PutEpisodesWithARepeatedIdKeepsTheLast},
      {"PutEpisodesOfNoneIsOkAndChangesNothing", "An empty batch is ok and changes nothing.",
       PutEpisodesOfNoneIsOkAndChangesNothing},
      {"AThousandEpisodesInOneBatchRoundTrip", "1000 entries in one batch come back whole.",
       AThousandEpisodesInOneBatchRoundTrip},
      {"DeleteEpisodeRemovesOnlyThatOne", "A delete removes that entry and nothing else.",
       DeleteEpisodeRemovesOnlyThatOne},
      {"DeletingAnUnknownIdIsOkAndChangesNothing",
       "Deleting an id never stored is ok and changes nothing.",
       DeletingAnUnknownIdIsOkAndChangesNothing},
      {"ADeletedIdCanBeStoredAgain", "An entry deleted, then put again (undo), is stored.",
       ADeletedIdCanBeStoredAgain},
      {"UpdateEpisodeWritesOverTheVersionItWasBasedOn",
       "An edit based on the stored version is written.",
       UpdateEpisodeWritesOverTheVersionItWasBasedOn},
      {"UpdateEpisodeOverANewerVersionIsRefusedWithIt",
       "An edit over a version saved meanwhile is refused (kConflict) with that version.",
       UpdateEpisodeOverANewerVersionIsRefusedWithIt},
      {"UpdateEpisodeOfADeletedEntryIsRefusedAndRecreatesNothing",
       "An edit of an entry deleted meanwhile is refused (kGone) and not stored again.",
       UpdateEpisodeOfADeletedEntryIsRefusedAndRecreatesNothing},
      {"MetaRoundTripsEveryKindOfJsonValue",
       "Settings of every JSON kind, and a UTF-8 key, come back as the same JSON values.",
       MetaRoundTripsEveryKindOfJsonValue},
      {"PutMetaReplacesTheValueOfTheKey", "A setting put again holds the new value, once.",
       PutMetaReplacesTheValueOfTheKey},
      {"PutMetaRefusesTheSchemaKeyAndNonJson",
       "schema_version, a non-JSON value and an empty key are refused and change nothing.",
       PutMetaRefusesTheSchemaKeyAndNonJson},
      {"ClearRemovesEveryEpisodeAndSetting",
       "Clear removes every entry and setting, and the storage keeps working.",
       ClearRemovesEveryEpisodeAndSetting},
      {"ClearOfAnEmptyStorageIsOk", "Clear with nothing stored is ok.", ClearOfAnEmptyStorageIsOk},
      {"FailedPutEpisodesStoresNoneOfTheBatch",
       "A batch that fails stores none of its entries, now or with a later write.",
       FailedPutEpisodesStoresNoneOfTheBatch},
      {"FailedWritesChangeNothing",
       "Every kind of failed write says why and leaves what was stored as it was.",
       FailedWritesChangeNothing},
      {"ASecondLoadSeesTheFirstLoadsWrites",
       "Loading again on the same storage sees every write since the first load.",
       ASecondLoadSeesTheFirstLoadsWrites},
      {"AReopenedStorageSeesEveryWrite",
       "After the app starts again, every write is there, and loading changes nothing.",
       AReopenedStorageSeesEveryWrite},
      {"LoadedEpisodesDoNotDependOnTheOrderTheyWerePut",
       "What loads is the set put, whatever the order they were put in.",
       LoadedEpisodesDoNotDependOnTheOrderTheyWerePut},
      {"BackToBackWritesAnswerOnceEachInOrderAndTheLastWins",
       "Writes asked for at once each answer once, in the order asked, and the last wins.",
       BackToBackWritesAnswerOnceEachInOrderAndTheLastWins},
      {"OwnWritesNeverCallTheChangeListener",
       "Only changes from elsewhere reach the change listener, never the storage's own.",
       OwnWritesNeverCallTheChangeListener},
      {"PersistenceStatusSaysWhetherDataOutlivesTheStorage",
       "PersistenceStatus is kMemoryOnly exactly when the data dies with the storage.",
       PersistenceStatusSaysWhetherDataOutlivesTheStorage},
  };
  return cases;
}

}  // namespace conformance
