// A cramp logged by touch at 3 a.m. is really stored: it survives a reload and closing the
// page right after "saved", shows in a second tab, and the app still works (honestly) when
// the browser refuses storage. Every request stays on the app's own origin.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';

import {clickItem, findItem, logCramp, openApp, waitForScreen, useServedApp} from '../lib/harness.mjs';
import {storedEpisodes} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

describe('diary storage', () => {
  test('a cramp logged by touch is stored with the contract fields and survives a reload', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await logCramp(page, {muscle: 'calf_back', side: 'right'});
    const [episode, ...rest] = await storedEpisodes(page);
    assert.equal(rest.length, 0);
    assert.deepEqual(Object.keys(episode).sort(), ['created_at', 'duration_s', 'id', 'muscle', 'notes', 'pain',
      'relief', 'relief_helped', 'side', 'started_at', 'triggers', 'updated_at', 'woke_from_sleep']);
    assert.equal(episode.muscle, 'calf_back');
    assert.equal(episode.side, 'right');
    assert.ok(episode.duration_s >= 1 && episode.duration_s <= 60, `duration ${episode.duration_s}`);
    assert.match(episode.started_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$/);
    assert.match(episode.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    await clickItem(page, '###nav_diary', {touch: true});
    await findItem(page, `###episode_${episode.id}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.requests.filter((url) => !url.startsWith(env.server.url)), [], 'nothing leaves the device');
    await context.close();
  });

  test('the diary downloads as a JSON file that holds the entry', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, {...PHONE, acceptDownloads: true});
    await logCramp(page, {muscle: 'thigh_back', side: 'right'});
    await clickItem(page, '###skip', {touch: true});
    await waitForScreen(page, 'home');
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    const download = page.waitForEvent('download');
    await clickItem(page, '###export_json', {touch: true});
    const file = await download;
    assert.match(file.suggestedFilename(), /^crampcheck-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(exported.format, 'crampcheck-diary');
    assert.equal(exported.version, 1);
    assert.equal(exported.episodes.length, 1);
    assert.equal(exported.episodes[0].muscle, 'thigh_back');
    await context.close();
  });

  test('closing the page right after "saved" loses nothing', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    await logCramp(page, {muscle: 'toe', side: 'both'});
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(env.server.url);
    await reopened.evaluate(() => window.crampcheck.ready);
    const episodes = await storedEpisodes(reopened);
    assert.equal(episodes.length, 1);
    assert.equal(episodes[0].muscle, 'toe');
    await context.close();
  });

  test('two pages side by side see each other\'s entries within a second', async () => {
    const {context, page: first} = await openApp(env.browser, env.server.url, PHONE);
    const second = await context.newPage();
    await second.goto(env.server.url);
    await second.evaluate(() => window.crampcheck.ready);
    await clickItem(second, '###nav_diary', {touch: true});
    await waitForScreen(second, 'diary');

    // A browser only animates the tab in front; each page comes forward as a person would
    // switch to it.
    await first.bringToFront();
    await logCramp(first, {muscle: 'foot', side: 'left'});
    const [episode] = await storedEpisodes(first);
    await second.bringToFront();
    await findItem(second, `###episode_${episode.id}`, 1000);
    await context.close();
  });

  test('with storage refused the app says so, and a cramp is still guided and kept on the page', async () => {
    const context = await env.browser.newContext(PHONE);
    await context.addInitScript(`IDBFactory.prototype.open = function () {
        throw new DOMException('denied by policy', 'SecurityError'); };`);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(env.server.url);
    await page.evaluate(() => window.crampcheck.ready);
    await findItem(page, '###storage_banner');
    await logCramp(page, {muscle: 'calf_front', side: 'left'});
    await clickItem(page, '###skip', {touch: true});
    await waitForScreen(page, 'home');
    await findItem(page, '###banner_export');  // a way to keep what is only on this page
    await clickItem(page, '###nav_diary', {touch: true});
    const entry = await page.waitForFunction(
        () => window.crampcheck.items().find((item) => item.label.includes('###episode_')), null, {polling: 50});
    assert.ok(await entry.jsonValue());
    assert.deepEqual(errors, []);
    await context.close();
  });
});
