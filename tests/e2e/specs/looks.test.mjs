// issue 24 item 8, by touch on a small phone (360x640), in English and Chinese: choosing a
// text size or a language in Settings keeps the chosen button where it was under the finger
// (the page reflows around it instead of jumping), and at 200 % the Cramp now answers stay on
// one screen. Labels inside their buttons are measured natively from the draw data
// (tests/unit/app/labels_fit_test.cpp).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, openApp, scrollTo, useServedApp} from '../lib/harness.mjs';

const SMALL_PHONE = {viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};
const env = useServedApp();

// Taps `id` in Settings (scrolled into view first) and returns how far the button moved on the
// screen once the page reflowed around the change.
async function movedByChoosing(page, id) {
  await scrollTo(page, id);
  const before = await findItem(page, id);
  await clickItem(page, id, {touch: true});
  const after = await findItem(page, id);
  return Math.abs(after.y - before.y);
}

for (const [language, locale] of [['English', 'en-GB'], ['Chinese', 'zh-CN']]) {
  describe(`Settings keeps the changed control under the finger (${language})`, () => {
    test('text sizes 200 %, 100 %, 150 % and back: the tapped button stays put', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, {...SMALL_PHONE, locale});
      await clickItem(page, '###nav_settings', {touch: true});
      for (const id of ['###text_size_200', '###text_size_100', '###text_size_150', '###text_size_100']) {
        const moved = await movedByChoosing(page, id);
        assert.ok(moved <= 6, `${id} moved ${moved} px when chosen`);
      }
      assert.deepEqual(log.errors, []);
      await context.close();
    });

    test('at 200 %, Cramp now shows both answers on one screen', async () => {
      const {context, page, log} = await openApp(env.browser, env.server.url, {...SMALL_PHONE, locale});
      await clickItem(page, '###nav_settings', {touch: true});
      await scrollTo(page, '###text_size_200');
      await clickItem(page, '###text_size_200', {touch: true});
      await clickItem(page, '###nav_home', {touch: true});
      await clickItem(page, '###cramp_now', {touch: true});
      await clickItem(page, '###muscle_calf_back', {touch: true});
      await clickItem(page, '###side_left', {touch: true});
      // No scrolling: both answers are whole on the first view, above the tab bar.
      for (const id of ['###cramp_done', '###cramp_still']) {
        const answer = await findItem(page, id);
        assert.ok(answer.h >= 44 && answer.y + answer.h <= 640 - 64, `${id} at ${answer.y}+${answer.h}`);
      }
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });
}
