// Walking the self-check as a person does, by touch on the pixels items() reports: which
// page is shown, leaving it, and the answers of a person with nothing to report. Shared by
// the self-check specs in every language (the ###ids never change with the language).
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';

import {clickItem, items, waitForScreen} from './harness.mjs';

// What the self-check shows now: {page: id}, or {result: true, level} once a result is
// on screen (level is null while only the not-ruled-out list is in view), waiting for one.
export async function shown(page) {
  const handle = await page.waitForFunction(() => {
    let result = null;
    for (const item of window.crampcheck.items()) {
      const level = item.label.match(/###result_level_(\w+)$/);
      if (level) return {result: true, level: level[1]};
      if (/###(result_not_ruled_out|result_unconfirmed|call_emergency)$/.test(item.label)) {
        result = {result: true, level: null};
      }
      const shownPage = item.label.match(/###page_(\w+)$/);
      if (shownPage) return {page: shownPage[1]};
    }
    return result;
  }, null, {polling: 50, timeout: 5000});
  return handle.jsonValue();
}

// Every item of the last frame lies inside the viewport.
export async function expectAllInside(page, where) {
  const {width, height} = page.viewportSize();
  for (const item of await items(page)) {
    assert.ok(item.x >= 0 && item.y >= 0 && item.x + item.w <= width + 0.5 && item.y + item.h <= height + 0.5,
              `${where}: ${item.label} at ${JSON.stringify(item)} is outside the viewport`);
  }
}

// Waits until the page shown is no longer `old`.
async function leftPage(page, old) {
  await page.waitForFunction((id) => !window.crampcheck.items().some((item) => item.label.endsWith(`###page_${id}`)),
                             old, {polling: 50, timeout: 5000});
}

export async function startSelfCheck(page) {
  await clickItem(page, '###nav_selfcheck', {touch: true});
  await waitForScreen(page, 'selfcheck');
  await clickItem(page, '###selfcheck_start', {touch: true});
  return 1;
}

// Goes through the pages: `choose(pageId, itemLabels)` returns the ids to tap on that page
// (the last one must leave it). With `screenshots` (a folder), keeps a PNG of each page as
// `<name>-<step>-<page>.png`. Returns the number of taps from ###selfcheck_start.
export async function walkSelfCheck(page, choose, name, screenshots) {
  let taps = await startSelfCheck(page);
  let state = await shown(page);
  if (screenshots) mkdirSync(screenshots, {recursive: true});
  for (let step = 0; step < 30 && state.page; ++step) {
    await expectAllInside(page, state.page);
    if (screenshots) {
      await page.screenshot({path: join(screenshots, `${name}-${String(step).padStart(2, '0')}-${state.page}.png`)});
    }
    const labels = (await items(page)).map((item) => item.label);
    for (const id of choose(state.page, labels)) {
      await clickItem(page, id, {touch: true});
      ++taps;
    }
    await leftPage(page, state.page);
    state = await shown(page);
  }
  assert.ok(state.result, `the self-check ended on a result (${JSON.stringify(state)})`);
  await expectAllInside(page, 'result');
  if (screenshots) await page.screenshot({path: join(screenshots, `${name}-result.png`)});
  return taps;
}

export const has = (labels, id) => labels.some((label) => label.endsWith(id));

// A person with nothing to report: "None of these" on every sign page, age 43, female, the
// presets for how often and how long.
export function nothingToReport(pageId, labels) {
  if (has(labels, '###answer_none')) return ['###answer_none'];
  if (pageId === 'age') return ['###decade_4', '###age_43'];
  if (pageId === 'sex') return ['###choice_female'];
  if (pageId === 'frequency') return ['###preset_episodes_per_week_0'];
  if (pageId === 'duration') return ['###preset_typical_duration_s_1'];
  return ['###next'];
}
