// MemoryStorage against the Storage conformance suite (tests/conformance): the double the
// app's tests use must behave like the real storages.
#include <memory>

#include "core/storage/storage.h"
#include "storage_conformance_gtest.h"

namespace {

// Each Open() is a new, empty MemoryStorage: its data dies with it.
class MemorySubject final : public conformance::Subject {
 public:
  std::unique_ptr<core::storage::Storage> Open() override {
    auto storage = std::make_unique<core::storage::MemoryStorage>();
    last_ = storage.get();
    Apply();
    return storage;
  }
  bool Persistent() const override { return false; }
  void FailWrites(bool fail) override {
    failing_ = fail;
    Apply();
  }

 private:
  void Apply() {
    if (last_ != nullptr)
      last_->FailWritesWith(failing_ ? core::storage::Status::kQuotaExceeded
                                     : core::storage::Status::kOk);
  }

  core::storage::MemoryStorage* last_ = nullptr;  // owned by the case; the newest Open()
  bool failing_ = false;
};

const bool registered = conformance::RegisterTests(
    "MemoryStorageConformance", [] { return std::make_unique<MemorySubject>(); });

}  // namespace
