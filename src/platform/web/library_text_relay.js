// The on-screen keyboard for a canvas (src/app/text_entry/text_entry.h, text_relay.cpp),
// linked with --js-library. While an ImGui field is edited, an invisible <input> (a
// <textarea> for notes) sits at its text cursor and has the focus, so a phone opens its
// keyboard and an IME its candidate window there. What the input receives goes to ImGui and
// the input is emptied again:
//   committed text (typed, pasted, an IME composition ended) -> _crampcheck_relay_text
//   editing keys (Backspace, Enter, arrows, Ctrl+A/C/X/Z/Y)  -> _crampcheck_relay_key
//   the input lost the focus without the app asking           -> _crampcheck_relay_closed
// While a composition runs its text is shown in the input itself (style.css: .composing),
// and reaches the field only once committed. Keys aimed at the input never reach SDL's
// listeners on window (stopPropagation), so nothing is typed twice.

var LibraryCrampCheckTextRelay = {
  $crampcheckTextRelay__deps: ['malloc', 'free', '$stringToNewUTF8'],
  $crampcheckTextRelay: {
    line: null,       // <input>: one line of text or a number
    notes: null,      // <textarea>: multiline fields
    active: null,     // the one with the focus while a field is edited
    fieldId: 0,
    composing: false,
    blurring: false,  // the app itself takes the focus away: not a closed keyboard

    withText: function (text, fn) {
      var pointer = stringToNewUTF8(text);
      try {
        return fn(pointer);
      } finally {
        _free(pointer);
      }
    },

    // Whatever the input holds now is committed text: relay it and empty the input.
    flush: function (element) {
      var text = element.value;
      if (!text) return;
      element.value = '';
      crampcheckTextRelay.withText(text, function (pointer) { _crampcheck_relay_text(pointer); });
    },

    key: function (name, shift, ctrl) {
      return crampcheckTextRelay.withText(name, function (pointer) {
        return _crampcheck_relay_key(pointer, shift ? 1 : 0, ctrl ? 1 : 0);
      }) !== 0;
    },

    make: function (tag) {
      var relay = crampcheckTextRelay;
      var element = document.createElement(tag);
      element.className = 'text-relay';
      element.tabIndex = -1;
      element.setAttribute('autocomplete', 'off');
      element.setAttribute('spellcheck', 'false');
      element.setAttribute('aria-hidden', 'true');
      var keep = function (event) { event.stopPropagation(); };
      element.addEventListener('keydown', function (event) {
        event.stopPropagation();
        // 229: the key belongs to a composition (Android's keyboards send it for most keys).
        if (event.isComposing || relay.composing || event.keyCode === 229) return;
        if (relay.key(event.key, event.shiftKey, event.ctrlKey || event.metaKey)) event.preventDefault();
      });
      element.addEventListener('keypress', keep);
      element.addEventListener('keyup', keep);
      // A phone's keyboard deletes and breaks lines without a key event of its own.
      element.addEventListener('beforeinput', function (event) {
        if (event.isComposing || relay.composing) return;
        var key = {deleteContentBackward: 'Backspace', deleteContentForward: 'Delete',
                   insertLineBreak: 'Enter', insertParagraph: 'Enter'}[event.inputType];
        if (!key) return;
        event.preventDefault();
        relay.key(key, false, false);
      });
      element.addEventListener('input', function (event) {
        if (event.isComposing || relay.composing) return;
        relay.flush(element);
      });
      element.addEventListener('compositionstart', function () {
        relay.composing = true;
        element.classList.add('composing');
      });
      element.addEventListener('compositionend', function () {
        relay.composing = false;
        element.classList.remove('composing');
        relay.flush(element);
      });
      element.addEventListener('blur', function () {
        if (relay.blurring || relay.active !== element) return;
        relay.flush(element);  // a composition cut short still counts
        relay.active = null;
        relay.composing = false;
        element.classList.remove('composing');
        _crampcheck_relay_closed();
      });
      document.body.appendChild(element);
      return element;
    },

    release: function (element) {
      var relay = crampcheckTextRelay;
      relay.blurring = true;
      try {
        element.blur();
      } finally {
        relay.blurring = false;
      }
      element.value = '';
      element.classList.remove('composing');
      relay.composing = false;
    },
  },

  // kind: 0 text, 1 number, 2 multiline (app::text_entry::FieldKind). Called after each frame
  // in which a field is edited; cheap when nothing changed.
  crampcheck_text_relay_edit__deps: ['$crampcheckTextRelay'],
  crampcheck_text_relay_edit: function (field_id, kind, x, y, width, line_height) {
    var relay = crampcheckTextRelay;
    if (!relay.line) {
      relay.line = relay.make('input');
      relay.notes = relay.make('textarea');
    }
    var element = kind === 2 ? relay.notes : relay.line;
    if (relay.active && relay.active !== element) {
      relay.release(relay.active);
    } else if (relay.active && relay.fieldId !== field_id) {
      element.value = '';  // another field of the same kind: the keyboard stays open
    }
    if (kind !== 2) element.setAttribute('inputmode', kind === 1 ? 'numeric' : 'text');
    element.setAttribute('enterkeyhint', kind === 2 ? 'enter' : 'done');
    element.setAttribute('autocapitalize', kind === 0 || kind === 2 ? 'sentences' : 'off');
    // Where the text cursor is; at least 16 px text, or iOS zooms the page on focus.
    element.style.left = x + 'px';
    element.style.top = y + 'px';
    element.style.width = width + 'px';
    element.style.height = line_height + 'px';
    element.style.fontSize = Math.max(16, line_height * 0.8) + 'px';
    relay.active = element;
    relay.fieldId = field_id;
    if (document.activeElement !== element) element.focus({preventScroll: true});
  },

  // No field is edited any more: the keyboard closes.
  crampcheck_text_relay_stop__deps: ['$crampcheckTextRelay'],
  crampcheck_text_relay_stop: function () {
    var relay = crampcheckTextRelay;
    if (!relay.active) return;
    var element = relay.active;
    relay.active = null;
    relay.release(element);
  },
};

mergeInto(LibraryManager.library, LibraryCrampCheckTextRelay);
