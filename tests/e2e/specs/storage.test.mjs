// The IndexedDB storage layer (src/platform/web/library_indexeddb.js), checked at the
// storage level: the database the app creates, failures on open, damaged records, newer
// versions and notices from other tabs. UI-level tests (add, reload, still there) live
// with the screens that log a cramp.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {frameCount, openApp, useServedApp} from '../lib/harness.mjs';

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

const episode = (idTail, extra = {}) => ({
  id: `3f2a7c1e-5b6d-4e8f-9a0b-${idTail}`,
  started_at: '2026-11-23T03:12:00+08:00',
  duration_s: 75,
  muscle: 'calf_back',
  side: 'left',
  pain: 6,
  woke_from_sleep: true,
  triggers: ['cold'],
  relief: 'stretch',
  relief_helped: true,
  notes: '',
  created_at: '2026-11-22T19:12:05Z',
  updated_at: '2026-11-22T19:12:05Z',
  ...extra,
});

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
      const episodes = db.createObjectStore('episodes', {keyPath: 'id'});
      const meta = db.createObjectStore('meta', {keyPath: 'key'});
      for (const record of ${JSON.stringify(episodes)}) episodes.put(record);
      for (const record of ${JSON.stringify(meta)}) meta.put(record);
    };
    request.onsuccess = () => request.result.close();
  })();`;
}

// Reads the whole database from the page, as another script of the origin would.
function readDatabase(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('crampcheck');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const out = {version: db.version, stores: {}};
      for (const name of stores) {
        const store = tx.objectStore(name);
        const all = store.getAll();
        all.onsuccess = () => { out.stores[name] = {keyPath: store.keyPath, records: all.result}; };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
    };
  }));
}

// Waits for window.crampcheck.ready, but fails at once (with the error) if the page
// throws first, e.g. a wasm trap while reading stored records.
async function waitReady(page) {
  const crashed = new Promise((resolve) => page.once('pageerror', (error) => resolve(error)));
  const outcome = await Promise.race([page.evaluate(() => window.crampcheck.ready.then(() => null)), crashed]);
  assert.equal(outcome, null, `the page failed before ready: ${outcome?.stack ?? outcome}`);
}

describe('IndexedDB storage', () => {
  test('a fresh start migrates 0 -> 1: stores, keyPaths and schema_version', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    const db = await readDatabase(page);
    assert.equal(db.version, 1);
    assert.deepEqual(Object.keys(db.stores).sort(), ['episodes', 'meta']);
    assert.equal(db.stores.episodes.keyPath, 'id');
    assert.equal(db.stores.meta.keyPath, 'key');
    assert.deepEqual(db.stores.meta.records, [{key: 'schema_version', value: 1}]);
    assert.deepEqual(db.stores.episodes.records, []);
    assert.deepEqual(log.errors, []);
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
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      await page.goto(env.server.url);
      await waitReady(page);
      assert.equal(await page.evaluate(() => window.crampcheck.screen()), 'home');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('two valid episodes and one invalid record load; the invalid one is kept', async () => {
    const invalid = episode('000000000003', {pain: 42});
    const valid = [episode('000000000001'), episode('000000000002', {relief_helped: null})];
    const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
    await context.addInitScript(seedScript({
      version: 1, episodes: [...valid, invalid],
      meta: [{key: 'schema_version', value: 1}, {key: 'settings', value: {language: 'en'}}]}));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(env.server.url);
    await waitReady(page);
    const db = await readDatabase(page);
    assert.equal(db.stores.episodes.records.length, 3, 'nothing is deleted');
    assert.deepEqual(db.stores.episodes.records.find((r) => r.pain === 42), invalid);
    assert.deepEqual(db.stores.meta.records.find((r) => r.key === 'settings').value, {language: 'en'});
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a database from a newer app version is left untouched and the app runs', async () => {
    const context = await env.browser.newContext({viewport: {width: 390, height: 844}});
    await context.addInitScript(seedScript({
      version: 2, episodes: [episode('000000000009')], meta: [{key: 'schema_version', value: 2}]}));
    const page = await context.newPage();
    await page.goto(env.server.url);
    await waitReady(page);
    const db = await readDatabase(page);
    assert.equal(db.version, 2);
    assert.equal(db.stores.episodes.records.length, 1);
    assert.deepEqual(db.stores.meta.records, [{key: 'schema_version', value: 2}]);
    await context.close();
  });

  test('a newer version opening the database is not blocked: the app lets go', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    const before = await frameCount(page);
    const outcome = await page.evaluate(() => new Promise((resolve) => {
      const request = indexedDB.open('crampcheck', 2);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve(`error ${request.error?.name}`);
    }));
    assert.equal(outcome, 'opened');
    // The app heard about it (kVersionChanged to its change listener) and drew a frame.
    await page.waitForFunction((n) => window.crampcheck.frameCount() > n, before, {timeout: 5000, polling: 50});
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a notice from another tab makes the app re-read within a second', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    await page.waitForTimeout(300);  // let the start frames settle
    const before = await frameCount(page);
    await page.evaluate(() => new BroadcastChannel('crampcheck').postMessage('changed'));
    // The re-read answers and the storage wakes the idle app for one frame.
    await page.waitForFunction((n) => window.crampcheck.frameCount() > n, before, {timeout: 1000, polling: 50});
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
