// A double tap by touch, as a half-awake person taps: the second tap, 200 or 400 ms after
// the first on the same spot, presses nothing that appeared under the finger.
// - Cramp now, "Still cramping": its note takes room kept for it, "It has eased" stays
//   where it was, and nothing is saved as eased.
// - Log a past cramp, "Next": the next step ("where?") stays; its Back is not pressed.
// - The self-check: "None of these" on the last page of signs opens "Your details from last
//   time", which stays; its "Change them" opens the age page, where the decade under the
//   finger is not pressed.
// The taps go out at a fixed spacing (no wait for the app in between); the test then waits
// until the app has drawn them and reads the step shown and what was saved. On a 390x844
// phone in English, and on a 360x640 one in Chinese at 200 % text.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, frameCount, items, openPage, scrollTo, screen, useServedApp,
        waitUntilDrawn} from '../lib/harness.mjs';
import {readDatabase, storedEpisodes} from '../lib/records.mjs';

const PHONES = [
  {name: 'English, 390x844', settings: null,
   context: {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 1,
             locale: 'en-GB'}},
  {name: 'Chinese, 360x640, 200 %', settings: {language: 'zh-Hans', text_size_percent: 200},
   context: {viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true, deviceScaleFactor: 1,
             locale: 'zh-CN'}},
];
const GAPS_MS = [200, 400];

const env = useServedApp();

const centre = (item) => ({x: item.x + item.w / 2, y: item.y + item.h / 2});
const shows = async (page, id) => (await items(page)).some((item) => item.label.endsWith(id));

// Two taps at `point`, the second `gapMs` after the first began; returns once the app has
// drawn both.
async function doubleTap(page, point, gapMs) {
  const start = Date.now();
  await page.touchscreen.tap(point.x, point.y);
  await page.waitForTimeout(Math.max(0, gapMs - (Date.now() - start)));
  const before = await frameCount(page);
  await page.touchscreen.tap(point.x, point.y);
  await waitUntilDrawn(page, before);
}

// A phone with its settings and, with `savedAge`, the details of an earlier self-check (age
// 70), so the check offers them back on "Your details from last time". Seeded in the app's
// version 1 layout before its first visit.
async function openPhone(phone, {savedAge} = {}) {
  const context = await env.browser.newContext(phone.context);
  const meta = [{key: 'schema_version', value: 1}];
  if (savedAge) meta.push({key: 'last_triage_answers', value: {age_years: savedAge}});
  if (phone.settings) meta.push({key: 'settings', value: phone.settings});
  if (meta.length > 1) {
    await context.addInitScript(`(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const request = indexedDB.open('crampcheck', 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        db.createObjectStore('episodes', {keyPath: 'id'});
        const store = db.createObjectStore('meta', {keyPath: 'key'});
        for (const record of ${JSON.stringify(meta)}) store.put(record);
      };
      request.onsuccess = () => request.result.close();
    })();`);
  }
  const {page, log} = await openPage(context, env.server.url);
  return {context, page, log};
}

async function storedAnswers(page) {
  const meta = (await readDatabase(page)).stores.meta?.records ?? [];
  const value = meta.find((record) => record.key === 'last_triage_answers')?.value ?? {};
  return typeof value === 'string' ? JSON.parse(value) : value;
}

for (const phone of PHONES) describe(`a double tap presses nothing that appeared under the finger (${phone.name})`, () => {
  for (const gap of GAPS_MS) {
    test(`Cramp now: Still cramping twice, ${gap} ms apart`, async () => {
      const {context, page, log} = await openPhone(phone);
      await clickItem(page, '###cramp_now', {touch: true});
      await clickItem(page, '###muscle_calf_back', {touch: true});
      await clickItem(page, '###side_left', {touch: true});
      const done = await scrollTo(page, '###cramp_done');
      const still = await scrollTo(page, '###cramp_still');
      await doubleTap(page, centre(still), gap);
      assert.equal(await screen(page), 'cramp');
      assert.deepEqual(await findItem(page, '###cramp_done'), done, 'It has eased stayed where it was');
      assert.deepEqual(await findItem(page, '###cramp_still'), still, 'Still cramping stayed where it was');
      assert.equal((await storedEpisodes(page)).length, 0, 'nothing saved as eased');
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test(`Log a past cramp: Next twice, ${gap} ms apart`, async () => {
      const {context, page, log} = await openPhone(phone);
      await clickItem(page, '###log_past', {touch: true});
      await scrollTo(page, '###when_earlier');  // under the night hours at 200 %
      await clickItem(page, '###when_earlier', {touch: true});
      const next = await scrollTo(page, '###next');
      await doubleTap(page, centre(next), gap);
      assert.equal(await screen(page), 'log_past');
      assert.ok(await shows(page, '###muscle_calf_back'), 'the step Next opened ("where?") is shown');
      assert.ok(!(await shows(page, '###hour_minus')), 'its Back was not pressed');
      assert.equal((await storedEpisodes(page)).length, 0);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test(`Self-check: None of these, then Change them, each twice ${gap} ms apart`, async () => {
      const {context, page, log} = await openPhone(phone, {savedAge: 70});
      await clickItem(page, '###nav_selfcheck', {touch: true});
      await scrollTo(page, '###selfcheck_start');
      await clickItem(page, '###selfcheck_start', {touch: true});
      for (let i = 0; i < 3; ++i) {
        await scrollTo(page, '###answer_none');  // at 200 % below the signs
        await clickItem(page, '###answer_none', {touch: true});
      }
      const none = await scrollTo(page, '###answer_none');
      assert.ok(!(await shows(page, '###facts_confirm')), 'a page of signs, not the details yet');
      await doubleTap(page, centre(none), gap);
      assert.ok(await shows(page, '###facts_confirm') || await shows(page, '###facts_change'),
                '"Your details from last time" is shown');
      assert.ok(!(await shows(page, '###page_age')), 'and its "Change them" was not pressed');
      assert.ok(!(await shows(page, '###page_age')), 'not the age page');

      await waitUntilDrawn(page, (await frameCount(page)) - 1);  // until it takes taps
      await doubleTap(page, centre(await scrollTo(page, '###facts_change')), gap);
      assert.ok(await shows(page, '###page_age'), 'Change them opened the age page');
      assert.ok(await scrollTo(page, '###age_70'), 'the saved age\'s decade, no other pressed');
      assert.equal((await storedAnswers(page)).age_years, 70, 'the saved age kept');
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
});
