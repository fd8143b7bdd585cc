// The person's data in Settings, in real Chromium by touch on a phone-sized page: import a
// file through the browser's own file picker (review, then one write), the doctor report
// in a new page, "delete everything", and the reload offered when a newer version of the
// app takes over the database in another tab.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, labelsOnceShown, openApp, scrollTo, useServedApp, waitForScreen} from '../lib/harness.mjs';
import {episodeRecord, readDatabase} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};

const env = useServedApp();

// Unlike the defaults, a note: reports and imports must carry it.
const episode = (idTail, extra = {}) => episodeRecord(idTail, {notes: 'after a long walk', ...extra});

// What the app reads back: the stores' records.
async function readStores(page) {
  const {stores} = await readDatabase(page);
  return {episodes: stores.episodes.records, meta: stores.meta.records};
}

const diaryFile = (episodes) => Buffer.from(JSON.stringify({
  format: 'crampcheck-diary', version: 1, exported_at: '2026-11-22T00:00:00Z', episodes,
}));

// Settings -> "Import a file" -> the browser's picker, answered with `file`.
async function importThroughPicker(page, file) {
  await clickItem(page, '###nav_settings', {touch: true});
  await waitForScreen(page, 'settings');
  const chooser = page.waitForEvent('filechooser');
  await clickItem(page, '###import', {touch: true});
  await (await chooser).setFiles(file);
  await waitForScreen(page, 'import');
}

describe('the person\'s data', () => {
  test('a diary file imports through the browser\'s picker after a review, and stays after a reload', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    const entries = [episode('000000000001'), episode('000000000002', {muscle: 'toe', side: 'right'})];
    await importThroughPicker(page, {name: 'diary.json', mimeType: 'application/json', buffer: diaryFile(entries)});
    const confirm = await findItem(page, '###import_confirm');
    assert.equal(confirm.label, 'Add 2 entries###import_confirm');
    assert.deepEqual((await readStores(page)).episodes, [], 'nothing is stored before the person agrees');

    await clickItem(page, '###import_confirm', {touch: true});
    await clickItem(page, '###import_done', {touch: true});  // shown once the transaction completed
    await waitForScreen(page, 'diary');
    const stored = (await readStores(page)).episodes;
    assert.deepEqual(stored.map((e) => e.id).sort(), entries.map((e) => e.id));
    assert.deepEqual(stored.find((e) => e.id === entries[0].id), entries[0], 'every field as in the file');

    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    await clickItem(page, '###nav_diary', {touch: true});
    for (const e of entries) await findItem(page, `###episode_${e.id}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.requests.filter((url) => !url.startsWith(env.server.url)), [], 'the file goes nowhere');
    await context.close();
  });

  test('an invalid file is refused, changes nothing and leads back to Settings', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    const broken = [episode('000000000003'), episode('000000000004', {pain: 42})];
    await importThroughPicker(page, {name: 'broken.json', mimeType: 'application/json', buffer: diaryFile(broken)});
    const shown = await labelsOnceShown(page, '###import_cancel');  // the frame of the review
    assert.equal(shown.some((label) => label.endsWith('###import_confirm')), false, 'no way to import an invalid file');
    assert.deepEqual((await readStores(page)).episodes, []);
    await clickItem(page, '###import_cancel', {touch: true});
    await waitForScreen(page, 'settings');
    await context.close();
  });

  test('the doctor report opens from Settings as one standalone HTML page with the diary in it', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    const entry = episode('000000000005', {notes: '<script>alert(1)</script>'});
    await importThroughPicker(page, {name: 'diary.json', mimeType: 'application/json', buffer: diaryFile([entry])});
    await clickItem(page, '###import_confirm', {touch: true});
    await clickItem(page, '###import_done', {touch: true});
    await waitForScreen(page, 'diary');
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    const opened = context.waitForEvent('page');
    await clickItem(page, '###report', {touch: true});
    const reportPage = await opened;
    await reportPage.waitForLoadState('load');
    const html = await reportPage.content();
    assert.match(await reportPage.evaluate(() => document.doctype?.name ?? ''), /^html$/);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the note is shown, escaped');
    assert.ok(!html.includes('<script>'), 'no script in the report');
    assert.ok(!/(src|href)="https?:/.test(html), 'nothing to load from elsewhere');
    await context.close();
  });

  test('"delete everything" asks first, then empties the database and the screens', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    const entry = episode('000000000006');
    await importThroughPicker(page, {name: 'diary.json', mimeType: 'application/json', buffer: diaryFile([entry])});
    await clickItem(page, '###import_confirm', {touch: true});
    await clickItem(page, '###import_done', {touch: true});
    await waitForScreen(page, 'diary');

    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    await scrollTo(page, '###delete_all');
    await clickItem(page, '###delete_all', {touch: true});
    await waitForScreen(page, 'delete_all');
    await clickItem(page, '###delete_all_cancel', {touch: true});
    await waitForScreen(page, 'settings');
    assert.equal((await readStores(page)).episodes.length, 1, 'keeping changes nothing');

    await scrollTo(page, '###delete_all');
    await clickItem(page, '###delete_all', {touch: true});
    await waitForScreen(page, 'delete_all');
    await clickItem(page, '###delete_all_confirm', {touch: true});
    await clickItem(page, '###delete_all_done', {touch: true});
    await waitForScreen(page, 'home');
    const stores = await readStores(page);
    assert.deepEqual(stores.episodes, []);
    assert.deepEqual(stores.meta.map((record) => record.key), ['schema_version'], 'only the schema version stays');

    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    await clickItem(page, '###nav_diary', {touch: true});
    await waitForScreen(page, 'diary');
    // The diary's own "Cramp now" is drawn below its list: the frame that has it shows the
    // list, or that there is none (a read right after the screen changed may be the home
    // screen's frame, which lists nothing either).
    const labels = await labelsOnceShown(page, '###diary_cramp_now');
    assert.equal(labels.some((label) => label.includes('###episode_')), false, labels.join('\n'));
    await context.close();
  });

  test('an entry logged by mistake is deleted after a second tap, and the undo brings it back', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    const entry = episode('000000000007', {triggers: ['cold', 'dehydration']});
    await importThroughPicker(page, {name: 'diary.json', mimeType: 'application/json', buffer: diaryFile([entry])});
    await clickItem(page, '###import_confirm', {touch: true});
    await clickItem(page, '###import_done', {touch: true});
    await waitForScreen(page, 'diary');

    await clickItem(page, `###episode_${entry.id}`, {touch: true});
    await waitForScreen(page, 'entry');
    if (process.env.CRAMPCHECK_SCREENSHOTS) await page.screenshot({path: `${process.env.CRAMPCHECK_SCREENSHOTS}/entry.png`});
    await clickItem(page, '###entry_delete', {touch: true});
    await clickItem(page, '###entry_delete_confirm', {touch: true});
    await waitForScreen(page, 'diary');
    await findItem(page, '###undo');
    assert.deepEqual((await readStores(page)).episodes, [], 'deleted from the database');

    await clickItem(page, '###undo', {touch: true});
    await findItem(page, `###episode_${entry.id}`);
    assert.deepEqual((await readStores(page)).episodes, [entry], 'back exactly as it was');
    await context.close();
  });

  test('a newer version taking over the database in another tab offers a reload that works', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    // What a newer CrampCheck does in another tab: open the database at a higher version.
    const other = await context.newPage();
    await other.goto(`${env.server.url}manifest.webmanifest`);
    await other.evaluate(() => new Promise((resolve, reject) => {
      const probe = indexedDB.open('crampcheck');
      probe.onsuccess = () => {
        const version = probe.result.version;
        probe.result.close();
        const newer = indexedDB.open('crampcheck', version + 1);
        newer.onsuccess = () => { newer.result.close(); resolve(); };
        newer.onerror = () => reject(newer.error);
      };
      probe.onerror = () => reject(probe.error);
    }));
    await page.bringToFront();
    await findItem(page, '###storage_banner');
    const navigated = page.waitForEvent('framenavigated');
    await clickItem(page, '###storage_reload', {touch: true});
    await navigated;
    await page.waitForFunction(() => window.crampcheck !== undefined, null, {polling: 50});
    await page.evaluate(() => window.crampcheck.ready);
    // Still the older app (no service worker update in this test): it says so again.
    await findItem(page, '###storage_banner');
    await context.close();
  });
});
