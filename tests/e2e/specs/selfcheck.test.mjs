// The self-check on a 390x844 touch phone: real touch events at the pixels items()
// reports, pages of signs with "None of these", the level read from ###result_level_*,
// what was not ruled out from ###result_not_ruled_out (after its plain sentence,
// ###result_open_lead), every item inside the viewport.
// Set CRAMPCHECK_SCREENSHOTS=DIR to keep a PNG of each page for a look by eye.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, items, openApp, scrollTo, waitForScreen, useServedApp} from '../lib/harness.mjs';
import {nothingToReport, startSelfCheck, walkSelfCheck} from '../lib/selfcheck_walk.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 3,
               locale: 'en-GB'};
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS;

// One server and one browser for the whole file, stopped after it.
const env = useServedApp();

// Walks the self-check, keeping a PNG of each page when CRAMPCHECK_SCREENSHOTS is set.
const walk = (page, choose, name) => walkSelfCheck(page, choose, name, screenshots);

describe('self-check', () => {
  test('nothing to report: self-care in at most 15 taps, by touch on a phone', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    const taps = await walk(page, nothingToReport, 'nothing');
    assert.ok(taps <= 15, `${taps} taps from ###selfcheck_start`);
    const level = await findItem(page, '###result_level_self_care');
    assert.match(level.label, /^Self-care###/);
    assert.equal((await items(page)).some((i) => i.label.endsWith('###result_not_ruled_out')), false);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('skipping everything: a plain sentence and Answer these now come first, and no self-care tick', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await walk(page, () => ['###next'], 'skipped');
    const lead = await findItem(page, '###result_open_lead');
    const above = (await items(page)).filter((i) => !/###(nav_|storage)/.test(i.label) && i.y < lead.y - 0.5);
    assert.deepEqual(above.map((i) => i.label), [], 'nothing above the plain sentence');
    const open = await findItem(page, '###result_not_ruled_out');
    assert.match(open.label, /^Call 999 now:/);
    await scrollTo(page, '###result_unconfirmed');
    assert.equal((await items(page)).some((i) => i.label.endsWith('###result_level_self_care')), false);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('not sure about chest pain: the emergency number is on the first screen of the result', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    let marked = false;
    await walk(page, (pageId, labels) => {
      if (pageId === 'sudden' && !marked) {
        marked = true;
        return ['###answer_unsure_breathless_or_chest_pain', '###answer_none'];
      }
      return nothingToReport(pageId, labels);
    }, 'unsure-chest');
    const open = await findItem(page, '###result_not_ruled_out');
    assert.ok(open.y < 844, 'on the first screen');
    assert.match(open.label, /Call 999 now:[^]*chest pain/);
    assert.equal((await items(page)).some((i) => i.label.endsWith('###result_level_self_care')), false);
    await context.close();
  });

  test('a yes to sudden one-sided weakness ends the check on the emergency number', async () => {
    const {context, page} = await openApp(env.browser, env.server.url, PHONE);
    await startSelfCheck(page);
    await clickItem(page, '###answer_yes_sudden_one_side_weakness_or_speech', {touch: true});
    const call = await findItem(page, '###call_emergency');
    const level = await findItem(page, '###result_level_emergency');
    assert.equal(call.label, 'Call 999 now###call_emergency');
    assert.ok(call.y < level.y, 'the number comes before the level');
    if (screenshots) await page.screenshot({path: join(screenshots, 'emergency-result.png')});
    await context.close();
  });

  test('one swollen calf: urgent, and no stretch offered', async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await walk(page, (pageId, labels) => {
      if (pageId === 'leg') return ['###answer_yes_calf_swelling_one_side', '###answer_none'];
      return nothingToReport(pageId, labels);
    }, 'urgent');
    const item = await findItem(page, '###result_level_urgent');
    assert.match(item.label, /^Urgent: now###/);
    const labels = (await items(page)).map((i) => i.label);
    assert.equal(labels.some((l) => l.endsWith('###call_emergency')), false);
    assert.equal(labels.some((l) => l.endsWith('###result_stretches')), false);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test("the browser's back button steps back through the check, then to home", async () => {
    const {context, page, log} = await openApp(env.browser, env.server.url, PHONE);
    await startSelfCheck(page);
    await clickItem(page, '###answer_none', {touch: true});
    await findItem(page, '###page_leg');
    await page.goBack();
    await findItem(page, '###page_sudden');
    await page.goBack();
    await findItem(page, '###selfcheck_start');
    await page.goBack();
    await waitForScreen(page, 'home');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
