// A full device while logging a cramp (issue 5: "a simulated quota error -> message and
// nothing lost"). IndexedDB's put is made to throw QuotaExceededError while a page flag is
// set; everything else is the real app in Chromium, driven by touch at phone size.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, labelsOnceShown, screen, useServedApp, waitForScreen, collectErrors} from '../lib/harness.mjs';
import {storedEpisodes} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

// Runs in the page before the app. While window.__crampcheckDeviceFull is true, every
// IDBObjectStore.put throws as a browser does when the origin is out of quota; the
// library's write() catches that synchronous throw and aborts the transaction.
const SIMULATED_QUOTA = `(() => {
  const put = IDBObjectStore.prototype.put;
  window.__crampcheckDeviceFull = false;
  window.__crampcheckRefusedPuts = 0;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__crampcheckDeviceFull) {
      window.__crampcheckRefusedPuts += 1;
      throw new DOMException('simulated: the device is full', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
})();`;

// Home -> "Cramp now" -> muscle -> side -> "It has eased", by touch. The relief timer
// needs no wait: a duration under a second is stored as the minimum, 1 s.
async function tapThroughCramp(page, {muscle, side}) {
  await clickItem(page, '###cramp_now', {touch: true});
  await waitForScreen(page, 'cramp');
  await clickItem(page, `###muscle_${muscle}`, {touch: true});
  await clickItem(page, `###side_${side}`, {touch: true});
  await clickItem(page, '###cramp_done', {touch: true});
}

const countEnding = (labels, id) => labels.filter((label) => label.endsWith(id)).length;

// Opens the diary and waits for a frame that lists every id in `ids`; returns that frame's
// labels, so what is asserted about the list is what one drawn frame showed.
async function diaryListing(page, ids) {
  await clickItem(page, '###nav_diary', {touch: true});
  await waitForScreen(page, 'diary');
  const handle = await page.waitForFunction((wanted) => {
    const labels = window.crampcheck.items().map((item) => item.label);
    return wanted.every((id) => labels.some((label) => label.endsWith(`###episode_${id}`))) && labels;
  }, ids, {timeout: 5000, polling: 50});
  return handle.jsonValue();
}

describe('a full device', () => {
  test('a quota error while saving a cramp: retry offered, never "saved", nothing lost', async () => {
    const context = await env.browser.newContext(PHONE);
    await context.addInitScript(SIMULATED_QUOTA);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(env.server.url);
    await page.evaluate(() => window.crampcheck.ready);

    // An entry saved before the device filled up.
    await tapThroughCramp(page, {muscle: 'foot', side: 'right'});
    await findItem(page, '###save');  // shown only once the transaction completed
    const [earlier, ...others] = await storedEpisodes(page);
    assert.equal(others.length, 0);
    assert.equal(earlier.muscle, 'foot');
    await clickItem(page, '###skip', {touch: true});
    await waitForScreen(page, 'home');

    // The device is full: the save fails, the reason is shown (the ###save_error item) and
    // "Try again" is offered.
    await page.evaluate(() => { window.__crampcheckDeviceFull = true; });
    await tapThroughCramp(page, {muscle: 'calf_back', side: 'left'});
    const failedLabels = await labelsOnceShown(page, '###save_retry');  // the frame that offers it
    assert.ok(await page.evaluate(() => window.__crampcheckRefusedPuts) >= 1, 'the save went through put');
    assert.equal(await screen(page), 'cramp');
    assert.equal(countEnding(failedLabels, '###save'), 0, 'no "Save details": the entry is not shown as saved');
    assert.equal(failedLabels.filter((label) => label.includes('###pain_')).length, 0, 'no details form');
    assert.deepEqual(failedLabels.filter((label) => /\bsaved\b/i.test(label.split('###')[0])), [],
                     'no button claims "saved"');
    assert.match(failedLabels.find((label) => label.endsWith('###save_retry')), /^Try again###/);
    assert.match(failedLabels.find((label) => label.endsWith('###save_error')) ?? '', /device is full/i,
                 'the reason is shown in words');
    assert.deepEqual(await storedEpisodes(page), [earlier], 'the earlier entry is untouched, nothing half-written');

    // Space is freed; "Try again" saves the very same entry.
    await page.evaluate(() => { window.__crampcheckDeviceFull = false; });
    await clickItem(page, '###save_retry', {touch: true});
    // The details step: shown only once the transaction completed, without "Try again".
    assert.equal(countEnding(await labelsOnceShown(page, '###save'), '###save_retry'), 0);
    const saved = await storedEpisodes(page);
    assert.equal(saved.length, 2);
    const entry = saved.find((episode) => episode.id !== earlier.id);
    assert.equal(entry.muscle, 'calf_back');
    assert.equal(entry.side, 'left');
    assert.deepEqual(saved.find((episode) => episode.id === earlier.id), earlier);

    await clickItem(page, '###skip', {touch: true});
    await waitForScreen(page, 'home');
    const listedBefore = await diaryListing(page, [earlier.id, entry.id]);
    assert.equal(countEnding(listedBefore, `###episode_${entry.id}`), 1, 'listed once, not once per attempt');

    // After a reload (storage only, nothing kept in the page) both are there, once each.
    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    const reloaded = await storedEpisodes(page);
    assert.deepEqual(reloaded.map((episode) => episode.id).sort(), [earlier.id, entry.id].sort());
    assert.deepEqual(reloaded.find((episode) => episode.id === entry.id), entry);
    const listed = await diaryListing(page, [earlier.id, entry.id]);
    assert.equal(countEnding(listed, `###episode_${entry.id}`), 1);
    assert.equal(countEnding(listed, `###episode_${earlier.id}`), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an entry the full device refused is kept when the person goes back to sleep, and saved later', async () => {
    const context = await env.browser.newContext(PHONE);
    await context.addInitScript(SIMULATED_QUOTA);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.evaluate(() => window.crampcheck.ready);

    await page.evaluate(() => { window.__crampcheckDeviceFull = true; });
    await tapThroughCramp(page, {muscle: 'calf_front', side: 'right'});
    await findItem(page, '###save_retry');
    await clickItem(page, '###skip', {touch: true});  // "Later": back to sleep
    await waitForScreen(page, 'home');
    // Every screen says so and offers to save it; the diary still lists it.
    const banner = await findItem(page, '###unsaved_banner');
    assert.match(banner.label, /^1 entry is not saved/);
    assert.deepEqual(await storedEpisodes(page), []);
    await clickItem(page, '###nav_diary', {touch: true});
    await waitForScreen(page, 'diary');
    // The banner is on every screen, so it shows before the diary's list is drawn: wait for
    // the frame that lists the entry, then check that frame.
    const listed = await labelsOnceShown(page, '###episode_', {prefix: true});
    assert.equal(listed.filter((label) => label.includes('###episode_')).length, 1, 'the entry is listed once');
    assert.equal(countEnding(listed, '###unsaved_banner'), 1, 'the diary says it is not saved');

    // Space again: one tap saves it, the banner goes, and a reload finds it stored.
    await page.evaluate(() => { window.__crampcheckDeviceFull = false; });
    await clickItem(page, '###unsaved_retry', {touch: true});
    await page.waitForFunction(() => !window.crampcheck.items().some((item) => item.label.endsWith('###unsaved_banner')),
                               null, {polling: 50, timeout: 5000});
    const [stored, ...more] = await storedEpisodes(page);
    assert.equal(more.length, 0);
    assert.equal(stored.muscle, 'calf_front');
    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    await clickItem(page, '###nav_diary', {touch: true});
    await findItem(page, `###episode_${stored.id}`);
    await context.close();
  });
});
