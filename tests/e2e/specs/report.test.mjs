// The doctor's report where a person looks for it, by touch on a phone: the top of the
// Diary and the self-check result open it in a new page to read, print or share (a Blob
// URL), readable at 360 px (margins, wrapping, no sideways scrolling, the report's own
// style applied despite the app's Content Security Policy); a blocked new page falls back
// to a download; where the browser shares files, "Share the report" hands the file to the
// system share sheet. English and Chinese.
// Set CRAMPCHECK_SCREENSHOTS=DIR to keep PNGs of the opened report.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {clickItem, findItem, openPage, scrollTo, useServedApp, waitForScreen} from '../lib/harness.mjs';
import {episodeRecord, seedDiary} from '../lib/records.mjs';
import {nothingToReport, walkSelfCheck} from '../lib/selfcheck_walk.mjs';

const SMALL_PHONE = {viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
                     locale: 'en-GB'};
const screenshots = process.env.CRAMPCHECK_SCREENSHOTS;

const env = useServedApp();

// Six cramps in the week ending on the last one's night, as in the issue.
const sixCramps = Array.from({length: 6}, (_, i) => episodeRecord(`00000000010${i}`, {
  started_at: `2026-12-0${i + 2}T03:10:00+08:00`, notes: i === 0 ? '<b>not bold</b>' : '',
}));

async function diaryContext(options = {}, initScript) {
  const context = await env.browser.newContext({...SMALL_PHONE, ...options});
  if (initScript) await context.addInitScript(initScript);
  await seedDiary(context, env.server.url, sixCramps);
  const {page, log} = await openPage(context, env.server.url);
  await clickItem(page, '###nav_diary', {touch: true});
  await waitForScreen(page, 'diary');
  return {context, page, log};
}

// The opened report: loaded, measured as a person reads it.
async function readReport(reportPage) {
  await reportPage.waitForLoadState('load');
  return reportPage.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      url: location.protocol,
      lang: document.documentElement.lang,
      heading: document.querySelector('h1')?.textContent ?? '',
      text: document.body.innerText,
      paddingLeft: parseFloat(body.paddingLeft),
      fontSize: parseFloat(body.fontSize),
      pageWidth: document.documentElement.scrollWidth,
      viewWidth: window.innerWidth,
      hasViewport: !!document.querySelector('meta[name=viewport]'),
      bold: document.querySelectorAll('b').length,
    };
  });
}

describe('the doctor\'s report', () => {
  test('the top of the Diary opens it in a new page, readable on a 360 px phone', async () => {
    const {context, page, log} = await diaryContext();
    const button = await findItem(page, '###report_from_diary');
    assert.ok(button.y + button.h <= 640, 'in view at the top of the Diary');
    const opened = context.waitForEvent('page');
    await clickItem(page, '###report_from_diary', {touch: true});
    const reportPage = await opened;
    const report = await readReport(reportPage);
    assert.equal(report.url, 'blob:');
    assert.equal(report.lang, 'en');
    assert.equal(report.heading.length > 0, true);
    assert.ok(report.hasViewport);
    assert.ok(report.paddingLeft >= 12, `text kept off the edges (padding ${report.paddingLeft}px): the style applies`);
    assert.ok(report.fontSize >= 15, `readable type (${report.fontSize}px)`);
    assert.ok(report.pageWidth <= report.viewWidth, `no sideways scrolling (${report.pageWidth} > ${report.viewWidth})`);
    assert.equal(report.bold, 0, 'a note is shown as text, never as markup');
    assert.match(report.text, /Each bar is one week of 7 nights/, 'the chart says what a bar is');
    assert.doesNotMatch(report.text, /UTC/, 'the footer in local time');
    if (screenshots) await reportPage.screenshot({path: join(screenshots, 'report-360-en.png'), fullPage: true});
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('in Chinese the report opens in Chinese', async () => {
    const {context, page} = await diaryContext({locale: 'zh-CN'});
    await clickItem(page, '###nav_settings', {touch: true});
    await scrollTo(page, '###lang_zh');
    await clickItem(page, '###lang_zh', {touch: true});
    await clickItem(page, '###nav_diary', {touch: true});
    const opened = context.waitForEvent('page');
    await clickItem(page, '###report_from_diary', {touch: true});
    const report = await readReport(await opened);
    assert.equal(report.lang, 'zh-Hans');
    assert.match(report.text, /每根柱子是一周/);
    assert.ok(report.pageWidth <= report.viewWidth);
    await context.close();
  });

  test('when the browser blocks the new page, the report downloads instead', async () => {
    const {context, page} = await diaryContext({acceptDownloads: true}, () => {
      window.open = () => null;
    });
    const download = page.waitForEvent('download');
    await clickItem(page, '###report_from_diary', {touch: true});
    assert.match((await download).suggestedFilename(), /^crampcheck-report-\d{4}-\d\d-\d\d\.html$/);
    await context.close();
  });

  test('where the browser shares files, Share the report hands the file to the share sheet', async () => {
    const {context, page} = await diaryContext({}, () => {
      navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
      navigator.share = async (data) => {
        window.sharedFiles = await Promise.all(data.files.map(async (file) => ({
          name: file.name, type: file.type, text: await file.text(),
        })));
      };
    });
    await clickItem(page, '###report_share', {touch: true});
    const shared = await page.waitForFunction(() => window.sharedFiles).then((handle) => handle.jsonValue());
    assert.equal(shared.length, 1);
    assert.match(shared[0].name, /^crampcheck-report-\d{4}-\d\d-\d\d\.html$/);
    assert.equal(shared[0].type, 'text/html');
    assert.match(shared[0].text, /^<!DOCTYPE html>/);
    await context.close();
  });

  test('without file sharing there is no share button', async () => {
    const {context, page} = await diaryContext({}, () => {
      navigator.canShare = undefined;
    });
    await findItem(page, '###report_from_diary');
    const labels = await page.evaluate(() => window.crampcheck.items().map((item) => item.label));
    assert.equal(labels.some((label) => label.endsWith('###report_share')), false);
    await context.close();
  });

  test('the self-check result opens the report with that check in it', async () => {
    const context = await env.browser.newContext({...SMALL_PHONE, viewport: {width: 390, height: 844}});
    const {page} = await openPage(context, env.server.url);
    await walkSelfCheck(page, nothingToReport, 'report', undefined);
    await scrollTo(page, '###report_from_result');
    const opened = context.waitForEvent('page');
    await clickItem(page, '###report_from_result', {touch: true});
    const report = await readReport(await opened);
    assert.match(report.text, /self-care/);
    assert.doesNotMatch(report.text, /No self-check recorded/);
    await context.close();
  });
});
