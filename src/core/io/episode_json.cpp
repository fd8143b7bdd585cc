#include "core/io/episode_json.h"

#include "core/io/episode_fields.h"
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
  out += e.pain ? std::to_string(*e.pain) : "null";
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
  out += "],\"relief\":";
  if (e.relief) {
    out += '"';
    out += Name(*e.relief);
    out += '"';
  } else {
    out += "null";  // not answered
  }
  out += ",\"relief_helped\":";
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

JsonField Summarize(const nlohmann::json& value) {
  JsonField field;
  if (value.is_string()) {
    field.kind = JsonField::Kind::kString;
    field.text = value.get_ref<const std::string&>();
  } else if (const auto integer = JsonInteger(value)) {
    field.kind = JsonField::Kind::kInteger;
    field.integer = *integer;
  } else if (value.is_boolean()) {
    field.kind = JsonField::Kind::kBoolean;
    field.boolean = value.get<bool>();
  } else if (value.is_number()) {
    field.kind = JsonField::Kind::kFloat;
  } else if (value.is_null()) {
    field.kind = JsonField::Kind::kNull;
  } else if (value.is_array()) {
    field.kind = JsonField::Kind::kArray;
  } else {
    field.kind = JsonField::Kind::kObject;  // objects, and binary (never made by the parser)
  }
  return field;
}

}  // namespace

std::optional<Episode> EpisodeFromJson(const nlohmann::json& value,
                                       std::vector<FieldError>& errors) {
  if (!value.is_object()) {
    errors.push_back(FieldError{"", "must be an object"});
    return std::nullopt;
  }
  EpisodeFields fields;
  for (const auto& item : value.items()) {
    const auto field = EpisodeFieldFromKey(item.key());
    if (!field) {
      fields.unknown_keys.push_back(item.key());
      continue;
    }
    fields[*field] = Summarize(item.value());
    if (*field == EpisodeField::kTriggers && item.value().is_array()) {
      for (const auto& trigger : item.value()) fields.trigger_items.push_back(Summarize(trigger));
    }
  }
  return EpisodeFromFields(fields, errors);
}

}  // namespace core::io
