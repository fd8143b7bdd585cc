// ParseDiaryJson and ReadEpisodeRecords (diary_json.h), read in one streaming pass with nlohmann's
// SAX interface: episodes go straight from the parser's events into Episode structs, with no DOM to
// build and free (that was most of the time of importing 100,000 episodes). The results match the
// DOM-based reader they replaced, message for message: an object's last repeated key wins,
// unknown keys are reported sorted and once, file problems come before episode problems,
// and a syntax error anywhere is the only problem reported.
//
// Index of this file:
// [SECTION] Helpers and the id index
// [SECTION] The SAX reader
// [SECTION] Keys and values
// [SECTION] Episodes and their problems
// [SECTION] Entry points
#include <algorithm>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/diary/timestamp.h"
#include "core/io/diary_json.h"
#include "core/io/episode_fields.h"
#include "core/io/json_text.h"

namespace core::io {
namespace {

using core::diary::Episode;
using Json = nlohmann::json;
using Kind = JsonField::Kind;

// [SECTION] Helpers and the id index
ImportIssue FileIssue(std::string field, std::string message) {
  return ImportIssue{-1, "file", std::move(field), std::move(message)};
}

// Keys sorted and once each, the order nlohmann's objects iterate in.
void SortUnique(std::vector<std::string>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// Finds repeated ids among the episodes read so far without copying any id: an
// open-addressing table of (hash, index into `episodes`), kept at most half full.
class IdIndex {
 public:
  explicit IdIndex(const std::vector<Episode>& episodes) : episodes_(episodes) {}

  void Reset(std::size_t expected) {
    std::size_t size = 16;
    while (size < expected * 2) size *= 2;
    slots_.assign(size, Slot{});
    count_ = 0;
  }
  // The index of an earlier episode with the same id as episodes[i]; otherwise adds i.
  std::optional<std::size_t> FindOrAdd(std::size_t i) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const std::size_t hash = std::hash<std::string_view>{}(episodes_[i].id);
    Slot* slot = Probe(hash, episodes_[i].id);
    if (slot->used) return slot->index;
    *slot = Slot{hash, i, true};
    ++count_;
    return std::nullopt;
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::size_t index = 0;
    bool used = false;
  };
  // The slot holding `id`, or the empty slot where it belongs.
  Slot* Probe(std::size_t hash, std::string_view id) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (!slot.used || (slot.hash == hash && episodes_[slot.index].id == id)) return &slot;
    }
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(16, old.size() * 2), Slot{});
    for (const Slot& slot : old) {
      if (slot.used) *Probe(slot.hash, episodes_[slot.index].id) = slot;
    }
  }

  const std::vector<Episode>& episodes_;
  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

// The SAX handler. sax_parse() takes it as a template argument (no virtual calls). Only
// parse_error() returns false, so the parser always either reads the whole text or stops at
// its first syntax error.
// [SECTION] The SAX reader
class DiaryReader {
 public:
  // kDiaryFile: the export format, an object holding "episodes". kRecordList: a bare list of
  // stored records; every valid one is kept, and problems are located by the record's id.
  enum class Root : std::uint8_t { kDiaryFile, kRecordList };

  DiaryReader(std::size_t text_size, Root root)
      : root_(root), expected_episodes_(text_size / 320), ids_(episodes_.episodes) {}
  DiaryReader(const DiaryReader&) = delete;  // ids_ points into this object
  DiaryReader& operator=(const DiaryReader&) = delete;

  bool null() {
    Scalar(Kind::kNull);
    return true;
  }
  bool boolean(bool value) {
    if (JsonField* target = Scalar(Kind::kBoolean)) target->boolean = value;
    return true;
  }
  bool number_integer(Json::number_integer_t value) {
    if (JsonField* target = Scalar(Kind::kInteger)) target->integer = value;
    return true;
  }
  bool number_unsigned(Json::number_unsigned_t value) {
    // Clamped like JsonInteger(), so a huge number still fails the range checks.
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (JsonField* target = Scalar(Kind::kInteger))
      target->integer = value > kMax ? std::numeric_limits<std::int64_t>::max()
                                     : static_cast<std::int64_t>(value);
    return true;
  }
  bool number_float(Json::number_float_t, const Json::string_t&) {
    Scalar(Kind::kFloat);
    return true;
  }
  bool string(Json::string_t& value) {
    // A copy, not a move: the parser's buffer keeps its capacity for the next token, and
    // the field's text moves on into the Episode, so each long string is allocated once.
    if (JsonField* target = Scalar(Kind::kString)) target->text.assign(value);
    return true;
  }
  bool binary(Json::binary_t&) {  // JSON text has none
    Scalar(Kind::kObject);
    return true;
  }
  bool start_object(std::size_t) { return StartContainer(Kind::kObject); }
  bool start_array(std::size_t) { return StartContainer(Kind::kArray); }
  bool end_object() { return EndContainer(); }
  bool end_array() { return EndContainer(); }
  bool key(Json::string_t& key);
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    syntax_error_at_ = position;
    return false;
  }

  ParsedEpisodes Finish();

 private:
  // The containers being read; anything deeper is skipped by counting (skip_depth_).
  enum class Context : std::uint8_t { kRoot, kEpisodes, kEpisode, kTriggers };

  JsonField* Scalar(Kind kind);
  bool StartContainer(Kind kind);
  bool EndContainer();
  void StartEpisodes();
  void NotAnObject();
  void FinishEpisode();
  std::string RecordId() const;

  Root root_;
  std::vector<Context> stack_;
  std::size_t skip_depth_ = 0;  // containers open inside one being skipped
  std::optional<std::size_t> syntax_error_at_;
  bool root_is_object_ = false;

  // The top level: the value of the current key goes to root_target_ (null: unknown key).
  JsonField format_, version_, exported_at_, episodes_value_;
  std::vector<std::string> root_unknown_keys_;
  JsonField* root_target_ = nullptr;

  // The episodes list: the current episode's fields and where its current key's value goes.
  std::size_t expected_episodes_;
  EpisodeFields fields_;
  JsonField* field_target_ = nullptr;
  int index_ = 0;             // of the current element in "episodes"
  ParsedEpisodes episodes_;   // valid episodes so far and the problems of the others
  std::vector<int> indexes_;  // each stored episode's index in "episodes"
  IdIndex ids_;
  std::vector<core::diary::FieldError> errors_;
};

// [SECTION] Keys and values
bool DiaryReader::key(Json::string_t& key) {
  if (skip_depth_ > 0 || stack_.empty()) return true;
  if (stack_.back() == Context::kRoot) {
    root_target_ = key == "format"        ? &format_
                   : key == "version"     ? &version_
                   : key == "exported_at" ? &exported_at_
                   : key == "episodes"    ? &episodes_value_
                                          : nullptr;
    if (root_target_ == nullptr) root_unknown_keys_.push_back(key);
  } else if (stack_.back() == Context::kEpisode) {
    const auto field = EpisodeFieldFromKey(key);
    field_target_ = field ? &fields_[*field] : nullptr;
    if (!field) fields_.unknown_keys.push_back(key);
  }
  return true;
}

// Stores the kind of a scalar value where it belongs and returns that field so the caller
// can fill in the value; null when the value does not matter.
JsonField* DiaryReader::Scalar(Kind kind) {
  if (skip_depth_ > 0 || stack_.empty()) return nullptr;  // stack_ empty: a non-object root
  JsonField* target = nullptr;
  switch (stack_.back()) {
    case Context::kRoot:
      target = root_target_;
      break;
    case Context::kEpisodes:
      NotAnObject();
      return nullptr;
    case Context::kEpisode:
      target = field_target_;
      break;
    case Context::kTriggers:
      target = &fields_.trigger_items.emplace_back();
      break;
  }
  if (target != nullptr) target->kind = kind;
  return target;
}

bool DiaryReader::StartContainer(Kind kind) {
  if (skip_depth_ > 0) {
    ++skip_depth_;
    return true;
  }
  const bool array = kind == Kind::kArray;
  if (stack_.empty()) {
    root_is_object_ = !array;
    if (array && root_ == Root::kRecordList) {
      StartEpisodes();
      stack_.push_back(Context::kEpisodes);
    } else if (array) {
      skip_depth_ = 1;
    } else {
      stack_.push_back(Context::kRoot);
    }
    return true;
  }
  switch (stack_.back()) {
    case Context::kRoot:
      if (root_target_ == &episodes_value_ && array) {
        StartEpisodes();
        stack_.push_back(Context::kEpisodes);
        return true;
      }
      if (root_target_ != nullptr) root_target_->kind = kind;
      break;
    case Context::kEpisodes:
      if (!array) {
        fields_.Clear();
        field_target_ = nullptr;
        stack_.push_back(Context::kEpisode);
        return true;
      }
      NotAnObject();
      break;
    case Context::kEpisode:
      if (field_target_ == nullptr) break;
      field_target_->kind = kind;
      if (field_target_ == &fields_[EpisodeField::kTriggers] && array) {
        fields_.trigger_items.clear();
        stack_.push_back(Context::kTriggers);
        return true;
      }
      break;
    case Context::kTriggers:
      fields_.trigger_items.emplace_back().kind = kind;
      break;
  }
  skip_depth_ = 1;
  return true;
}

bool DiaryReader::EndContainer() {
  if (skip_depth_ > 0) {
    --skip_depth_;
    return true;
  }
  if (stack_.empty()) return true;
  if (stack_.back() == Context::kEpisode) FinishEpisode();
  stack_.pop_back();
  return true;
}

// A (repeated) "episodes" list starts: the last one given is the one that counts.
// [SECTION] Episodes and their problems
void DiaryReader::StartEpisodes() {
  episodes_value_.kind = Kind::kArray;
  episodes_ = ParsedEpisodes{};
  // Storage names every record it skips; a file's problems are capped for people to read.
  if (root_ == Root::kRecordList) episodes_.stored_issue_limit = std::numeric_limits<int>::max();
  indexes_.clear();
  index_ = 0;
  episodes_.episodes.reserve(expected_episodes_);
  indexes_.reserve(expected_episodes_);
  ids_.Reset(expected_episodes_);
}

std::string Location(int index) {
  return "episodes[" + std::to_string(index) + "]";
}

// The current episode's id when it is a string, else "".
std::string DiaryReader::RecordId() const {
  const JsonField& id = fields_.values[static_cast<std::size_t>(EpisodeField::kId)];
  return id.kind == Kind::kString ? id.text : std::string();
}

void DiaryReader::NotAnObject() {
  episodes_.AddIssue(ImportIssue{index_, Location(index_), "", "must be an object"});
  ++index_;
}

void DiaryReader::FinishEpisode() {
  errors_.clear();
  // Where a problem is, for people: "episodes[3]" in a file, a stored record's id (read
  // before EpisodeFromFields moves the strings out) when it has one.
  const std::string id = root_ == Root::kRecordList ? RecordId() : std::string();
  const auto where = [&] { return id.empty() ? Location(index_) : id; };
  auto episode = EpisodeFromFields(fields_, errors_);
  for (auto& error : errors_)
    episodes_.AddIssue(
        ImportIssue{index_, where(), std::move(error.field), std::move(error.message)});
  if (episode) {
    auto& stored = episodes_.episodes;
    stored.push_back(std::move(*episode));
    if (const auto first = ids_.FindOrAdd(stored.size() - 1)) {
      stored.pop_back();
      episodes_.AddIssue(
          ImportIssue{index_, where(), "id", "same id as " + Location(indexes_[*first])});
    } else {
      indexes_.push_back(index_);
    }
  }
  ++index_;
}

ParsedEpisodes DiaryReader::Finish() {
  ParsedEpisodes result;
  if (syntax_error_at_) {
    result.AddIssue(FileIssue("", JsonSyntaxErrorNear(*syntax_error_at_)));
    return result;
  }
  if (root_ == Root::kRecordList) {
    if (root_is_object_ || episodes_value_.kind != Kind::kArray)
      result.AddIssue(FileIssue("", "must be a JSON list of episode records"));
    else
      result = std::move(episodes_);
    return result;
  }
  if (!root_is_object_) {
    result.AddIssue(FileIssue("", "must be a JSON object with \"format\":\"crampcheck-diary\""));
    return result;
  }
  SortUnique(root_unknown_keys_);
  for (const std::string& key : root_unknown_keys_)
    result.AddIssue(FileIssue(key.substr(0, 40), "is not a known field"));
  if (format_.kind != Kind::kString || format_.text != kDiaryFormat)
    result.AddIssue(FileIssue("format", "must be \"crampcheck-diary\""));
  if (version_.kind != Kind::kInteger || version_.integer != kDiaryVersion)
    result.AddIssue(FileIssue("version", "must be 1 (this app reads version 1 files)"));
  std::string why = "is missing";
  if (exported_at_.kind != Kind::kMissing) why = "must be a string";
  if (exported_at_.kind != Kind::kString ||
      !core::diary::ParseTimestamp(exported_at_.text, core::diary::TimestampKind::kUtc, &why))
    result.AddIssue(FileIssue("exported_at", why));
  if (episodes_value_.kind != Kind::kArray) {
    result.AddIssue(FileIssue("episodes", "must be a list"));
    return result;
  }
  // File problems first, then the episodes' (ParsedEpisodes stores only the first ones).
  const int unstored = episodes_.issue_count - static_cast<int>(episodes_.issues.size());
  for (auto& issue : episodes_.issues) result.AddIssue(std::move(issue));
  result.issue_count += unstored;
  if (result.Ok()) {
    result.episodes = std::move(episodes_.episodes);
    result.rows.assign(indexes_.begin(), indexes_.end());
  }
  return result;
}

}  // namespace

// [SECTION] Entry points
ParsedEpisodes ParseDiaryJson(std::string_view text) {
  DiaryReader reader(text.size(), DiaryReader::Root::kDiaryFile);
  Json::sax_parse(text.begin(), text.end(), &reader);
  return reader.Finish();
}

ParsedEpisodes ReadEpisodeRecords(std::string_view json_list) {
  DiaryReader reader(json_list.size(), DiaryReader::Root::kRecordList);
  Json::sax_parse(json_list.begin(), json_list.end(), &reader);
  return reader.Finish();
}

}  // namespace core::io
