// The Storage conformance suite in the browser: every case of AllCases() against
// IndexedDbStorage and the real IndexedDB of the page, one case after another, each from an
// emptied database. Steps continue from the browser's event loop (emscripten_async_call),
// never by waiting a guessed time. The page (web/index.html) exposes the outcome as
// window.conformance; tests/e2e/specs/storage_conformance.test.mjs reads it.
//
// A case that gets no answer for kCaseTimeoutMs fails naming the step it waits for, and
// the run stops there (the storage may be stuck); that limit only ends a hung run.
#include <emscripten.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "indexeddb_storage.h"
#include "storage_conformance.h"

// JavaScript below: clang-format would break its operators.
// clang-format off
// While `fail` is set, readwrite transactions fail as on a full device: the second write
// request of a transaction throws QuotaExceededError (the first is already queued, so a
// batch fails part way), and a transaction with one request aborts at commit.
EM_JS(void, conformance_fail_writes, (int fail), {
  var store = IDBObjectStore.prototype;
  var tx = IDBTransaction.prototype;
  if (!store.__conformancePatched) {
    store.__conformancePatched = true;
    var queued = new WeakMap();
    ['put', 'add', 'delete', 'clear'].forEach(function(name) {
      var original = store[name];
      store[name] = function() {
        if (globalThis.__conformanceFailWrites) {
          var count = queued.get(this.transaction) || 0;
          queued.set(this.transaction, count + 1);
          if (count >= 1) throw new DOMException('simulated: the device is full', 'QuotaExceededError');
        }
        return original.apply(this, arguments);
      };
    });
    var commit = tx.commit;
    tx.commit = function() {
      if (globalThis.__conformanceFailWrites && this.mode === 'readwrite') return this.abort();
      if (commit) return commit.apply(this, arguments);
    };
  }
  globalThis.__conformanceFailWrites = !!fail;
});

EM_JS(void, conformance_progress, (const char* name), {
  window.conformance.progress(UTF8ToString(name));
});

EM_JS(void, conformance_finish, (const char* json), {
  window.conformance.finish(UTF8ToString(json));
});
// clang-format on

namespace {

constexpr int kCaseTimeoutMs = 20000;

class IndexedDbSubject final : public conformance::Subject {
 public:
  std::unique_ptr<core::storage::Storage> Open() override {
    return std::make_unique<platform::IndexedDbStorage>();
  }
  bool Persistent() const override { return true; }
  void FailWrites(bool fail) override { conformance_fail_writes(fail ? 1 : 0); }
};

// Each task runs from the browser's event loop, after whatever event answered.
class BrowserLoop final : public conformance::Loop {
 public:
  void Post(std::function<void()> task) override {
    emscripten_async_call(
        [](void* raw) {
          std::unique_ptr<std::function<void()>> run(static_cast<std::function<void()>*>(raw));
          (*run)();
        },
        new std::function<void()>(std::move(task)), 0);
  }
};

// Before each case: the database emptied through the storage itself.
void EmptyTheDatabase(conformance::Script& s) {
  s.Open();
  auto loaded = s.Load();
  auto cleared = s.Clear();
  s.Check([loaded, cleared](conformance::Expect& e) {
    e.Ok(loaded->result, "Load");
    e.Ok(*cleared, "Clear");
  });
}

const conformance::Case kEmptyTheDatabase = {
    "EmptyTheDatabase", "Empties the database before a case.", EmptyTheDatabase};

class Runner {
 public:
  void Start() { Next(); }

 private:
  void Next() {
    const auto& cases = conformance::AllCases();
    if (index_ == cases.size()) return Publish();
    const conformance::Case& c = cases[index_];
    conformance_progress(c.name);
    wipes_.push_back(std::make_unique<conformance::CaseRun>(kEmptyTheDatabase, subject_, loop_));
    Watch(*wipes_.back(), c.name);
    wipes_.back()->Start([this, &c](const conformance::CaseResult& wiped) {
      if (!wiped.Passed()) {
        conformance::CaseResult result{c.name, {}, ""};
        for (const std::string& failure : wiped.failures)
          result.failures.push_back("emptying the database first: " + failure);
        results_.push_back(std::move(result));
        return Publish();
      }
      loop_.Post([this] { RunCase(); });
    });
  }

  void RunCase() {
    const conformance::Case& c = conformance::AllCases()[index_];
    runs_.push_back(std::make_unique<conformance::CaseRun>(c, subject_, loop_));
    Watch(*runs_.back(), c.name);
    runs_.back()->Start([this](const conformance::CaseResult& result) {
      results_.push_back(result);
      ++index_;
      loop_.Post([this] { Next(); });
    });
  }

  // Ends a hung run: the case is reported with the step it still waits for. Runs are
  // kept to the end, so the timer may point at one.
  void Watch(conformance::CaseRun& run, const char* name) {
    struct Watched {
      Runner* runner;
      conformance::CaseRun* run;
      const char* name;
    };
    emscripten_async_call(
        [](void* raw) {
          std::unique_ptr<Watched> watched(static_cast<Watched*>(raw));
          watched->runner->Expire(*watched->run, watched->name);
        },
        new Watched{this, &run, name}, kCaseTimeoutMs);
  }

  void Expire(const conformance::CaseRun& run, const char* name) {
    if (run.Finished() || published_) return;
    conformance::CaseResult result{name, {}, ""};
    result.failures.push_back("no answer within " + std::to_string(kCaseTimeoutMs / 1000) +
                              " s: still waiting for " + run.Waiting());
    results_.push_back(std::move(result));
    Publish();
  }

  void Publish() {
    if (published_) return;
    published_ = true;
    std::vector<std::string> late;
    for (const auto& run : runs_)
      for (const std::string& failure : run->LateFailures())
        late.push_back(run->Result().name + ": " + failure);
    conformance_finish(conformance::ResultsToJson("IndexedDbStorage", results_, late).c_str());
  }

  IndexedDbSubject subject_;
  BrowserLoop loop_;
  std::size_t index_ = 0;
  // Kept to the end of the run, so a callback arriving late still reaches its case.
  std::vector<std::unique_ptr<conformance::CaseRun>> runs_;
  std::vector<std::unique_ptr<conformance::CaseRun>> wipes_;
  std::vector<conformance::CaseResult> results_;
  bool published_ = false;
};

}  // namespace

int main() {
  // Lives as long as the page: answers keep arriving after main returns.
  static Runner runner;
  runner.Start();
  return 0;
}
