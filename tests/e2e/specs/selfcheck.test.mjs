// The self-check on a 390x844 touch phone: tap through every question with real touch
// events at the pixels items() reports, read the level from the ###result_level_* item,
// and check on every step that each item lies inside the viewport.
// Set CRAMPCHECK_SCREENSHOTS=DIR to keep a PNG of each step for a look by eye.
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, items, openApp, waitForScreen, useServedApp} from '../lib/harness.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 3};
const NOT_YES_NO = new Set(['age_years', 'sex', 'episodes_per_week', 'typical_duration_s', 'new_medicines',
                            'conditions', 'quinine_weeks']);
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS;

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

// What the self-check shows now: {question: id} or {level: name}, waiting for one of them.
async function shown(page) {
  const handle = await page.waitForFunction(() => {
    for (const item of window.crampcheck.items()) {
      const level = item.label.match(/###result_level_(\w+)$/);
      if (level) return {level: level[1]};
      const question = item.label.match(/###question_(\w+)$/);
      if (question) return {question: question[1]};
    }
    return null;
  }, null, {polling: 50, timeout: 5000});
  return handle.jsonValue();
}

async function expectAllInside(page, where) {
  for (const item of await items(page)) {
    assert.ok(item.x >= 0 && item.y >= 0 && item.x + item.w <= 390.5 && item.y + item.h <= 844.5,
              `${where}: ${item.label} at ${JSON.stringify(item)} is outside the viewport`);
  }
}

// Taps through the questions: yes/no ones answered from `answers` (default "no"), the rest
// skipped with Next. Returns the level shown and the emergency item, if any.
async function completeSelfCheck(page, answers, name) {
  await clickItem(page, '###nav_selfcheck', {touch: true});
  await waitForScreen(page, 'selfcheck');
  await clickItem(page, '###selfcheck_start', {touch: true});
  let state = await shown(page);
  for (let step = 0; step < 40 && state.question; ++step) {
    await expectAllInside(page, state.question);
    if (screenshots) {
      mkdirSync(screenshots, {recursive: true});
      await page.screenshot({path: join(screenshots, `${name}-${String(step).padStart(2, '0')}-${state.question}.png`)});
    }
    const answer = answers[state.question] ?? 'no';
    const id = NOT_YES_NO.has(state.question) || answer === 'skip' ? '###next' : `###answer_${answer}`;
    await clickItem(page, id, {touch: true});
    const before = state.question;
    await page.waitForFunction((old) => !window.crampcheck.items().some((item) => item.label.endsWith(`###question_${old}`)),
                               before, {polling: 50, timeout: 5000});
    state = await shown(page);
  }
  assert.ok(state.level, `the self-check ended on a result (${JSON.stringify(state)})`);
  await expectAllInside(page, `result ${state.level}`);
  if (screenshots) await page.screenshot({path: join(screenshots, `${name}-result.png`)});
  return state.level;
}

describe('self-check', () => {
  test('a swollen calf, everything else no or skipped: urgent, by touch on a phone', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    const level = await completeSelfCheck(page, {calf_swelling_one_side: 'yes'}, 'urgent');
    assert.equal(level, 'urgent');
    const item = await findItem(page, '###result_level_urgent');
    assert.match(item.label, /^Urgent: today###/);
    assert.equal((await items(page)).some((i) => i.label.endsWith('###emergency_call')), false);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('all no: self-care', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    assert.equal(await completeSelfCheck(page, {}, 'selfcare'), 'self_care');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('an emergency sign shows the number to call first, from the browser locale', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, {...PHONE, locale: 'en-GB'});
    await clickItem(page, '###nav_selfcheck', {touch: true});
    await clickItem(page, '###selfcheck_start', {touch: true});
    await clickItem(page, '###answer_yes', {touch: true});
    const call = await findItem(page, '###emergency_call');
    const level = await findItem(page, '###result_level_emergency');
    assert.equal(call.label, 'Call 999 now###emergency_call');
    assert.ok(call.y < level.y, 'the number comes before the level');
    if (screenshots) await page.screenshot({path: join(screenshots, 'emergency-result.png')});
    await context.close();
  });
});
