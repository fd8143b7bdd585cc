#pragma once
// One Storage conformance suite (core/storage/storage.h): the same cases for every
// implementation. MemoryStorage and FileStorage run them natively under GoogleTest
// (storage_conformance_gtest.h); IndexedDbStorage runs them in real Chromium
// (web_runner.cpp, checked by tests/e2e/specs/storage_conformance.test.mjs).
//
// A case is a script of steps, built before it runs. Each storage call is one step that
// ends when its callback arrives: at once natively, from a browser event in the web build.
// The next step is started through Loop::Post, from the caller's event loop, never from
// inside a storage callback. Checks run between steps on what earlier steps received.
//
// Checked for every case, on top of its own checks: each callback arrives exactly once; a
// storage's own writes never call its change listener. A case that stops waiting for a
// callback reports the step it waits for (CaseRun::Waiting).
//
// Plain C++17 and core only: no GoogleTest and no platform code, so it builds for wasm.
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diary/episode.h"
#include "core/storage/storage.h"

namespace conformance {

// One storage implementation under test, for one case.
class Subject {
 public:
  virtual ~Subject() = default;
  // A new storage over what the previous storage of this case stored (the app started
  // again); the case's first Open() sees nothing stored. One storage at a time: the case
  // destroys the previous one first (FileStorage locks its folder, IndexedDbStorage is one
  // per page) and always calls Load before writing (FileStorage refuses writes before).
  virtual std::unique_ptr<core::storage::Storage> Open() = 0;
  // Whether stored data outlives the storage object (files, IndexedDB). False for
  // MemoryStorage: cases skip what only the next Open() could show.
  virtual bool Persistent() const = 0;
  // From now on every write fails, as on a full device or a broken disk, until
  // FailWrites(false); this holds for storages opened meanwhile too.
  virtual void FailWrites(bool fail) = 0;
};

// Where the next step runs: Post runs `task` later, from the caller's event loop.
class Loop {
 public:
  virtual ~Loop() = default;
  virtual void Post(std::function<void()> task) = 0;
};

// Natively: tasks wait in a queue until the test drains it.
class QueueLoop final : public Loop {
 public:
  void Post(std::function<void()> task) override { tasks_.push_back(std::move(task)); }
  // Runs tasks, and the tasks they post, until none is left.
  void RunUntilIdle();

 private:
  std::deque<std::function<void()>> tasks_;
};

// What one case found.
struct CaseResult {
  std::string name;
  std::vector<std::string> failures;  // empty when it passed
  std::string skipped;                // why it does not apply to this storage, or ""
  bool Passed() const { return failures.empty(); }
};

// A load's answer, as a step received it.
struct Loaded {
  core::storage::Result result;
  core::storage::Snapshot snapshot;
};

// Records failures for the step that checks.
class Expect {
 public:
  explicit Expect(std::vector<std::string>& failures, std::string where)
      : failures_(failures), where_(std::move(where)) {}
  void Fail(const std::string& what) { failures_.push_back(where_ + ": " + what); }
  bool That(bool ok, const std::string& what) {
    if (!ok) Fail(what);
    return ok;
  }
  // The call answered kOk.
  void Ok(const core::storage::Result& result, const std::string& call);
  // The call failed and said why (any status but kOk, with a message).
  void Failed(const core::storage::Result& result, const std::string& call);
  // The load answered kOk with no message and no problems, and holds exactly `episodes`
  // (in any order: storages differ) and `meta` (JSON values compared as values; the
  // storage's own "schema_version" is ignored).
  void Holds(const Loaded& loaded, std::vector<core::diary::Episode> episodes,
             const std::map<std::string, std::string>& meta = {});

 private:
  std::vector<std::string>& failures_;
  std::string where_;
};

template <typename T>
using Slot = std::shared_ptr<T>;  // filled in when its step has run

// The steps of one case. Cases call these while building; nothing runs until CaseRun.
class Script {
 public:
  using Call = std::function<void(core::storage::Storage&, core::storage::Storage::Done)>;

  explicit Script(const Subject& subject) : persistent_(subject.Persistent()) {}

  // Destroys the current storage, if any, and opens the next one over the same data.
  void Open();
  Slot<Loaded> Load();
  Slot<core::storage::Result> PutEpisode(const core::diary::Episode& episode);
  Slot<core::storage::Result> PutEpisodes(const std::vector<core::diary::Episode>& episodes);
  // An edit written only if the stored entry's updated_at is still `based_on`.
  Slot<core::storage::Result> UpdateEpisode(const core::diary::Episode& episode,
                                            const std::string& based_on);
  Slot<core::storage::Result> DeleteEpisode(const std::string& id);
  Slot<core::storage::Result> PutMeta(const std::string& key, const std::string& json);
  Slot<core::storage::Result> Clear();
  // Issues every call at once, without waiting; the step ends when all have answered.
  // The slot lists, in the order they answered, the index of each call and its result.
  Slot<std::vector<std::pair<int, core::storage::Result>>> AllAtOnce(std::vector<Call> calls,
                                                                     const std::string& what);
  void FailWrites(bool fail);
  void Check(std::function<void(Expect&)> check);
  // A check that also looks at the open storage (e.g. its PersistenceStatus).
  void CheckStorage(std::function<void(Expect&, const core::storage::Storage&)> check);
  // The case does not apply to this storage; the steps built so far still run.
  void Skip(std::string why) { skipped_ = std::move(why); }
  bool Persistent() const { return persistent_; }

  // For CaseRun.
  struct Context;
  struct Step {
    std::string what;
    std::function<void(Context&, std::function<void()> next)> run;
  };
  std::vector<Step>& Steps() { return steps_; }
  const std::string& Skipped() const { return skipped_; }

 private:
  Slot<core::storage::Result> Write(const std::string& what, Call call);

  bool persistent_;
  std::vector<Step> steps_;
  std::string skipped_;
};

struct Case {
  const char* name;   // PascalCase, usable as a GoogleTest name
  const char* about;  // what it shows, one sentence
  void (*build)(Script& script);
};

// Every case of the suite, in a fixed order; each starts from nothing stored.
const std::vector<Case>& AllCases();

// One case run against one subject.
class CaseRun {
 public:
  CaseRun(const Case& c, Subject& subject, Loop& loop);
  ~CaseRun();
  CaseRun(const CaseRun&) = delete;
  CaseRun& operator=(const CaseRun&) = delete;

  // Runs the steps; `finished` is called once, after the last one (never from inside Start).
  void Start(std::function<void(const CaseResult&)> finished = {});
  bool Finished() const;
  const CaseResult& Result() const;
  // The step that has not answered yet, e.g. "step 4 (PutEpisodes)"; "" when none.
  std::string Waiting() const;
  // Failures found after the case had finished: a callback that came a second time.
  std::vector<std::string> LateFailures() const;

 private:
  struct State;
  static void Advance(const std::weak_ptr<State>& weak);
  static void Finish(State& state);
  std::shared_ptr<State> state_;
};

// Helpers for cases and runners.
// A valid episode with a deterministic UUID v4 (the same for every run) and duration.
core::diary::Episode MakeEpisode(int n, int duration_s = 60);
// A JSON text of the case results: {"storage":..., "cases":[{"name","about","status",
// "failures","skipped"}], "late":[...]}.
std::string ResultsToJson(const std::string& storage, const std::vector<CaseResult>& results,
                          const std::vector<std::string>& late);

}  // namespace conformance
