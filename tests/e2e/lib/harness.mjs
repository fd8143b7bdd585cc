// Browser-test harness: serves build/web/dist with scripts/serve.mjs, drives Debian's
// Chromium through playwright-core (never a downloaded browser), and talks to the app only
// through window.crampcheck and real mouse/touch events at the pixels items() reports.
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {after, before} from 'node:test';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..', '..');
export const distDir = process.env.CRAMPCHECK_DIST ?? join(repoRoot, 'build', 'web', 'dist');
// The same site assembled as another version (scripts/cmake/make_dist.cmake's LABEL), beside
// dist: "build B" of the update tests.
export const nextDistDir = process.env.CRAMPCHECK_DIST_NEXT ?? join(dirname(distDir), 'dist-next');
// The Storage conformance page of the same web build (tests/conformance), beside dist.
export const conformanceDir = join(dirname(distDir), 'conformance');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags that work on these machines: software WebGL2 through SwiftShader, and no
// background connections (the network is closed; Chromium would keep retrying).
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

// Serves `dir` (the shipped site unless told otherwise) on a free loopback port.
export async function startServer(dir = distDir) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no built pages in ${dir}: build the web-release preset first`);
  }
  const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'serve.mjs'), '--dir', dir, '--port', '0'],
                      {stdio: ['ignore', 'pipe', 'pipe']});
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) resolve(match[0]);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return {url, stop: () => child.kill()};
}

// Starts the site's server (or one for `dir`) and one browser before a spec file's tests
// and stops both after them. Returns an object whose `server` ({url, stop}) and `browser`
// are set once the tests run. `browserArgs` adds Chromium flags (e.g. '--lang=zh-CN').
export function useServedApp(dir = distDir, {browserArgs = []} = {}) {
  const env = {server: null, browser: null};
  before(async () => {
    env.server = await startServer(dir);
    env.browser = await launchBrowser(browserArgs);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs]});
}

// The name a built file has in `dir`: the build names the wasm, its glue, app.js and the
// style after their content (builtFile(distDir, 'crampcheck', 'wasm') is
// 'crampcheck.<hash>.wasm').
export function builtFile(dir, stem, ext) {
  const pattern = new RegExp(`^${stem}\\.[0-9a-f]{12}\\.${ext}$`);
  const names = readdirSync(dir).filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`expected one ${stem}.<hash>.${ext} in ${dir}, found ${names}`);
  return names[0];
}

// Opens the app in a fresh context and waits until window.crampcheck.ready resolves.
// Collects console errors, page errors, failed requests and every requested URL.
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({viewport: {width: 390, height: 844}, ...contextOptions});
  return {context, ...await openPage(context, url)};
}

// Like openApp, in a context the test made (a second tab, a context with init scripts).
export async function openPage(context, url) {
  const page = await context.newPage();
  const log = {errors: [], failedRequests: [], requests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  page.on('request', (request) => log.requests.push(request.url()));
  await page.goto(url);
  await page.evaluate(() => window.crampcheck.ready);
  return {page, log};
}

// Watches a whole context (every page, and the service worker's own fetches): Content
// Security Policy violations and requests that leave `origin`. Call before opening pages.
export async function watchPolicy(context, origin) {
  const watched = {cspViolations: [], foreignRequests: []};
  await context.exposeBinding('crampcheckTestCspViolation', (source, text) => watched.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.crampcheckTestCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.on('request', (request) => {
    if (!request.url().startsWith(origin)) watched.foreignRequests.push(request.url());
  });
  return watched;
}

// Page errors and console errors of `page`, collected from now on into the returned array.
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return errors;
}

export const items = (page) => page.evaluate(() => window.crampcheck.items());
export const screen = (page) => page.evaluate(() => window.crampcheck.screen());
export const frameCount = (page) => page.evaluate(() => window.crampcheck.frameCount());

// Waits (by polling the app, not by sleeping a guessed time) for an item whose label ends
// with `id`, e.g. "###nav_diary", and returns it.
export async function findItem(page, id, timeout = 5000) {
  const handle = await page.waitForFunction(
      (wanted) => window.crampcheck.items().find((item) => item.label.endsWith(wanted)),
      id, {timeout, polling: 50});
  return handle.jsonValue();
}

// Waits until the last drawn frame holds the item `id` (a label ending with it, as for
// findItem; with {prefix: true} any label containing it, e.g. "###episode_" for any entry)
// and returns that frame's labels. Read a screen's items this way, not right after
// waitForScreen: screen() changes in the frame that handles the tap, and the new screen's
// items are recorded in a later frame, so an earlier read may still see the screen before
// (items() is always the last frame's list).
export async function labelsOnceShown(page, id, {prefix = false, timeout = 5000} = {}) {
  const handle = await page.waitForFunction(([wanted, anyWith]) => {
    const labels = window.crampcheck.items().map((item) => item.label);
    const shows = (label) => (anyWith ? label.includes(wanted) : label.endsWith(wanted));
    return labels.some(shows) && labels;
  }, [id, prefix], {timeout, polling: 50});
  return handle.jsonValue();
}

// Clicks (mouse) or taps (touch) the centre of an item, as a person would, and returns once
// the app has drawn what the tap did: the next step sees the screen the person would see
// (every frame is drawn, one per animation frame, so that takes a few frames).
export async function clickItem(page, id, {touch = false} = {}) {
  await findItem(page, id);
  // Once the app takes taps, as a person looks before tapping: a new page or step takes none in
  // its first 400 ms (App::NewScreenIgnoresTaps), and one may appear after the last tap was
  // drawn (a save's answer shows the details); then where the item is on that settled screen.
  await page.waitForFunction(() => window.crampcheck.settled(), null, {polling: 20, timeout: 10000});
  const item = await findItem(page, id);
  const x = item.x + item.w / 2;
  const y = item.y + item.h / 2;
  const before = await frameCount(page);
  if (touch) {
    await page.touchscreen.tap(x, y);
  } else {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.up();
  }
  await waitUntilDrawn(page, before);
  return item;
}

// Waits until a frame after `before` (a frameCount()) is drawn and the app has drawn every
// input it was given (window.crampcheck.settled()); or until the page is a new one (a tap that
// reloads it: an accepted update).
export async function waitUntilDrawn(page, before, timeout = 10000) {
  try {
    await page.waitForFunction((count) => {
      const app = window.crampcheck;
      if (!app) return true;
      const drawn = app.frameCount();
      return drawn < count || (drawn > count && app.settled());
    }, before, {polling: 20, timeout});
  } catch (error) {
    if (!/context was destroyed|navigat/i.test(String(error))) throw error;
  }
}

// Scrolls the content area the way a person does, by dragging it up, until the item `id`
// is on screen (long pages such as Settings), and returns it.
export async function scrollTo(page, id, {attempts = 10} = {}) {
  const {width, height} = page.viewportSize();
  for (let i = 0; i < attempts; ++i) {
    const shown = await page.evaluate((wanted) => window.crampcheck.items().find((item) => item.label.endsWith(wanted)), id);
    if (shown) return shown;
    const before = await frameCount(page);
    await page.mouse.move(width / 2, height * 0.7);
    await page.mouse.down();
    await page.mouse.move(width / 2, height * 0.35, {steps: 8});
    await page.mouse.up();
    // The whole drag is drawn before items() can show its result: a frame after it, then
    // every queued move taken in (a slow frame leaves some for the next ones).
    await waitUntilDrawn(page, before);
  }
  return findItem(page, id, 1000);
}

export async function waitForScreen(page, name, timeout = 5000) {
  await page.waitForFunction((wanted) => window.crampcheck.screen() === wanted, name, {timeout, polling: 50});
}

// Counts the distinct colours of a screenshot, decoded by the browser itself, so a blank
// (single-colour) canvas is told apart from a drawn one without extra packages.
export async function distinctColours(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set();
      for (let i = 0; i < pixels.length; i += 4) {
        colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        if (colours.size > 1000) break;
      }
      return colours.size;
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await page.close();
  }
}

// The share of pixels (0..1) that differ between two screenshots of the same size, decoded
// by the browser itself: a moving picture changes many, a still one none.
export async function pixelDifference(browser, pngA, pngB) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([a, b]) => {
      const decode = async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [first, second] = [await decode(a), await decode(b)];
      if (first.length !== second.length) return 1;
      let differing = 0;
      for (let i = 0; i < first.length; i += 4) {
        if (first[i] !== second[i] || first[i + 1] !== second[i + 1] || first[i + 2] !== second[i + 2]) ++differing;
      }
      return differing / (first.length / 4);
    }, [pngA, pngB].map((png) => `data:image/png;base64,${png.toString('base64')}`));
  } finally {
    await page.close();
  }
}

// Resolves once `quietMs` have passed with no frame drawn (the app idles), so a following
// measurement window starts from a settled screen.
export async function waitUntilQuiet(page, quietMs = 400, timeout = 15000) {
  await page.evaluate(() => { window.__quiet = null; });
  await page.waitForFunction((quiet) => {
    const now = performance.now();
    const count = window.crampcheck.frameCount();
    if (!window.__quiet || window.__quiet.count !== count) window.__quiet = {count, at: now};
    return now - window.__quiet.at >= quiet;
  }, quietMs, {polling: 50, timeout});
}

// The four taps of "Cramp now" from home (touch); returns when the app shows the entry as
// saved, which it does only once the transaction completed.
export async function logCramp(page, {muscle = 'calf_back', side = 'left'} = {}) {
  await clickItem(page, '###cramp_now', {touch: true});
  await waitForScreen(page, 'cramp');
  await logCrampFromMuscle(page, {muscle, side});
}

// The same from "where is the cramp?" (the "Cramp now" shortcut opens there).
export async function logCrampFromMuscle(page, {muscle = 'calf_back', side = 'left'} = {}) {
  await clickItem(page, `###muscle_${muscle}`, {touch: true});
  await clickItem(page, `###side_${side}`, {touch: true});
  await findItem(page, '###cramp_done');
  await page.waitForTimeout(1100);  // let the relief timer run past one second
  await clickItem(page, '###cramp_done', {touch: true});
  await findItem(page, '###save');
}
