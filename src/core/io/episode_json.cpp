#include "core/io/episode_json.h"

#include <limits>

#include "core/io/json_text.h"

namespace core::io {

using core::diary::Episode;
using core::diary::FieldError;

void AppendEpisodeJson(std::string& out, const Episode& e) {
  out += "{\"id\":";
  AppendJsonString(out, e.id);
  out += ",\"started_at\":";
  AppendJsonString(out, e.started_at);
  out += ",\"duration_s\":";
  out += std::to_string(e.duration_s);
  out += ",\"muscle\":\"";
  out += Name(e.muscle);
  out += "\",\"side\":\"";
  out += Name(e.side);
  out += "\",\"pain\":";
  out += std::to_string(e.pain);
  out += ",\"woke_from_sleep\":";
  out += e.woke_from_sleep ? "true" : "false";
  out += ",\"triggers\":[";
  bool first = true;
  for (const auto trigger : core::diary::kAllTriggers) {
    if (!e.triggers.Has(trigger)) continue;
    if (!first) out += ',';
    first = false;
    out += '"';
    out += Name(trigger);
    out += '"';
  }
  out += "],\"relief\":\"";
  out += Name(e.relief);
  out += "\",\"relief_helped\":";
  out += e.relief_helped ? (*e.relief_helped ? "true" : "false") : "null";
  out += ",\"notes\":";
  AppendJsonString(out, e.notes);
  out += ",\"created_at\":";
  AppendJsonString(out, e.created_at);
  out += ",\"updated_at\":";
  AppendJsonString(out, e.updated_at);
  out += '}';
}

std::string EpisodeToJson(const Episode& episode) {
  std::string out;
  AppendEpisodeJson(out, episode);
  return out;
}

namespace {

constexpr const char* kFields[] = {"id",        "started_at",    "duration_s",      "muscle",
                                   "side",      "pain",          "woke_from_sleep", "triggers",
                                   "relief",    "relief_helped", "notes",           "created_at",
                                   "updated_at"};

bool KnownField(const std::string& key) {
  for (const char* field : kFields) {
    if (key == field) return true;
  }
  return false;
}

class Reader {
 public:
  Reader(const nlohmann::json& object, std::vector<FieldError>& errors)
      : object_(object), errors_(errors) {}

  const nlohmann::json* Get(const char* field, bool required) {
    const auto it = object_.find(field);
    if (it == object_.end()) {
      if (required) Fail(field, "is missing");
      return nullptr;
    }
    return &*it;
  }
  void String(const char* field, std::string& out) {
    const nlohmann::json* v = Get(field, true);
    if (v == nullptr) return;
    if (!v->is_string()) return Fail(field, "must be a string");
    out = v->get_ref<const std::string&>();
  }
  void Int(const char* field, int& out) {
    const nlohmann::json* v = Get(field, true);
    if (v == nullptr) return;
    const auto value = JsonInteger(*v);
    if (!value) return Fail(field, "must be a whole number");
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
      return Fail(field, "is out of range");
    out = static_cast<int>(*value);
  }
  template <typename E, typename Parse>
  void Choice(const char* field, E& out, Parse parse) {
    const nlohmann::json* v = Get(field, true);
    if (v == nullptr) return;
    if (!v->is_string()) return Fail(field, "must be a string");
    const auto parsed = parse(v->get_ref<const std::string&>());
    if (!parsed)
      return Fail(field, "unknown value \"" + Shorten(v->get_ref<const std::string&>()) + "\"");
    out = *parsed;
  }
  void Fail(const char* field, std::string message) {
    errors_.push_back(FieldError{field, std::move(message)});
  }
  static std::string Shorten(const std::string& text) {
    return text.size() <= 40 ? text : text.substr(0, 40) + "...";
  }

 private:
  const nlohmann::json& object_;
  std::vector<FieldError>& errors_;
};

}  // namespace

std::optional<Episode> EpisodeFromJson(const nlohmann::json& value,
                                       std::vector<FieldError>& errors) {
  if (!value.is_object()) {
    errors.push_back(FieldError{"", "must be an object"});
    return std::nullopt;
  }
  const std::size_t errors_before = errors.size();
  for (const auto& item : value.items()) {
    if (!KnownField(item.key()))
      errors.push_back(FieldError{Reader::Shorten(item.key()), "is not a known field"});
  }
  Episode e;
  Reader r(value, errors);
  r.String("id", e.id);
  r.String("started_at", e.started_at);
  r.Int("duration_s", e.duration_s);
  r.Choice("muscle", e.muscle, core::diary::ParseMuscle);
  r.Choice("side", e.side, core::diary::ParseSide);
  r.Int("pain", e.pain);
  if (const nlohmann::json* v = r.Get("woke_from_sleep", true)) {
    if (v->is_boolean())
      e.woke_from_sleep = v->get<bool>();
    else
      r.Fail("woke_from_sleep", "must be true or false");
  }
  if (const nlohmann::json* v = r.Get("triggers", false)) {
    if (!v->is_array()) {
      r.Fail("triggers", "must be a list");
    } else {
      for (const auto& item : *v) {
        const auto trigger = item.is_string()
                                 ? core::diary::ParseTrigger(item.get_ref<const std::string&>())
                                 : std::nullopt;
        if (!trigger) {
          r.Fail("triggers", item.is_string()
                                 ? "unknown trigger \"" +
                                       Reader::Shorten(item.get_ref<const std::string&>()) + "\""
                                 : "must hold strings");
        } else if (e.triggers.Has(*trigger)) {
          r.Fail("triggers", std::string("lists ") + Name(*trigger) + " twice");
        } else {
          e.triggers.Add(*trigger);
        }
      }
    }
  }
  r.Choice("relief", e.relief, core::diary::ParseRelief);
  if (const nlohmann::json* v = r.Get("relief_helped", false)) {
    if (v->is_boolean())
      e.relief_helped = v->get<bool>();
    else if (!v->is_null())
      r.Fail("relief_helped", "must be true, false or null");
  }
  if (const nlohmann::json* v = r.Get("notes", false)) {
    if (v->is_string())
      e.notes = v->get_ref<const std::string&>();
    else
      r.Fail("notes", "must be a string");
  }
  r.String("created_at", e.created_at);
  r.String("updated_at", e.updated_at);
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
