// The IndexedDB storage layer (src/platform/web/library_indexeddb.js), checked at the
// storage level: the database the app creates, failures on open, damaged records, newer
// versions and notices from other tabs. UI-level tests (add, reload, still there) live
// with the screens that log a cramp.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {builtFile, clickItem, distDir, findItem, openApp, scrollTo, useServedApp, waitForScreen, collectErrors} from '../lib/harness.mjs';
import {episodeRecord as episode, readDatabase} from '../lib/records.mjs';

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

// The schema version of the app under test: CrampIdb.SCHEMA_VERSION of
// src/platform/web/library_indexeddb.js, read from the built site, so every test below
// follows it when it is raised (a version 1 database then really goes through the upgrade).
function currentSchemaVersion() {
  const name = builtFile(distDir, 'crampcheck', 'js');
  const glue = readFileSync(join(distDir, name), 'utf8');
  const found = [...glue.matchAll(/SCHEMA_VERSION\s*:\s*(\d+)/g)].map((match) => Number(match[1]));
  assert.equal(new Set(found).size, 1, `one SCHEMA_VERSION in ${distDir}/${name}, found ${found}`);
  return found[0];
}

// A database exactly as schema version 1 left it: both stores, three entries (every
// optional shape: relief_helped null, notes with non-ASCII text, several triggers) and
// the meta records an earlier app wrote.
const VERSION_1_EPISODES = [
  episode('000000000011'),
  episode('000000000012', {muscle: 'toe', side: 'both', pain: 0, woke_from_sleep: false,
                           triggers: [], relief: 'none', relief_helped: null}),
  episode('000000000013', {started_at: '2026-12-01T23:59:59-05:00', duration_s: 3600, muscle: 'thigh_front',
                           side: 'right', pain: 10, triggers: ['long_standing', 'dehydration', 'alcohol'],
                           relief: 'massage', relief_helped: false, notes: 'Nach dem Training \u2013 \u53f3\u817f',
                           updated_at: '2026-12-02T05:10:00Z'}),
];
const VERSION_1_META = [
  {key: 'schema_version', value: 1},
  {key: 'settings', value: {language: 'en'}},
  {key: 'last_triage_answers', value: {age_years: 67, pregnant: false, episodes_per_week: 3}},
];

const byKey = (field) => (a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0);

// Runs in the page before the app: creates `crampcheck` at `version` with the version 1
// layout and `records`, inside the upgrade transaction (so it is complete before the
// app's own open is served), once per browser context.
function seedScript({version, episodes, meta}) {
  return `(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const request = indexedDB.open('crampcheck', ${version});
    request.onupgradeneeded = () => {
      const db = request.result;
      db.onversionchange = () => db.close();  // the app's upgrade must not be blocked by us
      const episodes = db.createObjectStore('episodes', {keyPath: 'id'});
      const meta = db.createObjectStore('meta', {keyPath: 'key'});
      for (const record of ${JSON.stringify(episodes)}) episodes.put(record);
      for (const record of ${JSON.stringify(meta)}) meta.put(record);
    };
    request.onsuccess = () => request.result.close();
  })();`;
}

// Waits for window.crampcheck.ready, but fails at once (with the error) if the page
// throws first, e.g. a wasm trap while reading stored records.
async function waitReady(page) {
  const crashed = new Promise((resolve) => page.once('pageerror', (error) => resolve(error)));
  const outcome = await Promise.race([page.evaluate(() => window.crampcheck.ready.then(() => null)), crashed]);
  assert.equal(outcome, null, `the page failed before ready: ${outcome?.stack ?? outcome}`);
}

// A phone-sized page of the app, with `initScripts` run before any of its own, once it is
// ready; `errors` collects what the page reports.
async function openReady(...initScripts) {
  const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(env.server.url);
  await waitReady(page);
  return {context, page, errors};
}

async function showDiary(page) {
  await clickItem(page, '###nav_diary');
  await waitForScreen(page, 'diary');
}

describe('IndexedDB storage', () => {
  test('a fresh profile migrates from 0 to the current schema version, kept in meta', async () => {
    const current = currentSchemaVersion();
    const {context, page, log} = await openApp(env.browser, env.server.url);
    const db = await readDatabase(page);
    assert.equal(db.version, current);
    assert.deepEqual(Object.keys(db.stores).sort(), ['episodes', 'meta']);
    assert.equal(db.stores.episodes.keyPath, 'id');
    assert.equal(db.stores.meta.keyPath, 'key');
    assert.deepEqual(db.stores.meta.records, [{key: 'schema_version', value: current}]);
    assert.deepEqual(db.stores.episodes.records, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a version 1 database opens at the current schema version with every record intact', async () => {
    const current = currentSchemaVersion();
    const {context, page, errors} =
        await openReady(seedScript({version: 1, episodes: VERSION_1_EPISODES, meta: VERSION_1_META}));

    // The app loaded them all: each entry is listed in the diary.
    await showDiary(page);
    // Newest first, as the list shows them; scrolled to, as the Diary's buttons come first.
    const newestFirst = [...VERSION_1_EPISODES].sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));
    for (const {id} of newestFirst) await scrollTo(page, `###episode_${id}`);

    const db = await readDatabase(page);
    assert.equal(db.version, current);
    assert.deepEqual(Object.keys(db.stores).sort(), ['episodes', 'meta']);
    assert.equal(db.stores.episodes.keyPath, 'id');
    assert.equal(db.stores.meta.keyPath, 'key');
    assert.deepEqual([...db.stores.episodes.records].sort(byKey('id')), [...VERSION_1_EPISODES].sort(byKey('id')),
                     'every entry is kept exactly');
    const expectedMeta = VERSION_1_META.map((record) =>
      record.key === 'schema_version' ? {key: 'schema_version', value: current} : record);
    assert.deepEqual([...db.stores.meta.records].sort(byKey('key')), expectedMeta.sort(byKey('key')),
                     'every meta record is kept; schema_version is the current one');
    assert.deepEqual(errors, []);
    await context.close();
  });

  const failures = {
    'open throws': `IDBFactory.prototype.open = function () {
        throw new DOMException('denied by policy', 'SecurityError'); };`,
    'indexedDB missing': `Object.defineProperty(window, 'indexedDB', {get: () => undefined});`,
    'open errors later': `IDBFactory.prototype.open = function () {
        const request = new EventTarget();
        setTimeout(() => { request.error = new DOMException('broken', 'UnknownError');
                           request.onerror?.(new Event('error')); }, 50);
        return request; };`,
    'open never answers': `IDBFactory.prototype.open = function () { return new EventTarget(); };`,
  };
  for (const [name, script] of Object.entries(failures)) {
    test(`IndexedDB failing (${name}): the app still becomes ready, with no page error`, async () => {
      const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
      await context.addInitScript(script);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(env.server.url);
      await waitReady(page);
      assert.equal(await page.evaluate(() => window.crampcheck.screen()), 'home');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('valid entries load next to damaged records, which are kept, named and not shown', async () => {
    const invalid = episode('000000000003', {pain: 42});
    const valid = [episode('000000000001'), episode('000000000002', {relief_helped: null})];
    const seed = seedScript({
      version: 1, episodes: [...valid, invalid],
      meta: [{key: 'schema_version', value: 1}, {key: 'settings', value: {language: 'en'}}]});
    // A record JSON cannot express at all (a BigInt, from some other script of the origin):
    // it must not take the whole diary down with it.
    const {context, page, errors} = await openReady(seed, `(() => {
      if (sessionStorage.getItem('seeded-bigint')) return;
      sessionStorage.setItem('seeded-bigint', '1');
      const request = indexedDB.open('crampcheck', 1);
      request.onsuccess = () => {
        const db = request.result;
        db.transaction('episodes', 'readwrite').objectStore('episodes')
          .put({...${JSON.stringify(episode('000000000004'))}, duration_s: 75n});
        db.close();
      };
    })();`);
    const note = await findItem(page, '###storage_problems');
    assert.match(note.label, /^2 stored entries could not be read; they were kept, not deleted\./);
    await showDiary(page);
    for (const record of valid) await findItem(page, `###episode_${record.id}`);
    const shown = (await page.evaluate(() => window.crampcheck.items())).map((item) => item.label);
    for (const tail of ['000000000003', '000000000004']) {
      assert.ok(!shown.some((label) => label.endsWith(`###episode_${episode(tail).id}`)), `${tail} is not listed`);
    }
    await clickItem(page, '###storage_problems_ok');
    await page.waitForFunction(() => !window.crampcheck.items().some((item) => item.label.endsWith('###storage_problems')),
                               null, {timeout: 5000, polling: 50});
    const db = await readDatabase(page);
    assert.equal(db.stores.episodes.records.length, 4, 'nothing is deleted');
    assert.deepEqual(db.stores.episodes.records.find((r) => r.pain === 42), invalid);
    assert.equal(db.stores.episodes.records.find((r) => typeof r.duration_s === 'bigint')?.duration_s, 75n);
    assert.deepEqual(db.stores.meta.records.find((r) => r.key === 'settings').value, {language: 'en'});
    assert.deepEqual(errors, []);
    await context.close();
  });

  // The diary is read while the wasm still compiles, before the app asks for it. An entry
  // another tab saves in between must not be missing from that early read's view.
  test('an entry another tab saves while the app starts is shown', async () => {
    const late = episode('000000000021');
    // The first read of the page (the app's) is followed at once by another tab's write and
    // its notice, as a second tab of the app would send them.
    const {context, page, errors} = await openReady(`(() => {
      const getAll = IDBObjectStore.prototype.getAll;
      let first = true;
      IDBObjectStore.prototype.getAll = function (...args) {
        const request = getAll.apply(this, args);
        if (first && this.name === 'episodes') {
          first = false;
          const open = indexedDB.open('crampcheck');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('episodes', 'readwrite');
            tx.objectStore('episodes').put(${JSON.stringify(late)});
            tx.oncomplete = () => {
              db.close();
              new BroadcastChannel('crampcheck').postMessage('changed');
            };
          };
        }
        return request;
      };
    })();`);
    await showDiary(page);
    await findItem(page, `###episode_${late.id}`, 1000);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a database from a newer app version is left untouched and the app runs', async () => {
    const newer = currentSchemaVersion() + 1;
    const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
    await context.addInitScript(seedScript({
      version: newer, episodes: [episode('000000000009')], meta: [{key: 'schema_version', value: newer}]}));
    const page = await context.newPage();
    await page.goto(env.server.url);
    await waitReady(page);
    const db = await readDatabase(page);
    assert.equal(db.version, newer);
    assert.equal(db.stores.episodes.records.length, 1);
    assert.deepEqual(db.stores.meta.records, [{key: 'schema_version', value: newer}]);
    await context.close();
  });

  test('a newer version opening the database is not blocked: the app lets go', async () => {
    const newer = currentSchemaVersion() + 1;
    const {context, page, log} = await openApp(env.browser, env.server.url);
    const outcome = await page.evaluate((version) => new Promise((resolve) => {
      const request = indexedDB.open('crampcheck', version);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve(`error ${request.error?.name}`);
    }), newer);
    assert.equal(outcome, 'opened');
    // The app heard about it (kVersionChanged to its change listener), woke up and says so.
    await findItem(page, '###storage_banner');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a notice from another tab makes the app re-read and show its entry within a second', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    await showDiary(page);
    await findItem(page, '###diary_cramp_now');  // the empty diary is on screen
    const entry = episode('000000000031');
    // What another tab of the app does: one committed write, then its notice.
    await page.evaluate((record) => new Promise((resolve, reject) => {
      const open = indexedDB.open('crampcheck');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('episodes', 'readwrite');
        tx.objectStore('episodes').put(record);
        tx.oncomplete = () => {
          db.close();
          new BroadcastChannel('crampcheck').postMessage('changed');
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    }), entry);
    // The re-read answers while the app is idle: the storage wakes it to draw the entry.
    await findItem(page, `###episode_${entry.id}`, 1000);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
