// issue 24: the call buttons by touch on a phone. A tap on ###call_emergency (an emergency
// result, Home) follows a tel: link to the region's number, clicked in the page during the
// tap, which a phone hands to its dialer. The test watches link clicks in the page (and stops
// the one to tel:, which a test browser has nowhere to send).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {clickItem, findItem, openApp, scrollTo, useServedApp} from '../lib/harness.mjs';
import {startSelfCheck} from '../lib/selfcheck_walk.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 3,
               locale: 'en-GB'};

const env = useServedApp();

// Records the address of every tel: link the page clicks, in window.dialled.
async function watchDialling(page) {
  await page.evaluate(() => {
    window.dialled = [];
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link && link.href.startsWith('tel:')) {
        window.dialled.push(link.href);
        event.preventDefault();
      }
    }, true);
  });
}

const dialled = (page) => page.evaluate(() => window.dialled);

describe('call buttons', () => {
  test('an emergency result: a tap on Call 999 now dials tel:999', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await watchDialling(page);
    await startSelfCheck(page);
    await clickItem(page, '###answer_yes_breathless_or_chest_pain', {touch: true});
    const call = await findItem(page, '###call_emergency');
    assert.equal(call.label, 'Call 999 now###call_emergency');
    assert.ok(call.h >= 64, `${call.h} px tall`);
    assert.deepEqual(await dialled(page), [], 'nothing dialled before the tap');
    await clickItem(page, '###call_emergency', {touch: true});
    await page.waitForFunction(() => window.dialled.length > 0, null, {timeout: 5000});
    assert.deepEqual(await dialled(page), ['tel:999']);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('Home: the emergency line has its call button', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await watchDialling(page);
    await scrollTo(page, '###call_emergency');
    await clickItem(page, '###call_emergency', {touch: true});
    await page.waitForFunction(() => window.dialled.length > 0, null, {timeout: 5000});
    assert.deepEqual(await dialled(page), ['tel:999']);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
