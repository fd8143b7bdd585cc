// The diary a person keeps for months, by touch on a phone: log a cramp afterwards (it
// lands on the right night), correct an entry and undo the correction, filter the diary,
// and reach an entry far older than the newest 50 in a 2,000-entry diary by jumping to its
// month.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, items, openPage, scrollTo, useServedApp, waitForScreen} from '../lib/harness.mjs';
import {episodeRecord, seedDiary, storedEpisodes} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
               timezoneId: 'Asia/Shanghai', locale: 'en-GB'};
const DAY_MS = 24 * 60 * 60 * 1000;

const env = useServedApp();

// One cramp at 03:00 Shanghai time on each of `count` nights before today, newest first;
// every 40th in the front of the thigh, the rest in the calf.
function nightsOfCramps(count) {
  const episodes = [];
  const today = new Date();
  for (let i = 1; i <= count; ++i) {
    const day = new Date(today.getTime() - i * DAY_MS);
    const date = day.toISOString().slice(0, 10);
    const utc = new Date(`${date}T03:00:00+08:00`).toISOString().replace(/\.\d{3}Z$/, 'Z');
    episodes.push(episodeRecord(String(i).padStart(12, '0'), {
      started_at: `${date}T03:00:00+08:00`,
      muscle: i % 40 === 0 ? 'thigh_front' : 'calf_back',
      created_at: utc,
      updated_at: utc,
    }));
  }
  return episodes;
}

async function openWithDiary(episodes) {
  const context = await env.browser.newContext(PHONE);
  if (episodes.length) await seedDiary(context, env.server.url, episodes);
  const {page, log} = await openPage(context, env.server.url);
  return {context, page, log};
}

const shownIds = async (page, prefix) =>
  (await items(page)).map((item) => item.label.split('###')[1]).filter((id) => id?.startsWith(prefix));

describe('the diary over months', () => {
  test('a cramp logged afterwards by touch is stored as told, on the night it belongs to', async () => {
    const {context, page, log} = await openWithDiary([]);
    await clickItem(page, '###log_past', {touch: true});
    await waitForScreen(page, 'log_past');
    const before = Date.now();
    await clickItem(page, '###when_30', {touch: true});
    await clickItem(page, '###muscle_calf_back', {touch: true});
    await clickItem(page, '###side_right', {touch: true});
    await findItem(page, '###log_night');
    await clickItem(page, '###duration_120', {touch: true});
    await clickItem(page, '###save', {touch: true});
    await findItem(page, '###skip');
    const [stored] = await storedEpisodes(page);
    assert.equal(stored.muscle, 'calf_back');
    assert.equal(stored.side, 'right');
    assert.equal(stored.duration_s, 120);
    assert.equal(stored.pain, null, 'no pain was rated: stored as null, not a number');
    const started = Date.parse(stored.started_at);
    const minutesAgo = (before - started) / 60000;
    assert.ok(minutesAgo >= 29 && minutesAgo <= 32, `started ${minutesAgo.toFixed(1)} min before the tap`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('an entry corrected by touch is saved with updated_at, and undo brings the old one back', async () => {
    const original = nightsOfCramps(1)[0];
    const {context, page, log} = await openWithDiary([original]);
    await clickItem(page, '###nav_diary', {touch: true});
    await waitForScreen(page, 'diary');
    await clickItem(page, `###episode_${original.id}`, {touch: true});
    await waitForScreen(page, 'entry');
    await clickItem(page, '###edit', {touch: true});
    await scrollTo(page, '###muscle_toe');
    await clickItem(page, '###muscle_toe', {touch: true});
    await scrollTo(page, '###edit_save');
    await clickItem(page, '###edit_save', {touch: true});
    await findItem(page, '###entry_saved');
    let [stored] = await storedEpisodes(page);
    assert.equal(stored.muscle, 'toe');
    assert.ok(stored.updated_at > original.updated_at, 'updated_at moved on');
    assert.equal(stored.created_at, original.created_at);

    await clickItem(page, '###entry_back', {touch: true});
    await waitForScreen(page, 'diary');
    await clickItem(page, '###undo', {touch: true});
    await page.waitForFunction((id) => new Promise((resolve) => {
      const request = indexedDB.open('crampcheck');
      request.onsuccess = () => {
        const get = request.result.transaction('episodes').objectStore('episodes').get(id);
        get.onsuccess = () => { request.result.close(); resolve(get.result?.muscle === 'calf_back'); };
      };
    }), original.id, {polling: 100, timeout: 5000});  // the undo's write has landed
    [stored] = await storedEpisodes(page);
    assert.equal(stored.muscle, 'calf_back', 'undo restored the entry as it was');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('in a 2,000-entry diary the filter shows one muscle and an entry from years ago is reached by its month', async () => {
    const episodes = nightsOfCramps(2000);
    const {context, page, log} = await openWithDiary(episodes);
    await clickItem(page, '###nav_diary', {touch: true});
    await waitForScreen(page, 'diary');

    await clickItem(page, '###filters', {touch: true});
    await clickItem(page, '###filter_muscle_thigh_front', {touch: true});
    await clickItem(page, '###filters', {touch: true});  // folded again: the list in view
    await page.waitForFunction(() => window.crampcheck.items().some((item) => item.label.includes('###episode_')),
                               null, {polling: 50});
    const thighIds = new Set(episodes.filter((e) => e.muscle === 'thigh_front').map((e) => `episode_${e.id}`));
    const shown = await shownIds(page, 'episode_');
    assert.ok(shown.length > 0, 'some entries listed');
    for (const id of shown) assert.ok(thighIds.has(id), `${id} is in the front of the thigh`);
    await clickItem(page, '###filters', {touch: true});
    await clickItem(page, '###filter_all', {touch: true});
    await clickItem(page, '###filters', {touch: true});

    const oldest = episodes.at(-1);
    const [year, month] = oldest.started_at.split('-');
    await clickItem(page, '###jump_month', {touch: true});
    await scrollTo(page, `###month_${year}_${month}`);
    await clickItem(page, `###month_${year}_${month}`, {touch: true});
    await scrollTo(page, `###episode_${oldest.id}`, {attempts: 20});
    await clickItem(page, `###episode_${oldest.id}`, {touch: true});
    await waitForScreen(page, 'entry');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});

describe('notes typed on a phone', () => {
  test('a note typed through the on-screen keyboard, with a Chinese pinyin composition, is saved with the cramp', async () => {
    const {context, page, log} = await openWithDiary([]);
    await clickItem(page, '###cramp_now', {touch: true});
    await waitForScreen(page, 'cramp');
    await clickItem(page, '###muscle_calf_back', {touch: true});
    await clickItem(page, '###side_left', {touch: true});
    await clickItem(page, '###cramp_done', {touch: true});
    await findItem(page, '###skip');
    await clickItem(page, '###details_more', {touch: true});
    await scrollTo(page, '###notes');
    await clickItem(page, '###notes', {touch: true});
    await page.waitForFunction(() => document.activeElement?.classList.contains('text-relay'), null,
                               {polling: 50, timeout: 5000});
    assert.equal(await page.evaluate(() => document.activeElement.tagName.toLowerCase()), 'textarea',
                 'notes get a multi-line keyboard');
    await page.keyboard.type('Woke at 3 ');
    // Pinyin: "chou jin" composed, then 抽筋 chosen from the candidates.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {text: 'chou', selectionStart: 4, selectionEnd: 4});
    await cdp.send('Input.imeSetComposition', {text: 'chou jin', selectionStart: 8, selectionEnd: 8});
    await cdp.send('Input.insertText', {text: '抽筋'});
    await page.keyboard.press('Backspace');  // and one character taken back: 抽
    await page.keyboard.type('!');
    // Tapping Save ends the editing (the keyboard closes) and saves the details.
    await scrollTo(page, '###save');
    await clickItem(page, '###save', {touch: true});
    await page.waitForFunction(() => new Promise((resolve) => {
      const request = indexedDB.open('crampcheck');
      request.onsuccess = () => {
        const all = request.result.transaction('episodes').objectStore('episodes').getAll();
        all.onsuccess = () => { request.result.close(); resolve(all.result[0]?.notes === 'Woke at 3 抽!'); };
      };
    }), null, {polling: 100, timeout: 5000});
    const [stored] = await storedEpisodes(page);
    assert.equal(stored.notes, 'Woke at 3 抽!');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
