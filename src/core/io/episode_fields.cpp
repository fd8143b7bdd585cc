#include "core/io/episode_fields.h"

#include <algorithm>
#include <limits>

namespace core::io {

using core::diary::Episode;
using core::diary::FieldError;
using Kind = JsonField::Kind;

namespace {

constexpr std::array<std::string_view, kEpisodeFieldCount> kFieldNames = {
    "id",    "started_at",      "duration_s", "muscle", "side",
    "pain",  "woke_from_sleep", "triggers",   "relief", "relief_helped",
    "notes", "created_at",      "updated_at"};

std::string Shorten(const std::string& text) {
  return text.size() <= 40 ? text : text.substr(0, 40) + "...";
}

// Reads the fields in contract order, recording each problem under the field's name.
class Reader {
 public:
  Reader(EpisodeFields& fields, std::vector<FieldError>& errors)
      : fields_(fields), errors_(errors) {}

  // The value of `field`, or nullptr (and "is missing" when required) when it is absent.
  JsonField* Get(EpisodeField field, bool required) {
    JsonField& value = fields_[field];
    if (value.kind == Kind::kMissing) {
      if (required) Fail(field, "is missing");
      return nullptr;
    }
    return &value;
  }
  void String(EpisodeField field, std::string& out) {
    JsonField* v = Get(field, true);
    if (v == nullptr) return;
    if (v->kind != Kind::kString) return Fail(field, "must be a string");
    out = std::move(v->text);
  }
  // True when `out` was set.
  bool Int(EpisodeField field, int& out) {
    const JsonField* v = Get(field, true);
    if (v == nullptr) return false;
    if (v->kind != Kind::kInteger) {
      Fail(field, field == EpisodeField::kPain ? "must be a whole number or null"
                                               : "must be a whole number");
      return false;
    }
    if (v->integer < std::numeric_limits<int>::min() ||
        v->integer > std::numeric_limits<int>::max()) {
      Fail(field, "is out of range");
      return false;
    }
    out = static_cast<int>(v->integer);
    return true;
  }
  template <typename E, typename Parse>
  void Choice(EpisodeField field, E& out, Parse parse) {
    const JsonField* v = Get(field, true);
    if (v == nullptr) return;
    if (v->kind != Kind::kString) return Fail(field, "must be a string");
    const auto parsed = parse(v->text);
    if (!parsed) return Fail(field, "unknown value \"" + Shorten(v->text) + "\"");
    out = *parsed;
  }
  void Fail(EpisodeField field, std::string message) {
    errors_.push_back(
        FieldError{std::string(kFieldNames[static_cast<std::size_t>(field)]), std::move(message)});
  }

 private:
  EpisodeFields& fields_;
  std::vector<FieldError>& errors_;
};

void ReadTriggers(Reader& r, const std::vector<JsonField>& items, Episode& e) {
  for (const JsonField& item : items) {
    const auto trigger =
        item.kind == Kind::kString ? core::diary::ParseTrigger(item.text) : std::nullopt;
    if (!trigger) {
      r.Fail(EpisodeField::kTriggers, item.kind == Kind::kString
                                          ? "unknown trigger \"" + Shorten(item.text) + "\""
                                          : "must hold strings");
    } else if (e.triggers.Has(*trigger)) {
      r.Fail(EpisodeField::kTriggers, std::string("lists ") + Name(*trigger) + " twice");
    } else {
      e.triggers.Add(*trigger);
    }
  }
}

}  // namespace

std::optional<EpisodeField> EpisodeFieldFromKey(std::string_view key) {
  for (std::size_t i = 0; i < kFieldNames.size(); ++i) {
    if (key == kFieldNames[i]) return static_cast<EpisodeField>(i);
  }
  return std::nullopt;
}

void EpisodeFields::Clear() {
  for (JsonField& value : values) value.kind = Kind::kMissing;
  trigger_items.clear();
  unknown_keys.clear();
}

std::optional<Episode> EpisodeFromFields(EpisodeFields& fields, std::vector<FieldError>& errors) {
  const std::size_t errors_before = errors.size();
  if (!fields.unknown_keys.empty()) {
    // nlohmann's objects iterate their keys sorted and once each; report them the same way.
    auto& keys = fields.unknown_keys;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& key : keys)
      errors.push_back(FieldError{Shorten(key), "is not a known field"});
  }
  Episode e;
  Reader r(fields, errors);
  r.String(EpisodeField::kId, e.id);
  r.String(EpisodeField::kStartedAt, e.started_at);
  r.Int(EpisodeField::kDurationS, e.duration_s);
  r.Choice(EpisodeField::kMuscle, e.muscle,
           [](std::string_view t) { return core::diary::ParseMuscle(t); });
  r.Choice(EpisodeField::kSide, e.side,
           [](std::string_view t) { return core::diary::ParseSide(t); });
  if (const JsonField* v = r.Get(EpisodeField::kPain, true);
      v != nullptr && v->kind != Kind::kNull) {
    int pain = 0;
    if (r.Int(EpisodeField::kPain, pain)) e.pain = pain;
  }
  if (const JsonField* v = r.Get(EpisodeField::kWokeFromSleep, true)) {
    if (v->kind == Kind::kBoolean)
      e.woke_from_sleep = v->boolean;
    else
      r.Fail(EpisodeField::kWokeFromSleep, "must be true or false");
  }
  if (const JsonField* v = r.Get(EpisodeField::kTriggers, false)) {
    if (v->kind != Kind::kArray)
      r.Fail(EpisodeField::kTriggers, "must be a list");
    else
      ReadTriggers(r, fields.trigger_items, e);
  }
  // null: not answered; older files always hold a value and read as before.
  if (const JsonField* v = r.Get(EpisodeField::kRelief, true);
      v != nullptr && v->kind != Kind::kNull) {
    if (v->kind != Kind::kString)
      r.Fail(EpisodeField::kRelief, "must be a string or null");
    else if (const auto relief = core::diary::ParseRelief(v->text))
      e.relief = *relief;
    else
      r.Fail(EpisodeField::kRelief, "unknown value \"" + Shorten(v->text) + "\"");
  }
  if (const JsonField* v = r.Get(EpisodeField::kReliefHelped, false)) {
    if (v->kind == Kind::kBoolean)
      e.relief_helped = v->boolean;
    else if (v->kind != Kind::kNull)
      r.Fail(EpisodeField::kReliefHelped, "must be true, false or null");
  }
  if (JsonField* v = r.Get(EpisodeField::kNotes, false)) {
    if (v->kind == Kind::kString)
      e.notes = std::move(v->text);
    else
      r.Fail(EpisodeField::kNotes, "must be a string");
  }
  r.String(EpisodeField::kCreatedAt, e.created_at);
  r.String(EpisodeField::kUpdatedAt, e.updated_at);
  // Rule checks too, for the fields that were readable, so one pass reports everything.
  const std::size_t shape_errors_end = errors.size();
  for (auto& error : core::diary::ValidateEpisode(e)) {
    bool already = false;
    for (std::size_t i = errors_before; i < shape_errors_end; ++i)
      already = already || errors[i].field == error.field;
    if (!already) errors.push_back(std::move(error));
  }
  if (errors.size() != errors_before) return std::nullopt;
  return e;
}

}  // namespace core::io
