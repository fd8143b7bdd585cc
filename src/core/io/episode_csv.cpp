#include "core/io/episode_csv.h"

#include <array>
#include <charconv>
#include <unordered_map>

#include "core/diary/episode_validation.h"
#include "core/io/csv.h"

namespace core::io {

using core::diary::Episode;

namespace {

enum Column {
  kId,
  kStartedAt,
  kDurationS,
  kMuscle,
  kSide,
  kPain,
  kWokeFromSleep,
  kTriggers,
  kRelief,
  kReliefHelped,
  kNotes,
  kCreatedAt,
  kUpdatedAt,
  kColumnCount
};
constexpr std::array<const char*, kColumnCount> kColumns = {
    "id",    "started_at",      "duration_s", "muscle", "side",
    "pain",  "woke_from_sleep", "triggers",   "relief", "relief_helped",
    "notes", "created_at",      "updated_at"};

std::string JoinTriggers(core::diary::TriggerSet triggers) {
  std::string text;
  for (const auto trigger : core::diary::kAllTriggers) {
    if (!triggers.Has(trigger)) continue;
    if (!text.empty()) text += ';';
    text += Name(trigger);
  }
  return text;
}

}  // namespace

std::string ExportDiaryCsv(const std::vector<Episode>& episodes) {
  std::string out;
  out.reserve(128 + episodes.size() * 200);
  AppendCsvRecord(out, std::vector<std::string>(kColumns.begin(), kColumns.end()));
  std::vector<std::string> cells(kColumnCount);
  for (const Episode& e : episodes) {
    cells[kId] = e.id;
    cells[kStartedAt] = e.started_at;
    cells[kDurationS] = std::to_string(e.duration_s);
    cells[kMuscle] = Name(e.muscle);
    cells[kSide] = Name(e.side);
    cells[kPain] = e.pain ? std::to_string(*e.pain) : "";  // empty: not rated
    cells[kWokeFromSleep] = e.woke_from_sleep ? "true" : "false";
    cells[kTriggers] = JoinTriggers(e.triggers);
    cells[kRelief] = e.relief ? Name(*e.relief) : "";
    cells[kReliefHelped] = e.relief_helped ? (*e.relief_helped ? "true" : "false") : "";
    cells[kNotes] = e.notes;
    cells[kCreatedAt] = e.created_at;
    cells[kUpdatedAt] = e.updated_at;
    AppendCsvRecord(out, cells);
  }
  return out;
}

namespace {

std::string Shorten(const std::string& text) {
  return text.size() <= 40 ? text : text.substr(0, 40) + "...";
}

bool ParseInt(const std::string& text, int& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && !text.empty();
}

// Fills `e` from one record; appends problems to `errors`.
void ReadRecord(const std::vector<std::string>& cells, const std::array<int, kColumnCount>& at,
                Episode& e, std::vector<core::diary::FieldError>& errors) {
  auto cell = [&](Column c) -> const std::string& {
    return cells[static_cast<std::size_t>(at[c])];
  };
  auto fail = [&](Column c, std::string message) {
    errors.push_back({kColumns[c], std::move(message)});
  };
  e.id = cell(kId);
  e.started_at = cell(kStartedAt);
  if (!ParseInt(cell(kDurationS), e.duration_s)) fail(kDurationS, "must be a whole number");
  if (auto m = core::diary::ParseMuscle(cell(kMuscle)))
    e.muscle = *m;
  else
    fail(kMuscle, "unknown value \"" + Shorten(cell(kMuscle)) + "\"");
  if (auto s = core::diary::ParseSide(cell(kSide)))
    e.side = *s;
  else
    fail(kSide, "unknown value \"" + Shorten(cell(kSide)) + "\"");
  if (!cell(kPain).empty()) {
    int pain = 0;
    if (ParseInt(cell(kPain), pain))
      e.pain = pain;
    else
      fail(kPain, "must be a whole number or empty");
  }
  const std::string& woke = cell(kWokeFromSleep);
  if (woke == "true" || woke == "false")
    e.woke_from_sleep = woke == "true";
  else
    fail(kWokeFromSleep, "must be true or false");
  std::string_view triggers = cell(kTriggers);
  while (!triggers.empty()) {
    const std::size_t end = triggers.find(';');
    const std::string_view name = triggers.substr(0, end);
    const auto trigger = core::diary::ParseTrigger(name);
    if (!trigger)
      fail(kTriggers, "unknown trigger \"" + Shorten(std::string(name)) + "\"");
    else if (e.triggers.Has(*trigger))
      fail(kTriggers, std::string("lists ") + Name(*trigger) + " twice");
    else
      e.triggers.Add(*trigger);
    if (end == std::string_view::npos) break;
    triggers.remove_prefix(end + 1);
    if (triggers.empty()) fail(kTriggers, "ends with ';'");
  }
  if (cell(kRelief).empty())
    e.relief = std::nullopt;  // not answered
  else if (auto r = core::diary::ParseRelief(cell(kRelief)))
    e.relief = *r;
  else
    fail(kRelief, "unknown value \"" + Shorten(cell(kRelief)) + "\"");
  const std::string& helped = cell(kReliefHelped);
  if (helped == "true" || helped == "false")
    e.relief_helped = helped == "true";
  else if (!helped.empty())
    fail(kReliefHelped, "must be true, false or empty");
  e.notes = cell(kNotes);
  e.created_at = cell(kCreatedAt);
  e.updated_at = cell(kUpdatedAt);
}

}  // namespace

ParsedEpisodes ParseDiaryCsv(std::string_view text) {
  ParsedEpisodes result;
  CsvTable table = ParseCsv(text);
  if (table.error) {
    result.AddIssue(ImportIssue{-1, "file", "", *table.error});
    return result;
  }
  if (table.records.empty()) {
    result.AddIssue(ImportIssue{-1, "file", "", "empty file: expected a header line"});
    return result;
  }
  std::array<int, kColumnCount> at;
  at.fill(-1);
  const CsvRecord& header = table.records.front();
  const std::string header_location = "line " + std::to_string(header.line);
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    int column = -1;
    for (int c = 0; c < kColumnCount; ++c) {
      if (header.cells[i] == kColumns[static_cast<std::size_t>(c)]) column = c;
    }
    if (column < 0) {
      result.AddIssue(
          {header.line, header_location, Shorten(header.cells[i]), "is not a known column"});
    } else if (at[static_cast<std::size_t>(column)] >= 0) {
      result.AddIssue({header.line, header_location, header.cells[i], "appears twice"});
    } else {
      at[static_cast<std::size_t>(column)] = static_cast<int>(i);
    }
  }
  for (int c = 0; c < kColumnCount; ++c) {
    if (at[static_cast<std::size_t>(c)] < 0)
      result.AddIssue({header.line, header_location, kColumns[static_cast<std::size_t>(c)],
                       "column is missing"});
  }
  if (!result.Ok()) return result;

  std::unordered_map<std::string, int> first_line;
  std::vector<core::diary::FieldError> errors;
  result.episodes.reserve(table.records.size() - 1);
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const CsvRecord& record = table.records[r];
    const std::string location = "line " + std::to_string(record.line);
    if (record.cells.size() != header.cells.size()) {
      result.AddIssue({record.line, location, "",
                       "has " + std::to_string(record.cells.size()) + " cells, the header has " +
                           std::to_string(header.cells.size())});
      continue;
    }
    Episode e;
    errors.clear();
    ReadRecord(record.cells, at, e, errors);
    const std::size_t shape_errors = errors.size();
    for (auto& error : core::diary::ValidateEpisode(e)) {
      bool already = false;
      for (std::size_t i = 0; i < shape_errors; ++i)
        already = already || errors[i].field == error.field;
      if (!already) errors.push_back(std::move(error));
    }
    for (auto& error : errors)
      result.AddIssue({record.line, location, std::move(error.field), std::move(error.message)});
    if (!errors.empty()) continue;
    const auto [it, inserted] = first_line.emplace(e.id, record.line);
    if (!inserted) {
      result.AddIssue(
          {record.line, location, "id", "same id as line " + std::to_string(it->second)});
      continue;
    }
    result.episodes.push_back(std::move(e));
    result.rows.push_back(record.line);
  }
  if (!result.Ok()) {
    result.episodes.clear();
    result.rows.clear();
  }
  return result;
}

}  // namespace core::io
