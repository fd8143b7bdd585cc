import {clickItem, findItem, openApp, startServer, launchBrowser, waitForScreen, waitUntilQuiet} from './lib/harness.mjs';
const server = await startServer(process.argv[2]);
const browser = await launchBrowser();
const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: process.argv[3]};
const {context, page} = await openApp(browser, server.url, PHONE);
await clickItem(page, '###nav_stretches', {touch: true});
await waitForScreen(page, 'stretches');
await waitUntilQuiet(page);
await clickItem(page, '###routine_toe', {touch: true});
await findItem(page, '###stretch_pause');
const step = () => page.evaluate(() => window.crampcheck.items().map((i) => i.label).filter((l) => /###stretch_(next|again)/.test(l)).join(','));
let out = [];
for (let i = 0; i < 4; ++i) {
  await clickItem(page, '###stretch_next', {touch: true}).catch(() => {});
  await page.waitForTimeout(600);
  out.push(await step());
}
console.log(process.argv[3], out.join(' | '));
await browser.close(); server.stop();
