// Clinical 3.1 in the browser (issue 29), in English and in Chinese (###lang_zh), by touch on
// the pixels items() reports: every self-check page opens at its top with a "More below" bar
// while more lies below; an urgent result shows its level and "What to do" before the
// questions still open; skipping everything starts with one plain sentence and "Answer these
// now"; Cramp now after a clot result opens with ###cramp_clot_warning and plays no stretch.
// Set CRAMPCHECK_SCREENSHOTS=DIR to keep PNGs for a look by eye.
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, frameCount, items, openApp, scrollTo, waitForScreen, useServedApp}
  from '../lib/harness.mjs';
import {has, nothingToReport, startSelfCheck, walkSelfCheck} from '../lib/selfcheck_walk.mjs';

const phone = (width, height) => ({viewport: {width, height}, hasTouch: true, isMobile: true,
                                   deviceScaleFactor: 2, locale: 'en-GB'});
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, {recursive: true});
const keep = async (page, name) => {
  if (screenshots) await page.screenshot({path: join(screenshots, `${name}.png`)});
};

const env = useServedApp();

// The words each language shows (the ids never change).
const WORDS = {
  en: {
    noSignReported: 'You reported no warning sign',
    someOther: 'Some other questions that matter were skipped or not sure',
    whatToDo: 'What to do now\n- Get medical advice now: contact NHS 111',
    callNow: 'Call 999 now:',
    warning: 'Do not massage or stretch',
  },
  zh: {
    noSignReported: '您没有报告任何警示症状',
    someOther: '还有一些重要问题被跳过或回答了“不确定”',
    whatToDo: null,  // the Chinese action's words are the other branch's to change
    callNow: '999',
    warning: '不要按摩或拉伸',
  },
};

async function inLanguage(page, lang) {
  if (lang === 'en') return;
  await clickItem(page, '###nav_settings', {touch: true});
  await waitForScreen(page, 'settings');
  await scrollTo(page, '###lang_zh');
  await clickItem(page, '###lang_zh', {touch: true});
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans', null, {polling: 50});
  await clickItem(page, '###nav_home', {touch: true});
  await waitForScreen(page, 'home');
}

const content = (list, height) => list.filter((i) => !/###(nav_|storage)/.test(i.label) && i.y < height);
const visible = (label) => label.split('###')[0];

// Waits until the first drawn item whose label ends with one of `ids` is shown and returns
// the list of items of that frame.
async function itemsOnceShown(page, id) {
  await findItem(page, id);
  return items(page);
}

// Drags the content up by touch-sized steps with the mouse (the harness's scroll), once.
async function dragUp(page) {
  const {width, height} = page.viewportSize();
  const before = await frameCount(page);
  await page.mouse.move(width / 2, height * 0.6);
  await page.mouse.down();
  await page.mouse.move(width / 2, height * 0.25, {steps: 8});
  await page.mouse.up();
  await page.waitForFunction((count) => window.crampcheck.frameCount() > count, before,
                             {polling: 20, timeout: 5000});
}

// A walk where `leg` (the leg page's signs answered yes) and `sudden` (not sure on the
// first page) are marked; the rest as a person with nothing to report.
const marking = ({sudden = [], leg = []}) => (pageId, labels) => {
  if (pageId === 'sudden' && sudden.length) return [...sudden.map((f) => `###answer_unsure_${f}`), '###answer_none'];
  if (pageId === 'leg' && leg.length) return [...leg.map((f) => `###answer_yes_${f}`), '###answer_none'];
  return nothingToReport(pageId, labels);
};

for (const lang of ['en', 'zh']) {
  const words = WORDS[lang];
  describe(`clinical 3.1 (${lang})`, () => {
    test('every page opens at its top, and More below shows while the page goes on', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, phone(360, 640));
      await inLanguage(page, lang);
      await startSelfCheck(page);
      await findItem(page, '###page_sudden');
      // More below: shown, above the footer, not over an answer.
      const cue = await findItem(page, '###more_below');
      const none = await findItem(page, '###answer_none');
      assert.ok(cue.y + cue.h <= none.y + 0.5, 'the bar is above None of these');
      for (const item of await items(page)) {
        if (/###answer_(yes|no|unsure)_/.test(item.label)) {
          assert.ok(item.y + item.h <= cue.y + 0.5, `${item.label} is not under the bar`);
        }
      }
      await keep(page, `${lang}-360-page1-top`);
      // Scroll page 1 until its last sign shows (the first is then out of view).
      for (let i = 0; i < 10 && !has((await items(page)).map((x) => x.label), '###answer_yes_saddle_numbness_or_bladder_change'); ++i) {
        await dragUp(page);
      }
      await findItem(page, '###answer_yes_saddle_numbness_or_bladder_change');
      assert.equal((await items(page)).some((i) => i.label.endsWith('###answer_yes_breathless_or_chest_pain')), false);
      // At the bottom the bar is gone (wait for the frame that shows it).
      for (let i = 0; i < 10 && (await items(page)).some((x) => x.label.endsWith('###more_below')); ++i) {
        const before = await frameCount(page);
        await clickItem(page, '###more_below', {touch: true});
        await page.waitForFunction((count) => window.crampcheck.frameCount() > count, before,
                                   {polling: 20, timeout: 5000});
      }
      await page.waitForFunction(() => !window.crampcheck.items().some((i) => i.label.endsWith('###more_below')),
                                 null, {polling: 50, timeout: 5000});
      await keep(page, `${lang}-360-page1-bottom`);
      // Answer the page: page 2 opens at its top, its title's step and first question in view.
      await clickItem(page, '###answer_none', {touch: true});
      const first = await findItem(page, '###answer_yes_cramp_ongoing_over_10_min');
      assert.ok(first.y >= 56 && first.y + first.h <= 640 - 64, `first question on screen: ${JSON.stringify(first)}`);
      await findItem(page, '###page_leg');
      await keep(page, `${lang}-360-page2-top`);
      // Page 2 scrolled to its end, then page 3 opens with its first question, not blank.
      for (let i = 0; i < 12; ++i) await dragUp(page);
      await clickItem(page, '###answer_none', {touch: true});
      const third = await findItem(page, '###answer_yes_rest_pain_eased_hanging_leg');
      assert.ok(third.y >= 56 && third.y + third.h <= 640 - 64, `page 3's first question: ${JSON.stringify(third)}`);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test('an urgent result: the level, What to do, then the questions still open', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, phone(390, 844));
      await inLanguage(page, lang);
      await walkSelfCheck(page, marking({sudden: ['breathless_or_chest_pain'], leg: ['calf_swelling_one_side']}),
                          `${lang}-urgent`, screenshots);
      const first = await itemsOnceShown(page, '###result_level_urgent');
      const shownFirst = content(first, 844);
      assert.match(shownFirst[0].label, /###result_level_urgent$/, 'the level comes first');
      const advice = await findItem(page, '###result_what_to_do');
      assert.ok(advice.y > shownFirst[0].y, 'What to do after the level');
      if (words.whatToDo) assert.ok(advice.label.startsWith(words.whatToDo), advice.label);
      await keep(page, `${lang}-390-urgent-result`);
      const lead = await scrollTo(page, '###result_open_lead');
      assert.ok(visible(lead.label).startsWith(words.someOther), lead.label);
      const open = await scrollTo(page, '###result_not_ruled_out');
      assert.ok(open.label.includes(words.callNow), open.label);
      for (const item of await items(page)) assert.ok(!item.label.includes(words.noSignReported), item.label);
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test('skipping everything: one plain sentence, Answer these now, then the list by action', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, phone(390, 844));
      await inLanguage(page, lang);
      await walkSelfCheck(page, () => ['###next'], `${lang}-skipped`, screenshots);
      const list = content(await itemsOnceShown(page, '###result_open_lead'), 844);
      assert.match(list[0].label, /###result_open_lead$/);
      assert.ok(visible(list[0].label).startsWith(words.noSignReported), list[0].label);
      assert.match(list[1].label, /###answer_now$/);
      assert.match(list[2].label, /###result_not_ruled_out$/);
      assert.ok(list[2].label.startsWith(lang === 'en' ? 'Call 999 now:' : '请立即拨打急救电话999'), list[2].label);
      await keep(page, `${lang}-390-skipped-result`);
      await clickItem(page, '###answer_now', {touch: true});
      await findItem(page, '###page_open_signs');
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test('Cramp now after a clot result: the warning first, no stretch figure, logging works', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, phone(390, 844));
      await inLanguage(page, lang);
      await walkSelfCheck(page, marking({leg: ['calf_swelling_one_side']}), `${lang}-clot`, screenshots);
      await findItem(page, '###result_level_urgent');
      await clickItem(page, '###nav_home', {touch: true});
      await waitForScreen(page, 'home');
      await clickItem(page, '###cramp_now', {touch: true});
      await waitForScreen(page, 'cramp');
      const warning = await findItem(page, '###cramp_clot_warning');
      assert.ok(warning.label.includes(words.warning), warning.label);
      const above = content(await items(page), 844).filter((i) => i.y < warning.y - 0.5);
      assert.deepEqual(above.map((i) => i.label), [], 'the warning comes first');
      await keep(page, `${lang}-390-cramp-warning`);
      await clickItem(page, '###muscle_calf_back', {touch: true});
      await clickItem(page, '###side_left', {touch: true});
      await findItem(page, '###cramp_done');
      await findItem(page, '###cramp_clot_warning');
      await keep(page, `${lang}-390-cramp-timing`);
      // No figure moves: over a second the app draws about one frame per timer tick, where
      // a moving stretch draws every frame.
      const before = await frameCount(page);
      await page.waitForTimeout(1500);
      const drawn = (await frameCount(page)) - before;
      assert.ok(drawn < 20, `${drawn} frames in 1.5 s: no stretch animation`);
      await clickItem(page, '###cramp_done', {touch: true});
      await findItem(page, '###save');
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });
}
