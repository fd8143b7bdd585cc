// Browser-test harness: serves build/web/dist with scripts/serve.mjs, drives Debian's
// Chromium through playwright-core (never a downloaded browser), and talks to the app only
// through window.crampcheck and real mouse/touch events at the pixels items() reports.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {after, before} from 'node:test';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..', '..');
export const distDir = process.env.CRAMPCHECK_DIST ?? join(repoRoot, 'build', 'web', 'dist');
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

// Opens the app in a fresh context and waits until window.crampcheck.ready resolves.
// Collects console errors, page errors, failed requests and every requested URL.
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({viewport: {width: 390, height: 844}, ...contextOptions});
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
  return {context, page, log};
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

// Clicks (mouse) or taps (touch) the centre of an item, as a person would.
export async function clickItem(page, id, {touch = false} = {}) {
  const item = await findItem(page, id);
  const x = item.x + item.w / 2;
  const y = item.y + item.h / 2;
  if (touch) {
    await page.touchscreen.tap(x, y);
  } else {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.up();
  }
  return item;
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
    // The drag is drawn before items() can show its result.
    await page.waitForFunction((count) => window.crampcheck.frameCount() > count, before, {polling: 20});
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
