// IndexedDB for IndexedDbStorage (indexeddb_storage.h), linked with --js-library.
//
// Database `crampcheck` (DESIGN.md, contract), version = schema version:
//   episodes  keyPath "id"; one record per Episode, a plain object with exactly the
//             contract's field names (the C++ episode JSON, parsed);
//   meta      keyPath "key"; records {key, value} where value is the parsed JSON value:
//             "schema_version" (number, written by the migrations), "settings",
//             "last_triage_answers", ...
// Every write is one readwrite transaction with {durability: 'strict'}; C++ hears back on
// `complete` (committed), or on `abort` with the error mapped to a status. After each
// commit a BroadcastChannel('crampcheck') message tells other tabs to re-read.
// Calls back into C++: _crampcheck_storage_done(id, status, message),
// _crampcheck_storage_loaded(id, status, episodes, episodes_size, rest),
// _crampcheck_storage_changed(status). Status numbers are core::storage::Status: 0 ok,
// 1 unavailable, 2 quota exceeded, 3 version changed, 4 failed, 5 conflict (the message is
// then the stored record's JSON), 6 gone.
//
// Start-up: the database is opened and read as soon as this glue runs (the postset below),
// while the browser is still fetching and compiling the wasm; the app's first Load() takes
// that read. Nothing calls into C++ before that first Load(): a change notice arriving
// earlier only discards the early read, so the app reads afresh.

var LibraryCrampCheckIndexedDb = {
  $CrampIdb__deps: ['$stringToNewUTF8', 'malloc', 'free'],
  $CrampIdb__postset: 'CrampIdb.readEarly();',
  $CrampIdb: {
    SCHEMA_VERSION: 1,
    // MIGRATIONS[v] turns a version v-1 database into version v inside the upgrade
    // transaction. To add version 2: append a function, raise SCHEMA_VERSION, and test
    // it on a version 1 database seeded by a test init script.
    MIGRATIONS: [
      null,
      function (db, tx) {
        if (!db.objectStoreNames.contains('episodes')) db.createObjectStore('episodes', {keyPath: 'id'});
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', {keyPath: 'key'});
      },
    ],
    OPEN_TIMEOUT_MS: 5000,
    db: null,
    state: 'closed',  // closed | opening | open | unavailable | replaced
    unavailable: {status: 1, message: ''},
    waiting: [],      // callbacks for the open database
    channel: null,
    persistence: 0,   // core::storage::Persistence: 0 unknown, 1 persistent, 2 best effort, 3 memory only
    connected: false, // C++ asked for its first load: notices may call into it from now on
    early: null,      // the start-up read: {answer: [status, episodes, rest] or null, use, stale}

    callString: function (fn, id, status, text) {
      var ptr = stringToNewUTF8(String(text));
      try {
        fn(id, status, ptr);
      } finally {
        _free(ptr);
      }
    },
    done: function (id, status, message) {
      CrampIdb.callString(_crampcheck_storage_done, id, status, message || '');
    },
    statusOf: function (error) {
      var name = error && error.name;
      if (name === 'QuotaExceededError') return 2;
      if (name === 'VersionError') return 3;
      if (name === 'InvalidStateError' && CrampIdb.state === 'replaced') return 3;
      return 4;
    },
    messageOf: function (error, doing) {
      var name = error && error.name;
      // "The device is full, so saving the entry failed." (`doing` starts with a capital.)
      if (name === 'QuotaExceededError') return 'The device is full, so ' + doing.charAt(0).toLowerCase() + doing.slice(1) + ' failed.';
      if (name === 'VersionError') return 'A newer CrampCheck is using your diary. Reload to continue.';
      return doing + ' failed: ' + (error ? (error.name + ': ' + error.message) : 'unknown error');
    },
    replacedMessage: 'CrampCheck was updated in another tab. Reload this page to keep saving.',

    upgrade: function (db, tx, oldVersion) {
      for (var v = oldVersion + 1; v <= CrampIdb.SCHEMA_VERSION; ++v) CrampIdb.MIGRATIONS[v](db, tx);
      tx.objectStore('meta').put({key: 'schema_version', value: CrampIdb.SCHEMA_VERSION});
    },
    fail: function (status, message) {
      if (CrampIdb.state !== 'opening') return;
      CrampIdb.state = 'unavailable';
      CrampIdb.unavailable = {status: status, message: message};
      CrampIdb.persistence = 3;
      var waiting = CrampIdb.waiting;
      CrampIdb.waiting = [];
      waiting.forEach(function (use) { use(null); });
    },
    open: function () {
      CrampIdb.state = 'opening';
      var timer = setTimeout(function () {
        CrampIdb.fail(1, 'The browser did not open its storage in time; working in memory.');
      }, CrampIdb.OPEN_TIMEOUT_MS);
      var request;
      try {
        if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is not available');
        request = indexedDB.open('crampcheck', CrampIdb.SCHEMA_VERSION);
      } catch (error) {
        clearTimeout(timer);
        CrampIdb.fail(1, 'This browser does not let CrampCheck store data (' + error.message + '); working in memory.');
        return;
      }
      request.onupgradeneeded = function (event) {
        CrampIdb.upgrade(request.result, request.transaction, event.oldVersion);
      };
      request.onblocked = function () {
        clearTimeout(timer);
        CrampIdb.fail(1, 'Another CrampCheck tab is blocking the storage upgrade; working in memory. Close other tabs and reload.');
      };
      request.onerror = function (event) {
        clearTimeout(timer);
        event.preventDefault();
        var error = request.error;
        var status = error && error.name === 'VersionError' ? 3 : 1;
        CrampIdb.fail(status, status === 3 ? CrampIdb.messageOf(error, '')
                                           : 'The browser refused to open storage (' + (error ? error.name : 'error') + '); working in memory.');
      };
      request.onsuccess = function () {
        clearTimeout(timer);
        var db = request.result;
        if (CrampIdb.state !== 'opening') {  // gave up already (timeout, blocked)
          db.close();
          return;
        }
        db.onversionchange = function () {
          db.close();
          CrampIdb.db = null;
          CrampIdb.state = 'replaced';
          CrampIdb.notify(3);
        };
        CrampIdb.db = db;
        CrampIdb.state = 'open';
        CrampIdb.listen();
        CrampIdb.askPersistence();
        var waiting = CrampIdb.waiting;
        CrampIdb.waiting = [];
        waiting.forEach(function (use) { use(db); });
      };
    },
    // use(db) with the open database, or use(null) when there is none.
    withDb: function (use) {
      if (CrampIdb.state === 'open') return use(CrampIdb.db);
      if (CrampIdb.state === 'unavailable' || CrampIdb.state === 'replaced') return use(null);
      CrampIdb.waiting.push(use);
      if (CrampIdb.state === 'closed') CrampIdb.open();
    },
    noDb: function () {
      if (CrampIdb.state === 'replaced') return {status: 3, message: CrampIdb.replacedMessage};
      return {status: CrampIdb.unavailable.status || 1,
              message: CrampIdb.unavailable.message || 'Storage is unavailable; working in memory.'};
    },
    listen: function () {
      if (typeof BroadcastChannel === 'undefined' || CrampIdb.channel) return;
      CrampIdb.channel = new BroadcastChannel('crampcheck');
      CrampIdb.channel.onmessage = function () {
        if (CrampIdb.state === 'open') CrampIdb.notify(0);
      };
    },
    // Tells C++ the stored data changed (0) or was taken over (3); before C++ is listening,
    // the start-up read may be out of date instead, so it is dropped.
    notify: function (status) {
      if (CrampIdb.connected) return _crampcheck_storage_changed(status);
      if (CrampIdb.early) CrampIdb.early.stale = true;
    },
    askPersistence: function () {
      var storage = navigator.storage;
      if (!storage || !storage.persist || !storage.persisted) {
        CrampIdb.persistence = 2;
        return;
      }
      storage.persisted().then(function (already) {
        return already || storage.persist();
      }).then(function (granted) {
        if (CrampIdb.state === 'open') CrampIdb.persistence = granted ? 1 : 2;
      }, function () {
        if (CrampIdb.state === 'open') CrampIdb.persistence = 2;
      });
    },
    // One readwrite transaction; `body(tx, refuse)` queues the requests. Answers exactly
    // once. A body that reads before it writes returns true and commits itself (a commit
    // now would end the transaction before its write is queued); refuse(status, message)
    // answers and aborts, so nothing is written.
    write: function (id, doing, stores, body) {
      CrampIdb.withDb(function (db) {
        if (!db) {
          var none = CrampIdb.noDb();
          return CrampIdb.done(id, none.status, none.message);
        }
        var answered = false;
        var answer = function (status, message) {
          if (answered) return;
          answered = true;
          CrampIdb.done(id, status, message);
        };
        var tx;
        try {
          tx = db.transaction(stores, 'readwrite', {durability: 'strict'});
          tx.oncomplete = function () {
            if (CrampIdb.channel) CrampIdb.channel.postMessage('changed');
            answer(0, '');
          };
          tx.onabort = function () {
            answer(CrampIdb.statusOf(tx.error), CrampIdb.messageOf(tx.error, doing));
          };
          var refuse = function (status, message) {
            answer(status, message);
            try { tx.abort(); } catch (ignored) {}
          };
          var commitsItself = body(tx, refuse);
          // Every request is queued: commit now instead of after a round trip through the
          // page's event loop, which may be busy drawing.
          if (!commitsItself && tx.commit) tx.commit();
        } catch (error) {
          if (tx) try { tx.abort(); } catch (ignored) {}
          answer(CrampIdb.statusOf(error), CrampIdb.messageOf(error, doing));
        }
      });
    },
    // One JSON text, or null when the value has none (BigInt, cycles: not ours, but possible).
    jsonOf: function (value) {
      try {
        var json = JSON.stringify(value);
        return typeof json === 'string' ? json : null;
      } catch (error) {
        return null;
      }
    },
    // Reads everything in one readonly transaction; answer(status, episodes, rest) with the
    // texts of ReadLoadAnswer (core/storage/stored_records.h), or (status, null, message).
    readAll: function (answerOnce) {
      var answered = false;
      var answer = function (status, episodes, rest) {
        if (answered) return;
        answered = true;
        answerOnce(status, episodes, rest);
      };
      CrampIdb.withDb(function (db) {
        if (!db) {
          var none = CrampIdb.noDb();
          return answer(none.status, null, none.message);
        }
        try {
          var tx = db.transaction(['episodes', 'meta'], 'readonly');
          var values = tx.objectStore('episodes').getAll();
          var meta = tx.objectStore('meta').getAll();
          // Requests finish in order, so both results are in when the last one succeeds; a
          // read needs no commit, and waiting for `complete` costs a round trip.
          meta.onsuccess = function () {
            var records = values.result;
            var unreadable = [];
            // The whole list in one go (the fast path); if one record cannot be expressed
            // as JSON, record by record, so that one spoils nothing else.
            var episodes = CrampIdb.jsonOf(records);
            if (episodes === null) {
              var texts = [];
              records.forEach(function (record) {
                var text = CrampIdb.jsonOf(record);
                if (text === null) unreadable.push(String(record && record.id));
                else texts.push(text);
              });
              episodes = '[' + texts.join(',') + ']';
            }
            var metaPairs = meta.result.map(function (record) {
              return [String(record && record.key), record && 'value' in record ? CrampIdb.jsonOf(record.value) : null];
            });
            answer(0, episodes, JSON.stringify({unreadable: unreadable, meta: metaPairs}));
          };
          tx.onabort = function () {
            answer(CrampIdb.statusOf(tx.error), null, CrampIdb.messageOf(tx.error, 'Reading the diary'));
          };
        } catch (error) {
          answer(CrampIdb.statusOf(error) === 3 ? 3 : 1, null, CrampIdb.messageOf(error, 'Reading the diary'));
        }
      });
    },
    readEarly: function () {
      var early = {answer: null, use: null, stale: false};
      CrampIdb.early = early;
      CrampIdb.readAll(function (status, episodes, rest) {
        early.answer = [status, episodes, rest];
        if (early.use) early.use(status, episodes, rest);
      });
    },
    // A big text into the wasm heap as UTF-8 without the byte-by-byte copy of
    // stringToNewUTF8 (a 10,000-entry diary is 3.4 MB). Returns [pointer, bytes]; free it.
    newUtf8: function (text) {
      if (!CrampIdb.encoder) CrampIdb.encoder = new TextEncoder();
      var capacity = text.length + (text.length >> 3) + 16;
      var ptr = _malloc(capacity);
      var wrote = CrampIdb.encoder.encodeInto(text, HEAPU8.subarray(ptr, ptr + capacity - 1));
      if (wrote.read < text.length) {  // much non-ASCII text: measure it exactly instead
        _free(ptr);
        capacity = lengthBytesUTF8(text) + 1;
        ptr = _malloc(capacity);
        wrote = CrampIdb.encoder.encodeInto(text, HEAPU8.subarray(ptr, ptr + capacity - 1));
      }
      HEAPU8[ptr + wrote.written] = 0;
      return [ptr, wrote.written];
    },
    encoder: null,
  },

  crampcheck_idb_load__deps: ['$CrampIdb'],
  crampcheck_idb_load: function (id) {
    var answer = function (status, episodes, rest) {
      var list = episodes === null ? [0, 0] : CrampIdb.newUtf8(episodes);
      var restPtr = stringToNewUTF8(String(rest));
      try {
        _crampcheck_storage_loaded(id, status, list[0], list[1], restPtr);
      } finally {
        if (list[0]) _free(list[0]);
        _free(restPtr);
      }
    };
    CrampIdb.connected = true;
    var early = CrampIdb.early;
    CrampIdb.early = null;
    if (!early || early.stale) return CrampIdb.readAll(answer);
    // From here on notices reach C++, which re-reads after this answer if one comes.
    // Answers always come later, as they do from IndexedDB itself.
    if (early.answer) {
      queueMicrotask(function () { answer(early.answer[0], early.answer[1], early.answer[2]); });
    } else {
      early.use = answer;
    }
  },

  crampcheck_idb_put_episode__deps: ['$CrampIdb'],
  crampcheck_idb_put_episode: function (id, json) {
    var text = UTF8ToString(json);
    CrampIdb.write(id, 'Saving the entry', ['episodes'], function (tx) {
      tx.objectStore('episodes').put(JSON.parse(text));
    });
  },

  // An edit, written only over the version it was based on (`based_on`: its updated_at);
  // the read and the write are one transaction, so no other tab's write comes between.
  crampcheck_idb_update_episode__deps: ['$CrampIdb'],
  crampcheck_idb_update_episode: function (id, json, basedOn) {
    var text = UTF8ToString(json);
    var based = UTF8ToString(basedOn);
    CrampIdb.write(id, 'Saving the entry', ['episodes'], function (tx, refuse) {
      var store = tx.objectStore('episodes');
      var episode = JSON.parse(text);
      var read = store.get(episode.id);
      read.onsuccess = function () {
        var stored = read.result;
        if (!stored) return refuse(6, 'This entry was deleted in another tab.');
        if (stored.updated_at !== based) return refuse(5, CrampIdb.jsonOf(stored) || '');
        try {
          store.put(episode);
          if (tx.commit) tx.commit();
        } catch (error) {
          refuse(CrampIdb.statusOf(error), CrampIdb.messageOf(error, 'Saving the entry'));
        }
      };
      return true;
    });
  },

  // An import: every episode in one transaction, so it lands whole or not at all.
  crampcheck_idb_put_episodes__deps: ['$CrampIdb'],
  crampcheck_idb_put_episodes: function (id, json) {
    var text = UTF8ToString(json);
    CrampIdb.write(id, 'Importing the entries', ['episodes'], function (tx) {
      var store = tx.objectStore('episodes');
      JSON.parse(text).forEach(function (episode) { store.put(episode); });
    });
  },

  crampcheck_idb_delete_episode__deps: ['$CrampIdb'],
  crampcheck_idb_delete_episode: function (id, key) {
    var episodeId = UTF8ToString(key);
    CrampIdb.write(id, 'Deleting the entry', ['episodes'], function (tx) {
      tx.objectStore('episodes').delete(episodeId);
    });
  },

  crampcheck_idb_put_meta__deps: ['$CrampIdb'],
  crampcheck_idb_put_meta: function (id, key, json) {
    var name = UTF8ToString(key);
    var text = UTF8ToString(json);
    CrampIdb.write(id, 'Saving the setting', ['meta'], function (tx) {
      tx.objectStore('meta').put({key: name, value: JSON.parse(text)});
    });
  },

  // Empties both stores but keeps the schema version, in one transaction.
  crampcheck_idb_clear__deps: ['$CrampIdb'],
  crampcheck_idb_clear: function (id) {
    CrampIdb.write(id, 'Deleting everything', ['episodes', 'meta'], function (tx) {
      tx.objectStore('episodes').clear();
      var meta = tx.objectStore('meta');
      meta.clear();
      meta.put({key: 'schema_version', value: CrampIdb.SCHEMA_VERSION});
    });
  },

  crampcheck_idb_persistence__deps: ['$CrampIdb'],
  crampcheck_idb_persistence: function () {
    return CrampIdb.persistence;
  },
};

autoAddDeps(LibraryCrampCheckIndexedDb, '$CrampIdb');
mergeInto(LibraryManager.library, LibraryCrampCheckIndexedDb);
