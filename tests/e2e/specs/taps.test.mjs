// Taps by touch on a phone, as fast as a person half awake taps: none is lost and none
// leaves a button looking chosen.
// - A finger that has lifted hovers nothing: after a tap that opens another screen, the
//   button now under where the finger was looks exactly as on that screen opened without
//   a tap (the "Cramp now" shortcut link).
// - 200 taps at a person's pace (~300 ms apart) and at a double tap's (~120 ms): Next step
//   of a stretch (counted by the buzz of each new step: navigator.vibrate), Cramp now's steps with
//   Still cramping (counted by the screens, the note Still cramping shows and the
//   entries saved), and the self-check's answers (counted by the answers it stored). Taps
//   go out at their spacing, at the places the same screens showed before; the test then
//   waits for the state they must have made. A tap on a screen that has just appeared waits
//   for it to take taps (400 ms: a faster one is swallowed on purpose, double_taps.test.mjs).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, items, openApp, openPage, pixelDifference, useServedApp, waitForScreen,
        waitUntilQuiet} from '../lib/harness.mjs';
import {readDatabase, storedEpisodes} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 1,
               locale: 'en-GB'};
const HUMAN_MS = 300;
const DOUBLE_TAP_MS = 120;
// A new page or step takes no tap for its first 400 ms (App::NewScreenIgnoresTaps): a tap on
// one goes out this long after the tap that opened it, whatever the pace.
const NEW_SCREEN_MS = 450;

const env = useServedApp();

const centre = (item) => ({x: item.x + item.w / 2, y: item.y + item.h / 2});
// The rectangle two items share, or null.
function overlap(a, b) {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.w, b.x + b.w) - x;
  const h = Math.min(a.y + a.h, b.y + b.h) - y;
  return w > 8 && h > 8 ? {x, y, w, h} : null;
}

// Taps at `points` one after the other, `spacingMs` apart (the spacing is the point of the
// test: no wait for the app in between). A point {..., newScreen: true} is on a screen the tap
// before opened: it waits NEW_SCREEN_MS and until the app takes taps (a save's answer shows
// another step later), or the guard would swallow it.
async function tapAt(page, points, spacingMs) {
  for (const [i, point] of points.entries()) {
    if (i > 0) await page.waitForTimeout(point.newScreen ? Math.max(spacingMs, NEW_SCREEN_MS) : spacingMs);
    if (i > 0 && point.newScreen) {
      await page.waitForFunction(() => window.crampcheck.settled(), null, {polling: 20, timeout: 5000});
    }
    await page.touchscreen.tap(point.x, point.y);
  }
}

// Waits until the last drawn frame holds an item ending with `id` (polling often: the
// taps that follow are timed).
async function waitForItem(page, id, timeout = 5000) {
  const handle = await page.waitForFunction(
      (wanted) => window.crampcheck.items().find((item) => item.label.endsWith(wanted)) ?? null,
      id, {timeout, polling: 20});
  return handle.jsonValue();
}

// Resolves once the taps sent so far have been taken in: the app draws while input waits
// in ImGui's queue, so either it has drawn `count` more frames (a figure moving draws all
// the time) or it has drawn none for 300 ms (idle again). A missing effect is a lost tap.
async function settled(page, count = 8) {
  await page.evaluate(() => { window.__settle = null; });
  await page.waitForFunction((more) => {
    const now = performance.now();
    const frames = window.crampcheck.frameCount();
    const state = window.__settle ??= {start: frames, last: frames, at: now};
    if (frames !== state.last) Object.assign(state, {last: frames, at: now});
    return frames >= state.start + more || now - state.at >= 300;
  }, count, {polling: 20, timeout: 10000});
}

const crop = (page, item) => page.screenshot({clip: {x: item.x, y: item.y, width: item.w, height: item.h}});

async function storedAnswers(page) {
  const meta = (await readDatabase(page)).stores.meta?.records ?? [];
  const record = meta.find((r) => r.key === 'last_triage_answers');
  if (!record) return {};
  return typeof record.value === 'string' ? JSON.parse(record.value) : record.value;
}

describe('taps by touch', () => {
  test('a lifted finger leaves nothing looking chosen on the screen it opened', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    const tapped = await findItem(page, '###cramp_now');
    // The screen it opens, opened by the shortcut link instead: no finger has been anywhere.
    const fresh = await context.newPage();
    await fresh.goto(`${env.server.url}?start=cramp`);
    await fresh.evaluate(() => window.crampcheck.ready);
    await findItem(fresh, '###muscle_calf_back');
    await waitUntilQuiet(fresh);
    // A button of that screen under "Cramp now", and a point on both.
    const under = (await items(fresh)).find((item) => item.label.includes('###muscle_') && overlap(item, tapped));
    assert.ok(under, 'a button of the new screen lies under Cramp now');
    const finger = centre(overlap(under, tapped));
    const untouched = await crop(fresh, under);

    await waitUntilQuiet(page);
    await page.touchscreen.tap(finger.x, finger.y);
    await waitForScreen(page, 'cramp');
    const same = await findItem(page, under.label);
    assert.deepEqual(same, under, 'the tap opened the same screen');
    await waitUntilQuiet(page);
    const afterTap = await crop(page, same);
    const differing = await pixelDifference(env.browser, afterTap, untouched);
    assert.equal(differing, 0, `${under.label} looks hovered after the tap (${(differing * 100).toFixed(1)}% differs)`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  for (const [pace, spacingMs] of [['a person\'s pace', HUMAN_MS], ['double-tap pace', DOUBLE_TAP_MS]]) {
    test(`100 taps at ${pace} (${spacingMs} ms): none is lost`, async () => {
      // Every new step of a stretch buzzes once (navigator.vibrate, counted here).
      const context = await env.browser.newContext(PHONE);
      await context.addInitScript(() => {
        window.__buzzes = 0;
        Object.defineProperty(Navigator.prototype, 'vibrate',
                              {configurable: true, value: () => { window.__buzzes += 1; return true; }});
      });
      const {page, log} = await openPage(context, env.server.url);
      const buzzes = () => page.evaluate(() => window.__buzzes);
      let taps = 0;

      // Next step: each tap moves one step on, well inside the routine (its first steps
      // take seconds each), so each buzzes once.
      await clickItem(page, '###nav_stretches', {touch: true});
      await waitForScreen(page, 'stretches');
      await findItem(page, '###routine_toe');
      await waitUntilQuiet(page);
      const play = centre(await findItem(page, '###routine_toe'));
      const NEXT_TAPS = 3;
      for (let round = 0; round < 6; ++round) {
        await page.touchscreen.tap(play.x, play.y);
        const next = centre(await waitForItem(page, '###stretch_next'));
        await settled(page);
        // The routine playing is a new step of the page: its first 400 ms take no tap.
        await page.waitForFunction(() => window.crampcheck.settled(), null, {polling: 20, timeout: 5000});
        const before = await buzzes(page);
        await tapAt(page, Array(NEXT_TAPS).fill(next), spacingMs);
        await page.waitForFunction((count) => window.__buzzes >= count, before + NEXT_TAPS,
                                   {polling: 20, timeout: 5000}).catch(() => {});
        await settled(page);
        assert.equal(await buzzes(page) - before, NEXT_TAPS, `round ${round}: steps moved on by ${NEXT_TAPS} taps`);
        await clickItem(page, '###stretch_stop', {touch: true});
        await waitForItem(page, '###routine_toe');
        await waitUntilQuiet(page, 200);
        taps += NEXT_TAPS + 2;
      }
      await clickItem(page, '###nav_home', {touch: true});
      await waitForScreen(page, 'home');

      // Cramp now: where? which leg? Still cramping (the note it shows, in room kept for it
      // above "It has eased"), It has eased, Skip: home again with one more entry.
      await findItem(page, '###cramp_now');
      await waitUntilQuiet(page);
      const place = {cramp_now: centre(await findItem(page, '###cramp_now'))};
      await clickItem(page, '###cramp_now', {touch: true});
      place.muscle = {...centre(await clickItem(page, '###muscle_calf_back', {touch: true})), newScreen: true};
      place.side = {...centre(await clickItem(page, '###side_left', {touch: true})), newScreen: true};
      const done = await findItem(page, '###cramp_done');
      // The note's last line, between the hold's ring and It has eased (12 px apart).
      const noteLine = {x: done.x, y: done.y - 28, w: done.w, h: 14};
      const noNote = await crop(page, noteLine);
      place.still = {...centre(await clickItem(page, '###cramp_still', {touch: true})), newScreen: true};
      const noted = async () => {
        const deadline = Date.now() + 5000;
        while (await pixelDifference(env.browser, await crop(page, noteLine), noNote) === 0) {
          assert.ok(Date.now() < deadline, 'Still cramping showed its note');
          await page.waitForTimeout(50);  // polling the screen for the note, up to the deadline
        }
      };
      await noted();
      assert.deepEqual(await findItem(page, '###cramp_done'), done, 'It has eased stays where it was');
      place.done = centre(await clickItem(page, '###cramp_done', {touch: true}));
      place.skip = {...centre(await clickItem(page, '###skip', {touch: true})), newScreen: true};
      await waitForScreen(page, 'home');
      let entries = 1;
      taps += 6;
      for (let round = 0; round < 5; ++round) {
        await findItem(page, '###cramp_now');
        await page.waitForTimeout(NEW_SCREEN_MS);  // home, which Skip just opened, takes taps
        await tapAt(page, [place.cramp_now, place.muscle, place.side, place.still], spacingMs);
        // Still cramping shows its note: that tap was taken.
        await noted();
        await page.waitForTimeout(spacingMs);
        await tapAt(page, [place.done, place.skip], spacingMs);
        ++entries;
        await waitForScreen(page, 'home');
        taps += 6;
      }
      assert.equal((await storedEpisodes(page)).length, entries, 'one entry saved per round');

      // The self-check's first page of signs: each round answers every sign again, "no" and
      // "not sure" in turn, so every tap changes a stored answer.
      await clickItem(page, '###nav_selfcheck', {touch: true});
      await waitForScreen(page, 'selfcheck');
      await clickItem(page, '###selfcheck_start', {touch: true});
      const {height} = page.viewportSize();
      const shown = await page.waitForFunction(() => {
        const all = window.crampcheck.items();
        const signs = all.map((item) => item.label.match(/###answer_no_(\w+)$/)?.[1]).filter(Boolean);
        return signs.length > 0 && all;
      }, null, {polling: 20});
      const buttons = await shown.jsonValue();
      const fields = buttons.map((item) => item.label.match(/###answer_no_(\w+)$/)?.[1]).filter(Boolean)
          .filter((field) => ['no', 'unsure'].every((kind) => buttons.some(
              (item) => item.label.endsWith(`###answer_${kind}_${field}`) && item.y + item.h < height - 120)));
      assert.ok(fields.length >= 2, `signs on screen: ${fields}`);
      const at = (kind, field) => centre(buttons.find((item) => item.label.endsWith(`###answer_${kind}_${field}`)));
      const rounds = Math.ceil((200 / 2 - taps) / fields.length);
      for (let round = 0; round < rounds; ++round) {
        const kinds = fields.map((field, i) => ((round + i) % 2 === 0 ? 'no' : 'unsure'));
        await tapAt(page, fields.map((field, i) => at(kinds[i], field)), spacingMs);
        taps += fields.length;
        const expected = Object.fromEntries(fields.map((field, i) => [field, kinds[i]]));
        const deadline = Date.now() + 5000;
        let stored = {};
        for (;;) {  // the answers are stored after each change: wait for the last ones
          stored = await storedAnswers(page);
          const got = Object.fromEntries(fields.map((field) => [field,
            !(field in stored) ? 'none' : stored[field] === false ? 'no' : stored[field] === true ? 'yes' : 'unsure']));
          if (JSON.stringify(got) === JSON.stringify(expected)) break;
          assert.ok(Date.now() < deadline, `round ${round}: stored ${JSON.stringify(got)}, tapped ${JSON.stringify(expected)}`);
          await page.waitForTimeout(50);  // polling the database for the state, up to the deadline
        }
      }
      assert.ok(taps >= 100, `${taps} taps`);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
});
