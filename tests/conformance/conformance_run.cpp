// The machinery of the suite: steps, their exactly-once answers, checks and results.
//
// [SECTION] Expectations
// [SECTION] Steps
// [SECTION] Running a case
// [SECTION] Helpers
#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/diary/uuid.h"
#include "core/storage/stored_records.h"
#include "storage_conformance.h"

namespace conformance {

using core::diary::Episode;
using core::storage::Result;
using core::storage::Snapshot;
using core::storage::Status;
using core::storage::Storage;

void QueueLoop::RunUntilIdle() {
  while (!tasks_.empty()) {
    std::function<void()> task = std::move(tasks_.front());
    tasks_.pop_front();
    task();
  }
}

// [SECTION] Expectations

namespace {

const char* StatusName(Status status) {
  switch (status) {
    case Status::kOk:
      return "kOk";
    case Status::kUnavailable:
      return "kUnavailable";
    case Status::kQuotaExceeded:
      return "kQuotaExceeded";
    case Status::kVersionChanged:
      return "kVersionChanged";
    case Status::kFailed:
      return "kFailed";
    case Status::kConflict:
      return "kConflict";
    case Status::kGone:
      return "kGone";
  }
  return "?";
}

std::string Describe(const Result& result) {
  return std::string(StatusName(result.status)) +
         (result.message.empty() ? "" : " \"" + result.message + "\"");
}

std::string Quoted(const std::string& text) {
  return text.size() <= 60 ? "\"" + text + "\"" : "\"" + text.substr(0, 57) + "...\"";
}

// The fields in which `got` differs from `want`, e.g. "notes (1998 bytes, want 2000, first
// difference at byte 17), relief_helped".
std::string Differences(const Episode& got, const Episode& want) {
  std::vector<std::string> fields;
  auto field = [&](bool same, const char* name) {
    if (!same) fields.emplace_back(name);
  };
  field(got.started_at == want.started_at, "started_at");
  field(got.duration_s == want.duration_s, "duration_s");
  field(got.muscle == want.muscle, "muscle");
  field(got.side == want.side, "side");
  field(got.pain == want.pain, "pain");
  field(got.woke_from_sleep == want.woke_from_sleep, "woke_from_sleep");
  field(got.triggers == want.triggers, "triggers");
  field(got.relief == want.relief, "relief");
  field(got.relief_helped == want.relief_helped, "relief_helped");
  if (got.notes != want.notes) {
    std::size_t at = 0;
    while (at < got.notes.size() && at < want.notes.size() && got.notes[at] == want.notes[at]) ++at;
    fields.push_back("notes (" + std::to_string(got.notes.size()) + " bytes, want " +
                     std::to_string(want.notes.size()) + ", first difference at byte " +
                     std::to_string(at) + ")");
  }
  field(got.created_at == want.created_at, "created_at");
  field(got.updated_at == want.updated_at, "updated_at");
  std::string text;
  for (const std::string& name : fields) text += (text.empty() ? "" : ", ") + name;
  return text;
}

bool SameJson(const std::string& a, const std::string& b) {
  const auto x = nlohmann::json::parse(a, nullptr, false);
  const auto y = nlohmann::json::parse(b, nullptr, false);
  if (x.is_discarded() || y.is_discarded()) return a == b;
  return x == y;
}

}  // namespace

void Expect::Ok(const Result& result, const std::string& call) {
  That(result.Ok(), call + " answered " + Describe(result) + ", want kOk");
}

void Expect::Failed(const Result& result, const std::string& call) {
  if (!That(!result.Ok(), call + " answered kOk, want a failure")) return;
  That(!result.message.empty(),
       call + " failed with " + Describe(result) + " and no message saying why");
}

void Expect::Holds(const Loaded& loaded, std::vector<Episode> episodes,
                   const std::map<std::string, std::string>& meta) {
  if (!That(loaded.result.Ok(), "Load answered " + Describe(loaded.result) + ", want kOk")) return;
  That(loaded.result.message.empty(),
       "Load said " + Quoted(loaded.result.message) + " about data this suite wrote");
  for (const std::string& problem : loaded.snapshot.problems) Fail("Load reported " + problem);

  auto by_id = [](const Episode& a, const Episode& b) { return a.id < b.id; };
  std::vector<Episode> got = loaded.snapshot.episodes;
  std::stable_sort(got.begin(), got.end(), by_id);
  std::stable_sort(episodes.begin(), episodes.end(), by_id);
  That(got.size() == episodes.size(), "Load has " + std::to_string(got.size()) +
                                          " episodes, want " + std::to_string(episodes.size()));
  for (std::size_t i = 1; i < got.size(); ++i)
    That(got[i - 1].id != got[i].id, "Load has episode " + got[i].id + " more than once");
  for (const Episode& want : episodes) {
    const auto found =
        std::find_if(got.begin(), got.end(), [&](const Episode& e) { return e.id == want.id; });
    if (!That(found != got.end(), "Load lacks episode " + want.id)) continue;
    if (*found != want) Fail("episode " + want.id + " differs in " + Differences(*found, want));
  }
  for (const Episode& extra : got) {
    That(std::any_of(episodes.begin(), episodes.end(),
                     [&](const Episode& e) { return e.id == extra.id; }),
         "Load has episode " + extra.id + ", which should not be there");
  }

  for (const auto& [key, json] : loaded.snapshot.meta) {
    if (key == core::storage::kSchemaVersionKey) continue;  // the storage's own
    const auto want = meta.find(key);
    if (!That(want != meta.end(), "Load has setting " + Quoted(key) + " = " + Quoted(json) +
                                      ", which should not be there"))
      continue;
    That(SameJson(json, want->second),
         "setting " + Quoted(key) + " is " + Quoted(json) + ", want " + Quoted(want->second));
  }
  for (const auto& [key, json] : meta)
    That(loaded.snapshot.meta.count(key) == 1, "Load lacks setting " + Quoted(key));
}

// [SECTION] Steps

// What the steps of a running case share.
struct Script::Context {
  Subject& subject;
  std::unique_ptr<Storage> storage;
  int listener_calls = 0;
  bool failed_writes = false;  // FailWrites(true) was asked at some point
  std::vector<std::string> failures;
  std::vector<std::string> late;  // failures after the case finished
  bool finished = false;
  std::string where;     // "step 3 (PutEpisode)"
  std::string previous;  // the step before, which a check usually looks at

  std::weak_ptr<Context> self;  // for answers that may come after the case is gone

  explicit Context(Subject& s) : subject(s) {}
  void Fail(const std::string& what) { (finished ? late : failures).push_back(what); }
};

namespace {

// Ends a step on the first answer of a storage call; any further answer is a failure
// (reported late when the case has finished). Holds the case weakly: a storage answering
// after its case was destroyed reaches nothing.
class Answer {
 public:
  Answer(std::weak_ptr<Script::Context> context, std::string what, std::function<void()> next)
      : context_(std::move(context)), what_(std::move(what)), next_(std::move(next)) {}
  // True for the first call: the caller records the answer, then calls End().
  bool First() {
    if (++calls_ == 1) return true;
    if (auto context = context_.lock())
      context->Fail(what_ + " answered " + std::to_string(calls_) + " times, want once");
    return false;
  }
  void End() {
    auto next = std::move(next_);
    next_ = nullptr;
    if (next) next();
  }

 private:
  std::weak_ptr<Script::Context> context_;
  std::string what_;
  std::function<void()> next_;
  int calls_ = 0;
};

}  // namespace

void Script::Open() {
  steps_.push_back({"Open", [](Context& c, std::function<void()> next) {
                      c.storage.reset();  // before the next one: locks, one per page
                      c.storage = c.subject.Open();
                      if (!c.storage) {
                        c.Fail(c.where + ": the subject opened no storage");
                        return next();
                      }
                      std::weak_ptr<Context> weak = c.self;
                      c.storage->SetChangeListener([weak](const Result&, Snapshot) {
                        if (auto context = weak.lock()) ++context->listener_calls;
                      });
                      next();
                    }});
}

Slot<Loaded> Script::Load() {
  auto slot = std::make_shared<Loaded>();
  slot->result = Result{Status::kFailed, "the step did not run"};
  steps_.push_back({"Load", [slot](Context& c, std::function<void()> next) {
                      if (!c.storage) {
                        c.Fail(c.where + ": no storage is open");
                        return next();
                      }
                      auto answer = std::make_shared<Answer>(c.self, c.where, std::move(next));
                      c.storage->Load([answer, slot](const Result& result, Snapshot snapshot) {
                        if (!answer->First()) return;
                        slot->result = result;
                        slot->snapshot = std::move(snapshot);
                        answer->End();
                      });
                    }});
  return slot;
}

Slot<Result> Script::Write(const std::string& what, Call call) {
  auto slot = std::make_shared<Result>(Result{Status::kFailed, "the step did not run"});
  steps_.push_back({what, [slot, call](Context& c, std::function<void()> next) {
                      if (!c.storage) {
                        c.Fail(c.where + ": no storage is open");
                        return next();
                      }
                      auto answer = std::make_shared<Answer>(c.self, c.where, std::move(next));
                      call(*c.storage, [answer, slot](const Result& result) {
                        if (!answer->First()) return;
                        *slot = result;
                        answer->End();
                      });
                    }});
  return slot;
}

Slot<Result> Script::PutEpisode(const Episode& episode) {
  return Write("PutEpisode", [episode](Storage& s, Storage::Done done) {
    s.PutEpisode(episode, std::move(done));
  });
}

Slot<Result> Script::PutEpisodes(const std::vector<Episode>& episodes) {
  return Write("PutEpisodes", [episodes](Storage& s, Storage::Done done) {
    s.PutEpisodes(episodes, std::move(done));
  });
}

Slot<Result> Script::UpdateEpisode(const Episode& episode, const std::string& based_on) {
  return Write("UpdateEpisode", [episode, based_on](Storage& s, Storage::Done done) {
    s.UpdateEpisode(episode, based_on, std::move(done));
  });
}

Slot<Result> Script::DeleteEpisode(const std::string& id) {
  return Write("DeleteEpisode",
               [id](Storage& s, Storage::Done done) { s.DeleteEpisode(id, std::move(done)); });
}

Slot<Result> Script::PutMeta(const std::string& key, const std::string& json) {
  return Write("PutMeta", [key, json](Storage& s, Storage::Done done) {
    s.PutMeta(key, json, std::move(done));
  });
}

Slot<Result> Script::Clear() {
  return Write("Clear", [](Storage& s, Storage::Done done) { s.Clear(std::move(done)); });
}

Slot<std::vector<std::pair<int, Result>>> Script::AllAtOnce(std::vector<Call> calls,
                                                            const std::string& what) {
  auto slot = std::make_shared<std::vector<std::pair<int, Result>>>();
  steps_.push_back({what, [slot, calls](Context& c, std::function<void()> next) {
                      if (!c.storage) {
                        c.Fail(c.where + ": no storage is open");
                        return next();
                      }
                      // The step ends when the last call has answered once.
                      auto left = std::make_shared<std::size_t>(calls.size());
                      auto end = std::make_shared<Answer>(c.self, c.where, std::move(next));
                      if (calls.empty()) end->End();
                      for (std::size_t i = 0; i < calls.size(); ++i) {
                        auto answer = std::make_shared<Answer>(
                            c.self, c.where + " call " + std::to_string(i + 1), nullptr);
                        calls[i](*c.storage, [answer, slot, left, end, i](const Result& result) {
                          if (!answer->First()) return;
                          slot->emplace_back(static_cast<int>(i), result);
                          if (--*left == 0) end->End();
                        });
                      }
                    }});
  return slot;
}

void Script::FailWrites(bool fail) {
  steps_.push_back({fail ? "FailWrites(true)" : "FailWrites(false)",
                    [fail](Context& c, std::function<void()> next) {
                      if (fail) c.failed_writes = true;
                      c.subject.FailWrites(fail);
                      next();
                    }});
}

void Script::Check(std::function<void(Expect&)> check) {
  steps_.push_back({"Check", [check](Context& c, std::function<void()> next) {
                      Expect expect(c.failures, c.where + " after " + c.previous);
                      check(expect);
                      next();
                    }});
}

void Script::CheckStorage(std::function<void(Expect&, const Storage&)> check) {
  steps_.push_back({"Check", [check](Context& c, std::function<void()> next) {
                      Expect expect(c.failures, c.where + " after " + c.previous);
                      if (c.storage)
                        check(expect, *c.storage);
                      else
                        expect.Fail("no storage is open");
                      next();
                    }});
}

// [SECTION] Running a case

struct CaseRun::State {
  State(const Case& c, Subject& subject, Loop& l)
      : the_case(c), script(subject), context(std::make_shared<Script::Context>(subject)), loop(l) {
    context->self = context;
    the_case.build(script);
  }
  const Case& the_case;
  Script script;
  std::shared_ptr<Script::Context> context;
  Loop& loop;
  std::size_t next_step = 0;
  std::string waiting;
  CaseResult result;
  std::function<void(const CaseResult&)> finished;
};

namespace {

// Named steps of the finished case are "step N (What)"; the checks say "after step N".
std::string StepName(std::size_t index, const std::string& what) {
  return "step " + std::to_string(index + 1) + " (" + what + ")";
}

}  // namespace

CaseRun::CaseRun(const Case& c, Subject& subject, Loop& loop)
    : state_(std::make_shared<State>(c, subject, loop)) {
  state_->result.name = c.name;
}

CaseRun::~CaseRun() {
  // A storage still waiting to answer goes now; its answers then reach nothing.
  if (state_) state_->context->storage.reset();
}

void CaseRun::Start(std::function<void(const CaseResult&)> finished) {
  state_->finished = std::move(finished);
  std::weak_ptr<State> weak = state_;
  state_->loop.Post([weak] { Advance(weak); });
}

void CaseRun::Finish(State& s) {
  Script::Context& c = *s.context;
  if (c.listener_calls > 0)
    c.Fail("the change listener was called " + std::to_string(c.listener_calls) +
           " times, though only the case's own storage wrote");
  if (c.failed_writes) c.subject.FailWrites(false);  // while the storage still exists
  c.storage.reset();
  c.finished = true;
  s.waiting.clear();
  s.result.failures = c.failures;
  s.result.skipped = s.script.Skipped();
  if (s.finished) s.finished(s.result);
}

void CaseRun::Advance(const std::weak_ptr<State>& weak) {
  auto s = weak.lock();
  if (!s) return;
  auto& steps = s->script.Steps();
  if (s->next_step == steps.size()) return Finish(*s);
  const std::size_t index = s->next_step++;
  Script::Step& step = steps[index];
  s->context->previous = s->context->where;
  s->context->where = StepName(index, step.what);
  s->waiting = s->context->where;
  Loop& loop = s->loop;
  step.run(*s->context, [weak, &loop] { loop.Post([weak] { Advance(weak); }); });
}

bool CaseRun::Finished() const {
  return state_->context->finished;
}

const CaseResult& CaseRun::Result() const {
  return state_->result;
}

std::string CaseRun::Waiting() const {
  return state_->waiting;
}

std::vector<std::string> CaseRun::LateFailures() const {
  return state_->context->late;
}

// [SECTION] Helpers

Episode MakeEpisode(int n, int duration_s) {
  Episode e;
  e.id = core::diary::NewUuidV4(core::diary::SeededRandomSource(7000 + static_cast<unsigned>(n)));
  e.started_at = "2026-11-" + std::to_string(10 + n % 18) + "T03:12:00+08:00";
  e.duration_s = duration_s;
  e.muscle = core::diary::Muscle::kCalfBack;
  e.side = core::diary::Side::kLeft;
  e.pain = 5;
  e.woke_from_sleep = true;
  e.relief = core::diary::Relief::kStretch;
  e.created_at = "2026-11-22T19:12:05Z";
  e.updated_at = "2026-11-22T19:12:05Z";
  return e;
}

std::string ResultsToJson(const std::string& storage, const std::vector<CaseResult>& results,
                          const std::vector<std::string>& late) {
  nlohmann::json cases = nlohmann::json::array();
  for (const CaseResult& r : results) {
    std::string about;
    for (const Case& c : AllCases())
      if (r.name == c.name) about = c.about;
    cases.push_back({{"name", r.name},
                     {"about", about},
                     {"status", !r.Passed()         ? "failed"
                                : r.skipped.empty() ? "passed"
                                                    : "skipped"},
                     {"failures", r.failures},
                     {"skipped", r.skipped}});
  }
  const nlohmann::json out = {{"storage", storage}, {"cases", cases}, {"late", late}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace conformance
