// The browser's file picker for importing a diary file (file_picker.h), linked with
// --js-library. The file is read here, on this device; nothing is uploaded anywhere.
// Answers through _crampcheck_file_opened(name, bytes, size) or
// _crampcheck_file_failed(name, why); a cancelled picker answers nothing.

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
    var failed = function (name, why) {
      var whyPtr = stringToNewUTF8(why);
      try {
        call(function (n) { _crampcheck_file_failed(n, whyPtr); }, name, 0, 0);
      } finally {
        _free(whyPtr);
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
      if (file.size > max_bytes) {
        var mb = Math.ceil(file.size / (1024 * 1024));
        return failed(file.name, 'The file is ' + mb + ' MB; CrampCheck imports files up to ' +
                                 Math.floor(max_bytes / (1024 * 1024)) + ' MB.');
      }
      file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var data = _malloc(Math.max(bytes.length, 1));
        if (!data) return failed(file.name, 'There is not enough memory to read it.');
        HEAPU8.set(bytes, data);
        try {
          call(_crampcheck_file_opened, file.name, data, bytes.length);
        } finally {
          _free(data);
        }
      }, function (error) {
        failed(file.name, 'The browser could not read it (' + (error && error.name) + ').');
      });
    });
    input.addEventListener('cancel', function () { input.remove(); });
    document.body.appendChild(input);
    input.click();
  },
};

mergeInto(LibraryManager.library, LibraryCrampCheckFilePicker);
