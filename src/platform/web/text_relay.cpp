#include "text_relay.h"

#include <emscripten.h>

#include "app/text_entry/text_entry.h"

// library_text_relay.js
extern "C" void crampcheck_text_relay_edit(unsigned int field_id, int kind, float x, float y,
                                           float width, float line_height);
extern "C" void crampcheck_text_relay_stop();

namespace platform {
namespace {

TextRelay* g_relay = nullptr;  // the page has one keyboard

int KindCode(app::text_entry::FieldKind kind) {
  switch (kind) {
    case app::text_entry::FieldKind::kNumber:
      return 1;
    case app::text_entry::FieldKind::kMultiline:
      return 2;
    case app::text_entry::FieldKind::kText:
      break;
  }
  return 0;
}

void WakeRelay(int events) {
  if (g_relay != nullptr) g_relay->Wake(events);
}

}  // namespace

TextRelay::TextRelay(std::function<void(int events)> wake) : wake_(std::move(wake)) {
  g_relay = this;
}

TextRelay::~TextRelay() {
  if (g_relay == this) g_relay = nullptr;
}

void TextRelay::AfterFrame() {
  const auto field = app::text_entry::FindActiveField();
  if (field) {
    crampcheck_text_relay_edit(field->id, KindCode(field->kind), field->x, field->y, field->width,
                               field->line_height);
  } else if (editing_) {
    crampcheck_text_relay_stop();
  }
  editing_ = field.has_value();
}

void TextRelay::Wake(int events) const {
  if (wake_) wake_(events);
}

}  // namespace platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void crampcheck_relay_text(const char* utf8) {
  app::text_entry::TypeText(utf8 != nullptr ? utf8 : "");
  platform::WakeRelay(1);  // a text's characters are taken in together
}

// 1 when the key edits the field (the page then keeps it from the browser), else 0.
EMSCRIPTEN_KEEPALIVE int crampcheck_relay_key(const char* dom_key, int shift, int ctrl) {
  if (!app::text_entry::PressKey(dom_key != nullptr ? dom_key : "", shift != 0, ctrl != 0))
    return 0;
  platform::WakeRelay(2);  // the key's press, then its release (trickled: two frames)
  return 1;
}

EMSCRIPTEN_KEEPALIVE void crampcheck_relay_closed() {
  app::text_entry::StopEditing();
  platform::WakeRelay(0);
}

}  // extern "C"
