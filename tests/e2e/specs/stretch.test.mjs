// The stretch diagrams in the real build: the toe stretch moves in Cramp now (frames advance,
// pixels change) and the app stops drawing once "It has eased" is tapped; on Stretches every
// routine plays by touch, pause stops the frames, and a device asking for less motion gets
// still key poses. PNGs of each routine playing, at 390x844 and 1280x800, are kept
// (CRAMPCHECK_SCREENSHOTS, else build/test-artifacts/stretch) for a look by eye.
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, frameCount, openApp, pixelDifference, repoRoot, scrollTo, screen,
        useServedApp, waitForScreen, waitUntilQuiet} from '../lib/harness.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};
const DESKTOP = {viewport: {width: 1280, height: 800}};
const ROUTINES = ['toe', 'calf_back', 'calf_back_pregnancy', 'calf_front', 'thigh_back', 'thigh_front',
                  'bedtime', 'pregnancy_foot'];
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS ?? join(repoRoot, 'build', 'test-artifacts', 'stretch');
mkdirSync(screenshots, {recursive: true});

const env = useServedApp();

const canvasShot = (page) => page.locator('#canvas').screenshot();
const keep = (page, name) => page.screenshot({path: join(screenshots, `${name}.png`)});

// Frames drawn over `ms` (a measurement window, not a wait for a result).
async function framesOver(page, ms) {
  const before = await frameCount(page);
  await page.waitForTimeout(ms);
  return (await frameCount(page)) - before;
}

async function playRoutine(page, id, {touch = true} = {}) {
  await clickItem(page, '###nav_stretches', {touch});
  await waitForScreen(page, 'stretches');
  // The list drawn (the tap's own frame still shows the page it left), then to the card.
  await findItem(page, '###routine_toe');
  await scrollTo(page, `###routine_${id}`);
  await waitUntilQuiet(page);  // the list laid out and drawn: the tap lands on Play
  await clickItem(page, `###routine_${id}`, {touch});
  await findItem(page, '###stretch_pause');
}

describe('stretch diagrams', () => {
  test('the toe stretch moves in Cramp now, and frames stop after ###cramp_done', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await clickItem(page, '###cramp_now', {touch: true});
    await waitForScreen(page, 'cramp');
    await clickItem(page, '###muscle_toe', {touch: true});
    await clickItem(page, '###side_left', {touch: true});
    await findItem(page, '###cramp_done');
    // The first seven seconds move into the stretch: every frame is drawn (a hold would
    // draw at most 4 a second, 11 in 2 s with the tap's own frames).
    const first = await canvasShot(page);
    const moving = await framesOver(page, 2000);
    const second = await canvasShot(page);
    await keep(page, 'cramp-toe-phone');
    assert.ok(moving >= 12, `${moving} frames in 2 s while the figure moves`);
    const changed = await pixelDifference(env.browser, first, second);
    assert.ok(changed > 0.002, `${(changed * 100).toFixed(2)}% of the pixels changed while moving`);

    await clickItem(page, '###cramp_done', {touch: true});
    await findItem(page, '###save');
    await waitUntilQuiet(page);
    assert.equal(await framesOver(page, 3000), 0, 'no frame once the stretch has ended');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('every routine plays on Stretches with its figure; pause stops the frames', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await clickItem(page, '###nav_stretches', {touch: true});
    await waitForScreen(page, 'stretches');
    await keep(page, 'stretches-list-phone');
    for (const id of ROUTINES) {
      await playRoutine(page, id);
      const first = await canvasShot(page);
      await page.waitForTimeout(700);  // part of the first move, for a second picture
      const second = await canvasShot(page);
      await keep(page, `playing-${id}-phone`);
      const changed = await pixelDifference(env.browser, first, second);
      assert.ok(changed > 0.001, `${id}: ${(changed * 100).toFixed(2)}% of the pixels changed`);
      await clickItem(page, '###stretch_stop', {touch: true});
      await findItem(page, '###routine_toe');  // the list again, from its top
    }

    await playRoutine(page, 'toe');
    await clickItem(page, '###stretch_pause', {touch: true});
    await findItem(page, '###stretch_resume');
    await waitUntilQuiet(page);
    assert.equal(await framesOver(page, 2000), 0, 'a paused routine draws nothing');
    await clickItem(page, '###stretch_resume', {touch: true});
    await findItem(page, '###stretch_pause');
    const resumed = await framesOver(page, 2000);
    assert.ok(resumed >= 12, `resumed, the figure moves again: ${resumed} frames in 2 s`);
    await clickItem(page, '###nav_home', {touch: true});
    await waitForScreen(page, 'home');
    await waitUntilQuiet(page);
    assert.equal(await framesOver(page, 2000), 0, 'leaving Stretches stops the routine');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a device that asks for less motion gets still key poses with the timer', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, {...PHONE, reducedMotion: 'reduce'});
    await playRoutine(page, 'toe');
    await waitUntilQuiet(page, 300);
    assert.ok(await framesOver(page, 2000) <= 2, 'no continuous motion before the first hold');
    assert.equal(await screen(page), 'stretches');
    await context.close();
  });

  test('on a desktop window the routine playing fits and keeps its controls in view', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, DESKTOP);
    await clickItem(page, '###nav_stretches');
    await waitForScreen(page, 'stretches');
    await keep(page, 'stretches-list-desktop');
    await playRoutine(page, 'bedtime', {touch: false});
    const stop = await findItem(page, '###stretch_stop');
    assert.ok(stop.y + stop.h <= 800, 'Stop is on screen without scrolling');
    await keep(page, 'playing-bedtime-desktop');
    await context.close();
  });
});
