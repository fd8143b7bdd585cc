// FileStorage against the Storage conformance suite (tests/conformance), on a real file
// system in a fresh temporary folder per test.
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <system_error>

#include "file_storage.h"
#include "storage_conformance_gtest.h"

namespace {

namespace fs = std::filesystem;

// Every Open() is a FileStorage on the same folder, as when the app starts again.
class FileSubject final : public conformance::Subject {
 public:
  FileSubject() {
    std::string pattern = (fs::temp_directory_path() / "crampcheck-conformance-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) root_ = pattern;
  }
  ~FileSubject() override {
    std::error_code ignored;
    if (!root_.empty()) fs::remove_all(root_, ignored);
  }
  FileSubject(const FileSubject&) = delete;
  FileSubject& operator=(const FileSubject&) = delete;

  std::unique_ptr<core::storage::Storage> Open() override {
    if (root_.empty()) return nullptr;
    return std::make_unique<platform::FileStorage>((root_ / "data").string());
  }
  bool Persistent() const override { return true; }
  // A folder where each temporary file goes: every write fails before anything is
  // renamed into place (works even for root, unlike chmod).
  void FailWrites(bool fail) override {
    for (const char* name : {"diary.json.tmp", "meta.json.tmp"}) {
      std::error_code ignored;
      if (fail)
        fs::create_directories(root_ / "data" / name, ignored);
      else
        fs::remove(root_ / "data" / name, ignored);
    }
  }

 private:
  fs::path root_;
};

const bool registered = conformance::RegisterTests("FileStorageConformance",
                                                   [] { return std::make_unique<FileSubject>(); });

}  // namespace
