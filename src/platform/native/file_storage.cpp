#include "file_storage.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "core/storage/storage_files.h"
#include "core/storage/stored_records.h"

namespace platform {

using core::storage::Result;
using core::storage::Snapshot;
using core::storage::Status;

namespace {

Result Error(Status status, const std::string& what, int error_number) {
  return Result{status, what + ": " + std::strerror(error_number) + "."};
}

// A full disk or quota is the one failure the person can fix by freeing space.
Status WriteStatus(int error_number) {
  return error_number == ENOSPC || error_number == EDQUOT ? Status::kQuotaExceeded
                                                          : Status::kFailed;
}

std::int64_t NowUtcSeconds() {
  return static_cast<std::int64_t>(std::time(nullptr));
}

bool FsyncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

// mkdir -p; true when `path` ends up being a folder.
bool MakeFolders(const std::string& path, int& error_number) {
  for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    const std::string part = path.substr(0, slash);
    if (!part.empty() && ::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
      error_number = errno;
      return false;
    }
    if (slash == std::string::npos) break;
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    error_number = errno;
    return false;
  }
  error_number = ENOTDIR;
  return S_ISDIR(info.st_mode);
}

}  // namespace

FileStorage::FileStorage(std::string folder) : folder_(std::move(folder)) {
  while (folder_.size() > 1 && folder_.back() == '/') folder_.pop_back();
}

FileStorage::~FileStorage() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
}

std::string FileStorage::DefaultFolder() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/crampcheck";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/') return std::string(home) + "/.local/share/crampcheck";
  return "";
}

core::storage::Persistence FileStorage::PersistenceStatus() const {
  return writable_ ? core::storage::Persistence::kPersistent
                   : core::storage::Persistence::kMemoryOnly;
}

Result FileStorage::OpenFolder() {
  if (folder_.empty())
    return Result{Status::kUnavailable,
                  "No data folder: set HOME or XDG_DATA_HOME, or use --data DIR."};
  int error_number = 0;
  if (!MakeFolders(folder_, error_number))
    return Error(Status::kUnavailable, "Cannot create the data folder " + folder_, error_number);
  if (lock_fd_ < 0) {
    lock_fd_ = ::open(PathOf("lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd_ < 0)
      return Error(Status::kUnavailable, "Cannot write in the data folder " + folder_, errno);
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(lock_fd_);
      lock_fd_ = -1;
      return Result{Status::kUnavailable,
                    "CrampCheck is already open with the data folder " + folder_ + "."};
    }
  }
  return Result{};
}

Result FileStorage::ReadFile(const char* name, std::string& text, bool& exists) const {
  text.clear();
  exists = false;
  const int fd = ::open(PathOf(name).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Result{};
    return Error(Status::kUnavailable, "Cannot read " + PathOf(name), errno);
  }
  exists = true;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      const int error_number = errno;
      ::close(fd);
      return Error(Status::kUnavailable, "Cannot read " + PathOf(name), error_number);
    }
    text.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(fd);
  return Result{};
}

Result FileStorage::KeepAside(const char* name) {
  const std::string base = PathOf(core::storage::CorruptFileName(name, NowUtcSeconds()).c_str());
  std::string aside = base;
  struct stat info {};
  for (int n = 1; ::lstat(aside.c_str(), &info) == 0; ++n) aside = base + "-" + std::to_string(n);
  if (::rename(PathOf(name).c_str(), aside.c_str()) != 0)
    return Error(Status::kFailed, "Cannot keep the damaged " + PathOf(name) + " aside", errno);
  FsyncFolder(folder_);
  return Result{Status::kOk, aside};
}

Result WriteFileAtomically(const std::string& folder, const std::string& name,
                           const std::string& text) {
  const std::string path = folder + "/" + name;
  const std::string temp = path + ".tmp";
  const std::string what = "Could not save to " + path;
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Error(WriteStatus(errno), what, errno);
  std::size_t written = 0;
  int error_number = 0;
  while (written < text.size() && error_number == 0) {
    const ssize_t put = ::write(fd, text.data() + written, text.size() - written);
    if (put >= 0)
      written += static_cast<std::size_t>(put);
    else if (errno != EINTR)
      error_number = errno;
  }
  if (error_number == 0 && ::fsync(fd) != 0) error_number = errno;
  if (::close(fd) != 0 && error_number == 0) error_number = errno;
  if (error_number == 0 && ::rename(temp.c_str(), path.c_str()) != 0) error_number = errno;
  if (error_number != 0) {
    ::unlink(temp.c_str());
    return Error(WriteStatus(error_number), what, error_number);
  }
  if (!FsyncFolder(folder)) return Error(Status::kFailed, what, errno);
  return Result{};
}

Result FileStorage::WriteAtomically(const char* name, const std::string& text) {
  return WriteFileAtomically(folder_, name, text);
}

Result FileStorage::WriteDiary(const std::vector<core::diary::Episode>& episodes) {
  return WriteAtomically(core::storage::kDiaryFileName,
                         core::storage::EncodeDiaryFile(episodes, NowUtcSeconds()));
}

Result FileStorage::WriteMeta(const std::map<std::string, std::string>& meta) {
  return WriteAtomically(core::storage::kMetaFileName, core::storage::EncodeMetaFile(meta));
}

void FileStorage::Load(Loaded done) {
  writable_ = false;
  contents_ = Snapshot{};
  if (Result opened = OpenFolder(); !opened.Ok()) {
    done(opened, Snapshot{});
    return;
  }
  Snapshot loaded;
  std::vector<std::string> kept_aside;
  for (const char* name : {core::storage::kDiaryFileName, core::storage::kMetaFileName}) {
    std::string text;
    bool exists = false;
    if (Result read = ReadFile(name, text, exists); !read.Ok()) {
      done(read, Snapshot{});
      return;
    }
    if (!exists) continue;
    const bool fine = name == core::storage::kDiaryFileName
                          ? core::storage::ReadDiaryFile(text, loaded)
                          : core::storage::ReadMetaFile(text, loaded);
    if (fine) continue;
    Result aside = KeepAside(name);
    if (!aside.Ok()) {
      done(Result{Status::kFailed, aside.message + " It was left as it is; nothing will be saved."},
           Snapshot{});
      return;
    }
    kept_aside.push_back(aside.message);
    // The readable part becomes the new file; the damaged original stays aside.
    Result rewritten = name == core::storage::kDiaryFileName ? WriteDiary(loaded.episodes)
                                                             : WriteMeta(loaded.meta);
    if (!rewritten.Ok()) {
      done(rewritten, Snapshot{});
      return;
    }
  }
  writable_ = true;
  contents_ = loaded;
  Result result;
  if (!kept_aside.empty()) {
    result.message = "A damaged data file was found and kept as ";
    for (std::size_t i = 0; i < kept_aside.size(); ++i)
      result.message += (i == 0 ? "" : " and ") + kept_aside[i];
    result.message += ". " + core::storage::ProblemsSummary(loaded);
  }
  done(result, std::move(loaded));
}

bool FileStorage::RefuseWrite(const Done& done) const {
  if (writable_) return false;
  done(Result{Status::kUnavailable, "The data folder is not in use; nothing was saved."});
  return true;
}

void FileStorage::PutEpisode(const core::diary::Episode& episode, Done done) {
  if (RefuseWrite(done)) return;
  auto episodes = contents_.episodes;
  core::storage::PutInto(episodes, episode);
  Result result = WriteDiary(episodes);
  if (result.Ok()) contents_.episodes = std::move(episodes);
  done(result);
}

void FileStorage::PutEpisodes(const std::vector<core::diary::Episode>& more, Done done) {
  if (RefuseWrite(done)) return;
  auto episodes = contents_.episodes;
  for (const core::diary::Episode& episode : more) core::storage::PutInto(episodes, episode);
  Result result = WriteDiary(episodes);  // one atomic replace: all or nothing
  if (result.Ok()) contents_.episodes = std::move(episodes);
  done(result);
}

// The check reads the copy loaded with the folder's lock held: no other process writes
// meanwhile, so it is the file's content.
void FileStorage::UpdateEpisode(const core::diary::Episode& episode, const std::string& based_on,
                                Done done) {
  if (RefuseWrite(done)) return;
  Result checked = core::storage::CheckUpdate(contents_.episodes, episode, based_on);
  if (!checked.Ok()) {
    done(checked);
    return;
  }
  PutEpisode(episode, std::move(done));
}

void FileStorage::DeleteEpisode(const std::string& id, Done done) {
  if (RefuseWrite(done)) return;
  auto episodes = contents_.episodes;
  episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                [&](const core::diary::Episode& e) { return e.id == id; }),
                 episodes.end());
  Result result = WriteDiary(episodes);
  if (result.Ok()) contents_.episodes = std::move(episodes);
  done(result);
}

void FileStorage::PutMeta(const std::string& key, const std::string& json, Done done) {
  if (RefuseWrite(done)) return;
  if (std::string why = core::storage::CheckMeta(key, json); !why.empty()) {
    done(Result{Status::kFailed, why});
    return;
  }
  auto meta = contents_.meta;
  meta[key] = json;
  Result result = WriteMeta(meta);
  if (result.Ok()) contents_.meta = std::move(meta);
  done(result);
}

void FileStorage::Clear(Done done) {
  if (RefuseWrite(done)) return;
  Result result = WriteDiary({});
  if (result.Ok()) contents_.episodes.clear();
  if (result.Ok()) result = WriteMeta({});
  if (result.Ok()) contents_.meta.clear();
  done(result);
}

}  // namespace platform
