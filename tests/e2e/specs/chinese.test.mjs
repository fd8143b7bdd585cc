// Chromium in a Chinese locale (--lang=zh-CN, context locale zh-CN): the app opens in
// Chinese, the main flows (cramp now, the diary, the self-check, settings) speak Chinese by
// touch on a phone, and Settings switches to English without a reload. A PNG of each screen
// is kept (CRAMPCHECK_SCREENSHOTS, else build/test-artifacts/zh-CN) for a look by eye.
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, items, labelsOnceShown, openApp, repoRoot, scrollTo, waitForScreen,
        useServedApp} from '../lib/harness.mjs';
import {storedEpisodes} from '../lib/records.mjs';
import {nothingToReport, walkSelfCheck} from '../lib/selfcheck_walk.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
               locale: 'zh-CN'};
const DESKTOP = {viewport: {width: 1280, height: 800}, locale: 'zh-CN'};
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS ?? join(repoRoot, 'build', 'test-artifacts', 'zh-CN');
mkdirSync(screenshots, {recursive: true});

const env = useServedApp(undefined, {browserArgs: ['--lang=zh-CN']});

const chinese = /[\u4e00-\u9fff]/;
const visible = (label) => label.split('###')[0];
const keep = (page, name) => page.screenshot({path: join(screenshots, `${name}.png`)});

async function labelOf(page, id) {
  return visible((await findItem(page, id)).label);
}

describe('in a Chinese browser', () => {
  test('the app opens in Chinese: <html lang>, the home screen and the navigation', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    assert.equal(await page.evaluate(() => navigator.language), 'zh-CN');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans', null, {polling: 50});
    for (const id of ['###cramp_now', '###nav_home', '###nav_diary', '###nav_selfcheck', '###nav_settings']) {
      assert.match(await labelOf(page, id), chinese, id);
    }
    await keep(page, 'phone-home');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('cramp now and the diary, by touch, in Chinese', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await clickItem(page, '###cramp_now', {touch: true});
    await waitForScreen(page, 'cramp');
    assert.match(await labelOf(page, '###muscle_calf_back'), chinese);
    await keep(page, 'phone-cramp-where');
    await clickItem(page, '###muscle_calf_back', {touch: true});
    assert.match(await labelOf(page, '###side_left'), chinese);
    await clickItem(page, '###side_left', {touch: true});
    assert.match(await labelOf(page, '###cramp_done'), chinese);
    await keep(page, 'phone-cramp-stretch');
    await clickItem(page, '###cramp_done', {touch: true});
    assert.match(await labelOf(page, '###save'), chinese);
    await keep(page, 'phone-cramp-details');
    const [episode] = await storedEpisodes(page);
    assert.equal(episode.muscle, 'calf_back', 'stored values are never translated');
    assert.equal(episode.side, 'left');

    await clickItem(page, '###nav_diary', {touch: true});
    await waitForScreen(page, 'diary');
    const labels = await labelsOnceShown(page, `###episode_${episode.id}`);
    const row = labels.find((label) => label.endsWith(`###episode_${episode.id}`));
    assert.match(visible(row), chinese, row);
    await keep(page, 'phone-diary');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('the self-check asks and answers in Chinese, within the screen', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    const seen = [];
    await walkSelfCheck(page, (pageId, labels) => {
      seen.push(...labels.filter((label) => /###(answer_none|next)$/.test(label)));
      return nothingToReport(pageId, labels);
    }, 'phone-selfcheck', screenshots);
    assert.ok(seen.length > 0 && seen.every((label) => chinese.test(visible(label))), seen.join(' | '));
    assert.match(await labelOf(page, '###result_level_self_care'), chinese);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('Settings switches to English without a reload, and the choice is kept', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await page.evaluate(() => { window.notReloaded = true; });
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    await keep(page, 'phone-settings');
    await scrollTo(page, '###lang_en');
    await clickItem(page, '###lang_en', {touch: true});
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, {polling: 50});
    await page.waitForFunction(
        () => window.crampcheck.items().some((item) => item.label === 'Settings###nav_settings'), null, {polling: 50});
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
    await keep(page, 'phone-settings-english');

    await page.reload();
    await page.evaluate(() => window.crampcheck.ready);
    assert.equal(await labelOf(page, '###nav_home'), 'Home', 'English stays chosen after a reload');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a wide screen in Chinese: every item inside the window', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, DESKTOP);
    for (const [id, name] of [['###nav_home', 'home'], ['###nav_selfcheck', 'selfcheck'],
                              ['###nav_stretches', 'stretches'], ['###nav_settings', 'settings']]) {
      await clickItem(page, id);
      await waitForScreen(page, name);
      await findItem(page, id);
      for (const item of await items(page)) {
        assert.ok(item.x >= 0 && item.x + item.w <= 1280.5, `${name}: ${item.label} is cut off`);
      }
      await keep(page, `desktop-${name}`);
    }
    await context.close();
  });
});
