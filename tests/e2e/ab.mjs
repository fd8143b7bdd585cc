import {startServer, launchBrowser} from './lib/harness.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => startServer(d)));
const browser = await launchBrowser();
const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};
const results = dirs.map(() => []);
for (let round = 0; round < 7; ++round) {
  for (let i = 0; i < dirs.length; ++i) {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'crampcheck', {configurable: true, get() { return undefined; },
        set(h) { Object.defineProperty(window, 'crampcheck', {value: h, writable: true, configurable: true}); h.ready.then(() => { window.__readyAt = performance.now(); }); }});
    });
    const page = await context.newPage();
    await page.goto(servers[i].url);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, {polling: 20});
    results[i].push(await page.evaluate(() => window.__readyAt));
    await context.close();
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
dirs.forEach((d, i) => console.log(d, 'median', median(results[i]).toFixed(0), results[i].map((x) => x.toFixed(0)).join(' ')));
await browser.close(); servers.forEach((s) => s.stop());
