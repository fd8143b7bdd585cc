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
// _crampcheck_storage_loaded(id, status, text), _crampcheck_storage_changed(status).
// Status numbers are core::storage::Status: 0 ok, 1 unavailable, 2 quota exceeded,
// 3 version changed, 4 failed.

var LibraryCrampCheckIndexedDb = {
  $CrampIdb__deps: ['$stringToNewUTF8', 'free'],
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
          _crampcheck_storage_changed(3);
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
        if (CrampIdb.state === 'open') _crampcheck_storage_changed(0);
      };
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
    // One readwrite transaction; `body(tx)` queues the requests. Answers exactly once.
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
          body(tx);
        } catch (error) {
          if (tx) try { tx.abort(); } catch (ignored) {}
          answer(CrampIdb.statusOf(error), CrampIdb.messageOf(error, doing));
        }
      });
    },
  },

  crampcheck_idb_load__deps: ['$CrampIdb'],
  crampcheck_idb_load: function (id) {
    var answer = function (status, text) {
      CrampIdb.callString(_crampcheck_storage_loaded, id, status, text);
    };
    CrampIdb.withDb(function (db) {
      if (!db) {
        var none = CrampIdb.noDb();
        return answer(none.status, none.message);
      }
      try {
        var tx = db.transaction(['episodes', 'meta'], 'readonly');
        var values = tx.objectStore('episodes').getAll();
        var keys = tx.objectStore('episodes').getAllKeys();
        var meta = tx.objectStore('meta').getAll();
        // Each record becomes its own JSON text, so one odd record spoils nothing else.
        var text = function (value) {
          try {
            var json = JSON.stringify(value);
            return typeof json === 'string' ? json : null;
          } catch (error) {
            return null;
          }
        };
        tx.oncomplete = function () {
          var episodes = values.result.map(function (value, i) { return [String(keys.result[i]), text(value)]; });
          var metaPairs = meta.result.map(function (record) {
            return [String(record && record.key), record && 'value' in record ? text(record.value) : null];
          });
          answer(0, JSON.stringify({episodes: episodes, meta: metaPairs}));
        };
        tx.onabort = function () {
          answer(CrampIdb.statusOf(tx.error), CrampIdb.messageOf(tx.error, 'Reading the diary'));
        };
      } catch (error) {
        answer(CrampIdb.statusOf(error) === 3 ? 3 : 1, CrampIdb.messageOf(error, 'Reading the diary'));
      }
    });
  },

  crampcheck_idb_put_episode__deps: ['$CrampIdb'],
  crampcheck_idb_put_episode: function (id, json) {
    var text = UTF8ToString(json);
    CrampIdb.write(id, 'Saving the entry', ['episodes'], function (tx) {
      tx.objectStore('episodes').put(JSON.parse(text));
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
