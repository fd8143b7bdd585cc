// The app loads, draws, navigates by real clicks and taps, fits phone and desktop
// viewports, stays crisp at every pixel ratio and idles without drawing.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, distinctColours, findItem, frameCount, items, openApp, screen,
        waitForScreen, useServedApp} from '../lib/harness.mjs';

const NAV = [
  ['###nav_diary', 'diary'],
  ['###nav_insights', 'insights'],
  ['###nav_selfcheck', 'selfcheck'],
  ['###nav_stretches', 'stretches'],
  ['###nav_settings', 'settings'],
  ['###nav_home', 'home'],
];

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

describe('smoke', () => {
  test('loads with no console error and no failed request, and draws a non-blank canvas', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    assert.equal(await screen(page), 'home');
    const png = await page.locator('#canvas').screenshot();
    assert.ok(await distinctColours(env.browser, png) > 20, 'the canvas shows more than a flat colour');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failedRequests, []);
    const foreign = log.requests.filter((url) => !url.startsWith(env.server.url));
    assert.deepEqual(foreign, [], 'no request leaves the app origin');
    await context.close();
  });

  test('a browser without WebGL2 is told so in words, and ready rejects', async () => {
    const context = await env.browser.newContext();
    // As a browser with WebGL2 turned off: no webgl2 context for any canvas.
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.getElementById('status').classList.contains('error'), null,
                               {polling: 50, timeout: 10000});
    assert.match(await page.locator('#status').textContent(), /WebGL2 is turned off or not supported/);
    const outcome = await page.evaluate(() => window.crampcheck.ready.then(() => 'resolved', (error) => error.message));
    assert.equal(outcome, 'WebGL2 unavailable');
    await context.close();
  });

  test('clicking each ###nav_* item shows its screen', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url);
    for (const [id, name] of NAV) {
      await clickItem(page, id);
      await waitForScreen(page, name);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('tapping navigation items works on a touch screen', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, {hasTouch: true, isMobile: true, deviceScaleFactor: 3});
    await clickItem(page, '###nav_stretches', {touch: true});
    await waitForScreen(page, 'stretches');
    await clickItem(page, '###nav_home', {touch: true});
    await waitForScreen(page, 'home');
    await context.close();
  });

  for (const viewport of [{width: 390, height: 844}, {width: 1280, height: 800}]) {
    test(`every item of every screen lies inside a ${viewport.width}x${viewport.height} viewport`, async () => {
      const {context, page} = await openApp(env.browser, env.server.url, {viewport});
      for (const [id, name] of NAV) {
        const before = (await items(page)).map((item) => item.label);
        await clickItem(page, id);
        await waitForScreen(page, name);
        // screen() changes in the frame that handles the click, which still shows the screen
        // before; check the first frame whose items are not that screen's.
        const shown = await page.waitForFunction((old) => {
          const now = window.crampcheck.items();
          return now.some((item) => !old.includes(item.label)) && now;
        }, before, {timeout: 5000, polling: 50});
        for (const item of await shown.jsonValue()) {
          assert.ok(item.x >= 0 && item.y >= 0 && item.x + item.w <= viewport.width + 0.5 &&
                    item.y + item.h <= viewport.height + 0.5,
                    `${name}: ${item.label} at ${JSON.stringify(item)} is outside the viewport`);
        }
        for (const [navId] of NAV) await findItem(page, navId);  // navigation always reachable
      }
      await context.close();
    });
  }
});

describe('display', () => {
  for (const deviceScaleFactor of [1, 2, 3]) {
    test(`renders at the real pixel ratio ${deviceScaleFactor} (backing store = CSS size x ratio)`, async () => {
      const {context, page} = await openApp(env.browser, env.server.url, {deviceScaleFactor});
      const size = await page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        return {width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width};
      });
      assert.equal(size.css, 390);
      assert.equal(size.width, 390 * deviceScaleFactor);
      assert.equal(size.height, 844 * deviceScaleFactor);
      // Items stay in CSS pixels whatever the ratio: the nav bar sits on the bottom edge.
      const home = await findItem(page, '###nav_home');
      assert.ok(Math.abs(home.y + home.h - 844) < 1, `nav bar at the bottom: ${JSON.stringify(home)}`);
      await context.close();
    });
  }

  test('the canvas follows a window resize', async () => {
    const {context, page} = await openApp(env.browser, env.server.url);
    await page.setViewportSize({width: 700, height: 600});
    await page.waitForFunction(() => document.getElementById('canvas').width === 700, null, {polling: 50});
    await page.waitForFunction(() => {
      const home = window.crampcheck.items().find((item) => item.label.endsWith('###nav_home'));
      return home && Math.abs(home.y + home.h - 600) < 1;
    }, null, {polling: 50, timeout: 5000});
    await context.close();
  });

  test('idles: after input stops, at most 3 frames in the next 3 seconds', async () => {
    const {context, page} = await openApp(env.browser, env.server.url);
    await clickItem(page, '###nav_diary');
    await page.mouse.move(5, 300);
    const afterInput = await frameCount(page);
    await page.waitForTimeout(3000);  // a measurement window, not a wait for a result
    const later = await frameCount(page);
    assert.ok(later - afterInput <= 3, `${later - afterInput} frames drawn while idle`);
    assert.equal(await screen(page), 'diary');
    await context.close();
  });

  test('the relief timer draws once a second, not continuously', async () => {
    const {context, page} = await openApp(env.browser, env.server.url);
    await clickItem(page, '###cramp_now');
    await waitForScreen(page, 'cramp');
    await clickItem(page, '###muscle_calf_back');
    await clickItem(page, '###side_left');
    await findItem(page, '###cramp_done');
    await page.mouse.move(5, 300);
    // The figure first moves into the stretch (every frame); the hold that follows is what
    // this measures: wait until a whole half second passes with at most one frame.
    await page.waitForFunction(() => {
      const now = performance.now();
      const count = window.crampcheck.frameCount();
      const seen = window.__frames ??= {count, at: now};
      if (count > seen.count + 1) window.__frames = {count, at: now};
      return now - window.__frames.at > 500;
    }, null, {polling: 50, timeout: 30000});
    const start = await frameCount(page);
    await page.waitForTimeout(4000);  // a measurement window: four ticks of the timer
    const drawn = (await frameCount(page)) - start;
    assert.ok(drawn >= 2 && drawn <= 4 + 3, `${drawn} frames in 4 s of timing (one per second expected)`);
    await context.close();
  });
});
