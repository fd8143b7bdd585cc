// The browser's file picker for importing a diary file (file_picker.h), linked with
// --js-library. The file is read here, on this device; nothing is uploaded anywhere.
// Answers through _crampcheck_file_opened(name, bytes, size) or
// _crampcheck_file_failed(name, problem, size, errorName) (problem: 1 too big, 2 no memory,
// 3 unreadable; the app words it in the person's language); a cancelled picker answers nothing.

var LibraryCrampCheckFilePicker = {
  crampcheck_pick_file__deps: ['malloc', 'free', '$stringToNewUTF8'],
  crampcheck_pick_file: function (max_bytes) {
    var call = function (fn, name, data, size) {
      var namePtr = stringToNewUTF8(name);
      try {
        fn(namePtr, data, size);
      } finally {
        _free(namePtr);
      }
    };
    var failed = function (name, problem, size, errorName) {
      var errorPtr = stringToNewUTF8(String(errorName || ''));
      try {
        call(function (n) { _crampcheck_file_failed(n, problem, size, errorPtr); }, name, 0, 0);
      } finally {
        _free(errorPtr);
      }
    };
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.csv,application/json,text/csv';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      // Checked before reading: a wrong pick (a video) must not fill the memory.
      if (file.size > max_bytes) return failed(file.name, 1, file.size, '');
      file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var data = _malloc(Math.max(bytes.length, 1));
        if (!data) return failed(file.name, 2, bytes.length, '');
        HEAPU8.set(bytes, data);
        try {
          call(_crampcheck_file_opened, file.name, data, bytes.length);
        } finally {
          _free(data);
        }
      }, function (error) {
        failed(file.name, 3, file.size, error && error.name);
      });
    });
    input.addEventListener('cancel', function () { input.remove(); });
    document.body.appendChild(input);
    input.click();
  },
};

mergeInto(LibraryManager.library, LibraryCrampCheckFilePicker);
