// Issue 24 item 2, "nothing lost, nothing invented", by touch on a small phone at 200 % text,
// in English and Chinese:
// - a cramp left during its stretch (another tab) is offered back on Home (###resume_cramp),
//   and its timer kept running meanwhile;
// - pain 5 then "Done" (###skip) stores pain 5, without Save;
// - what eased it and whether that helped stay null until the person answers.
// Screenshots of Home with the offer are kept (CRAMPCHECK_SCREENSHOTS, else
// build/test-artifacts/kept) for a look by eye.
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, openApp, repoRoot, scrollTo, useServedApp, waitForScreen} from '../lib/harness.mjs';
import {storedEpisodes} from '../lib/records.mjs';

const screenshots = process.env.CRAMPCHECK_SCREENSHOTS ?? join(repoRoot, 'build', 'test-artifacts', 'kept');
const SMALL_PHONE = {viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};

const env = useServedApp();

// Taps `id`, dragging the page up first when it is below the fold (200 % text).
async function tap(page, id) {
  await scrollTo(page, id);
  await clickItem(page, id, {touch: true});
}

// The one stored entry once `done(entry)` holds (the write lands after the frame that
// asked for it), or the last one read after 5 s.
async function storedOnce(page, done) {
  const until = Date.now() + 5000;
  for (;;) {
    const [episode] = await storedEpisodes(page);
    if ((episode && done(episode)) || Date.now() > until) return episode;
    await page.waitForTimeout(50);
  }
}

async function setTextSize200(page) {
  await tap(page, '###nav_settings');
  await tap(page, '###text_size_200');
  await tap(page, '###nav_home');
  await waitForScreen(page, 'home');
}

for (const {language, locale} of [{language: 'English', locale: 'en-GB'}, {language: 'Chinese', locale: 'zh-CN'}]) {
  describe(`nothing lost, nothing invented (${language}, 360x640, 200 %)`, () => {
    test('a cramp left mid-stretch comes back from Home; pain 5 then Done keeps pain 5', async () => {
      const {context, page} = await openApp(env.browser, env.server.url, {...SMALL_PHONE, locale});
      await setTextSize200(page);

      await tap(page, '###cramp_now');
      await tap(page, '###muscle_calf_back');
      await tap(page, '###side_left');
      await findItem(page, '###cramp_done');
      // Away to another tab while stretching: nothing saved, nothing dropped.
      await tap(page, '###nav_diary');
      await waitForScreen(page, 'diary');
      await tap(page, '###nav_home');
      await findItem(page, '###resume_cramp');
      mkdirSync(screenshots, {recursive: true});
      await page.screenshot({path: join(screenshots, `home-resume-${locale}.png`)});
      assert.equal((await storedEpisodes(page)).length, 0, 'a running cramp is not saved yet');
      await page.waitForTimeout(2100);  // the cramp goes on while the person is away

      await tap(page, '###resume_cramp');
      await waitForScreen(page, 'cramp');
      await tap(page, '###cramp_done');
      await findItem(page, '###pain_5');  // the details: the entry is saved
      let episode = await storedOnce(page, () => true);
      assert.ok(episode.duration_s >= 2, `the time away counts: ${episode.duration_s} s`);
      assert.equal(episode.relief, null, 'what eased it is not invented');
      assert.equal(episode.relief_helped, null, '"it helped" is not chosen in advance');

      await tap(page, '###pain_5');
      await tap(page, '###skip');  // "Done", not Save
      await waitForScreen(page, 'home');
      episode = await storedOnce(page, (stored) => stored.pain === 5);
      assert.equal(episode.pain, 5, 'pain 5 then Done stores pain 5');
      assert.equal(episode.relief, null);
      assert.equal(episode.relief_helped, null);
      await findItem(page, '###cramp_now');
      const shown = await page.evaluate(() => window.crampcheck.items().map((item) => item.label));
      assert.ok(!shown.some((label) => label.endsWith('###resume_cramp')), 'a saved cramp is not running');
      await context.close();
    });
  });
}
