#pragma once
// The desktop storage: the diary and the meta values as two files in a data folder
// (formats in core/storage/storage_files.h), each rewritten whole on every change and
// replaced atomically: temp file in the same folder, fsync, rename over the old file,
// fsync the folder. A crash leaves either the old or the new file, never a mix.
//
// A file found damaged at load (cut short, not JSON, records failing validation) is
// renamed aside to "<name>.corrupt-<UTC time>", reported through Load's Result and
// Snapshot::problems, and the readable part written back as the new file: nothing is
// ever silently replaced or deleted. A file that cannot be read or kept aside makes the
// storage refuse every write, so it is never overwritten.
//
// One process per folder: a lock file ("lock", flock) makes a second app instance run
// in memory instead of writing over the first one's changes. Calls answer at once.
#include <map>
#include <string>
#include <vector>

#include "core/storage/storage.h"

namespace platform {

// Writes `folder`/`name` whole or not at all: a temp file in the same folder, fsync, rename
// over the old one, fsync the folder. What FileStorage writes with, and the desktop's
// exports too (native_platform.cpp).
core::storage::Result WriteFileAtomically(const std::string& folder, const std::string& name,
                                          const std::string& text);

class FileStorage final : public core::storage::Storage {
 public:
  explicit FileStorage(std::string folder);
  ~FileStorage() override;
  FileStorage(const FileStorage&) = delete;
  FileStorage& operator=(const FileStorage&) = delete;

  // $XDG_DATA_HOME/crampcheck, else $HOME/.local/share/crampcheck; "" when neither is set.
  static std::string DefaultFolder();
  const std::string& Folder() const { return folder_; }

  // Creates the folder if needed (with its parents). Writes fail until a Load succeeded.
  void Load(Loaded done) override;
  void PutEpisode(const core::diary::Episode& episode, Done done) override;
  void PutEpisodes(const std::vector<core::diary::Episode>& episodes, Done done) override;
  void UpdateEpisode(const core::diary::Episode& episode, const std::string& based_on,
                     Done done) override;
  void DeleteEpisode(const std::string& id, Done done) override;
  void PutMeta(const std::string& key, const std::string& json, Done done) override;
  void Clear(Done done) override;
  core::storage::Persistence PersistenceStatus() const override;

 private:
  core::storage::Result OpenFolder();
  // Reads `name` into `text`; a missing file is an empty, fine result.
  core::storage::Result ReadFile(const char* name, std::string& text, bool& exists) const;
  core::storage::Result KeepAside(const char* name);
  core::storage::Result WriteAtomically(const char* name, const std::string& text);
  core::storage::Result WriteDiary(const std::vector<core::diary::Episode>& episodes);
  core::storage::Result WriteMeta(const std::map<std::string, std::string>& meta);
  bool RefuseWrite(const Done& done) const;
  std::string PathOf(const char* name) const { return folder_ + "/" + name; }

  std::string folder_;
  int lock_fd_ = -1;
  bool writable_ = false;  // loaded, and nothing on disk we could not read
  core::storage::Snapshot contents_;
};

}  // namespace platform
