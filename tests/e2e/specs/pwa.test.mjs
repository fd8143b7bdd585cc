// The installed app in real Chromium: it starts offline, its "Cramp now" shortcut opens the
// muscle choice (online, offline, from a bookmark), it updates from build A to build B only
// on the person's word and with the diary intact, a broken update changes nothing, a second
// tab is never reloaded under an entry, and every file a page loads is one build's, by the
// content hash in its name. No Content Security Policy violation and no request to another
// origin anywhere.
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {cp, mkdtemp, readFile, rename, rm, symlink, unlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {builtFile, clickItem, distDir, findItem, items, labelsOnceShown, logCramp, logCrampFromMuscle,
        nextDistDir, openPage, scrollTo, screen, startServer, useServedApp, waitForScreen,
        watchPolicy} from '../lib/harness.mjs';
import {storedEpisodes} from '../lib/records.mjs';

const PHONE = {viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true, deviceScaleFactor: 2};
const INSTALL_TIMEOUT = 30000;  // a worker installs by downloading and hashing 1.5 MB

// One server (build A as shipped) and one browser for the whole file, stopped after it.
const env = useServedApp();

// What a site's sw.js says: its cache name and its precache list [[path, sha256]].
async function workerOf(dir) {
  const text = await readFile(join(dir, 'sw.js'), 'utf8');
  return {
    cacheName: text.match(/const CACHE_NAME = '([^']+)'/)[1],
    precache: [...text.matchAll(/\['\.\/([^']*)', '([0-9a-f]{64})'\]/g)].map((match) => [match[1], match[2]]),
  };
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// A site the test moves from build to build the way a deploy does: the server serves a
// symlink that is re-pointed atomically.
async function switchableSite(first) {
  const root = await mkdtemp(join(tmpdir(), 'crampcheck-sites-'));
  const link = join(root, 'site');
  await symlink(first, link);
  const server = await startServer(link);
  return {
    url: server.url,
    root,
    async serve(dir) {
      const next = join(root, 'site.next');
      await symlink(dir, next);
      await rename(next, link);
    },
    async stop() {
      server.stop();
      await rm(root, {recursive: true, force: true});
    },
  };
}

// A copy of build B, spoiled by `spoil(dir)`, inside `root`.
async function spoiledCopy(root, name, spoil) {
  const dir = join(root, name);
  await cp(nextDistDir, dir, {recursive: true});
  await spoil(dir);
  return dir;
}

// A context watched for CSP violations and requests leaving `origin` from its first page on.
async function watchedContext(origin, options = {}) {
  const context = await env.browser.newContext({...PHONE, ...options});
  return {context, watched: await watchPolicy(context, origin)};
}

function assertClean(watched) {
  assert.deepEqual(watched.cspViolations, [], 'no Content Security Policy violation');
  assert.deepEqual(watched.foreignRequests, [], 'no request to another origin');
}

// The service worker controls the page: its files are on the device.
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null,
                             {polling: 100, timeout: INSTALL_TIMEOUT});
}

async function reloadReady(page) {
  await page.reload();
  await page.evaluate(() => window.crampcheck.ready);
}

// Counts the page's update checks (ServiceWorkerRegistration.update) and keeps the last
// one's promise, so a test can wait for the check it caused.
async function countUpdateChecks(page) {
  await page.evaluate(() => {
    const counted = !!window.updateChecks;
    window.updateChecks = [];
    if (counted) return;
    const update = ServiceWorkerRegistration.prototype.update;
    ServiceWorkerRegistration.prototype.update = function() {
      const check = update.call(this);
      window.updateChecks.push(check.then(() => 'done', (error) => error.message));
      return check;
    };
  });
}

// The page goes to the background and comes back `minutes` later by its clock.
async function backToForeground(page, minutes) {
  await page.evaluate((shift) => {
    const now = Date.now;
    Date.now = () => now() + shift;
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', {value: state, configurable: true});
      document.dispatchEvent(new Event('visibilitychange'));
    }
  }, minutes * 60 * 1000);
  return page.evaluate(() => window.updateChecks.length);
}

// Waits for the last update check to end and for the worker it found, if any, to settle
// (installed and waiting, or failed); true when a new version waits.
async function updateSettled(page) {
  return page.evaluate(async () => {
    await window.updateChecks[window.updateChecks.length - 1];
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = registration.installing;
    if (worker) {
      await new Promise((resolve) => worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' || worker.state === 'redundant') resolve();
      }));
    }
    return registration.waiting !== null;
  });
}

// Serves build A from a switchable site to one watched context for `body`, then stops both.
async function withSite(body) {
  const site = await switchableSite(distDir);
  const {context, watched} = await watchedContext(site.url);
  try {
    await body({site, context, watched});
  } finally {
    await context.close();
    await site.stop();
  }
}

// Taps the update offer and waits for the one reload into the new version.
async function acceptUpdate(page) {
  const reloaded = page.waitForEvent('load');
  await clickItem(page, '###update_reload', {touch: true});
  await reloaded;
  await page.evaluate(() => window.crampcheck.ready);
}

// The app script the page runs (its name says which build's it is).
const appScript = (page) => page.evaluate(() => document.querySelector('script[type=module]').getAttribute('src'));
const cacheNames = (page) => page.evaluate(() => caches.keys());
const hasItem = async (page, id) => (await items(page)).some((item) => item.label.endsWith(id));

describe('offline', () => {
  test('cold start offline: the worker controls, the page reloads offline, a cramp is logged and stored', async () => {
    const {context, watched} = await watchedContext(env.server.url);
    const {page, log} = await openPage(context, env.server.url);
    await controlled(page);
    await context.setOffline(true);
    await reloadReady(page);
    await logCramp(page, {muscle: 'calf_front', side: 'right'});
    await reloadReady(page);
    const episodes = await storedEpisodes(page);
    assert.equal(episodes.length, 1);
    assert.equal(episodes[0].muscle, 'calf_front');
    await clickItem(page, '###nav_diary', {touch: true});
    await findItem(page, `###episode_${episodes[0].id}`);
    assert.deepEqual(log.errors, []);
    assertClean(watched);
    await context.close();
  });

  test('opened offline with nothing on the device, the page says so plainly', async () => {
    const {context, watched} = await watchedContext(env.server.url);
    const {page} = await openPage(context, env.server.url);
    await controlled(page);
    await page.evaluate(async () => Promise.all((await caches.keys()).map((name) => caches.delete(name))));
    await context.setOffline(true);
    await page.reload();
    const text = await page.locator('#offline').textContent();
    assert.match(text, /not saved on this device any more, and there is no connection/);
    assert.match(text, /Connect to the internet and open it again/);
    assertClean(watched);
    await context.close();
  });

  test('a wasm that cannot be downloaded is said in the browser\'s language, and <html lang> follows', async () => {
    for (const [locale, lang, words] of [['en-GB', 'en', /could not load. Check your connection/],
                                         ['zh-CN', 'zh-Hans', /无法加载。请检查网络连接/]]) {
      const {context, watched} = await watchedContext(env.server.url, {locale});
      await context.route('**/crampcheck.*.wasm', (route) => route.abort('connectionreset'));
      const page = await context.newPage();
      await page.goto(env.server.url);
      await page.waitForFunction(() => document.getElementById('status').classList.contains('error'), null,
                                 {polling: 50, timeout: 10000});
      assert.match(await page.locator('#status').textContent(), words);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assertClean(watched);
      await context.close();
    }
  });

  test('<html lang> follows the app\'s language once it runs', async () => {
    const {context, watched} = await watchedContext(env.server.url, {locale: 'zh-CN'});
    const {page} = await openPage(context, env.server.url);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    await scrollTo(page, '###lang_en');
    await clickItem(page, '###lang_en', {touch: true});
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, {polling: 50, timeout: 5000});
    assertClean(watched);
    await context.close();
  });
});

describe('the "Cramp now" shortcut', () => {
  test('the manifest\'s first shortcut is "Cramp now", with a maskable icon of its own', async () => {
    const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.shortcuts[0].name, 'Cramp now');
    assert.ok(manifest.id && manifest.lang === 'en');
    assert.deepEqual(manifest.categories, ['health', 'medical']);
    const maskable = manifest.icons.filter((icon) => icon.purpose === 'maskable');
    assert.ok(maskable.length > 0 && maskable.every((icon) => /maskable/.test(icon.src)), 'not the plain icon reused');
    const response = await fetch(new URL(maskable[0].src, env.server.url));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
  });

  test('its URL opens the muscle choice online, offline and from a bookmark, and a reload opens home', async () => {
    const manifest = JSON.parse(await readFile(join(distDir, 'manifest.webmanifest'), 'utf8'));
    const url = new URL(manifest.shortcuts[0].url, env.server.url).href;
    const {context, watched} = await watchedContext(env.server.url);
    const {page} = await openPage(context, url);
    assert.equal(await screen(page), 'cramp');
    await labelsOnceShown(page, '###muscle_calf_back');
    assert.equal(new URL(page.url()).search, '', 'the link is taken off the address');
    await logCrampFromMuscle(page, {muscle: 'toe', side: 'left'});
    await controlled(page);
    await reloadReady(page);
    assert.equal(await screen(page), 'home', 'a reload does not open the shortcut again');

    await context.setOffline(true);
    await page.goto(url);
    await page.evaluate(() => window.crampcheck.ready);
    assert.equal(await screen(page), 'cramp', 'offline');
    await labelsOnceShown(page, '###muscle_calf_back');
    const bookmark = await openPage(context, url);  // a new tab from a bookmark, offline
    assert.equal(await screen(bookmark.page), 'cramp', 'from a bookmark');
    await logCrampFromMuscle(bookmark.page, {muscle: 'foot', side: 'both'});
    assert.equal((await storedEpisodes(bookmark.page)).length, 2);
    assertClean(watched);
    await context.close();
  });
});

describe('files named by content', () => {
  test('every precached file resolves, matches its SHA-256 and, when hashed, its name', async () => {
    for (const dir of [distDir, nextDistDir]) {
      const {precache} = await workerOf(dir);
      assert.ok(precache.length >= 10, `${dir}: ${precache.length} files`);
      for (const [name, hash] of precache) {
        const bytes = await readFile(join(dir, name === '' ? 'index.html' : name));
        assert.equal(sha256(bytes), hash, `${dir}/${name}`);
        const named = name.match(/\.([0-9a-f]{12})\.(js|wasm|css)$/);
        if (named) assert.ok(hash.startsWith(named[1]), `${name} is named after its content`);
      }
    }
    for (const [stem, ext] of [['crampcheck', 'wasm'], ['crampcheck', 'js'], ['app', 'js'], ['style', 'css']]) {
      builtFile(distDir, stem, ext);  // one of each, hashed
    }
    const page = await readFile(join(distDir, 'index.html'), 'utf8');
    assert.ok(page.includes(`src="${builtFile(distDir, 'app', 'js')}"`));
    assert.ok(page.includes(`href="${builtFile(distDir, 'style', 'css')}"`));
    const app = await readFile(join(distDir, builtFile(distDir, 'app', 'js')), 'utf8');
    assert.ok(app.includes(`'./${builtFile(distDir, 'crampcheck', 'js')}'`));
    assert.ok(app.includes(`'${builtFile(distDir, 'crampcheck', 'wasm')}'`));
  });

  test('the page loads only its own build\'s files; the page and the worker are served no-cache', async () => {
    const {precache} = await workerOf(distDir);
    const known = new Set(precache.map(([name]) => new URL(name, env.server.url).href));
    known.add(new URL('sw.js', env.server.url).href);
    const {context, watched} = await watchedContext(env.server.url);
    const {page, log} = await openPage(context, env.server.url);
    await controlled(page);
    const loaded = [...new Set(log.requests)];
    assert.deepEqual(loaded.filter((url) => !known.has(url)), [], 'every file is in this build\'s list');
    assert.ok(loaded.some((url) => url.endsWith(builtFile(distDir, 'crampcheck', 'wasm'))));
    for (const name of ['', 'index.html', 'sw.js', 'manifest.webmanifest']) {
      const response = await fetch(new URL(name, env.server.url));
      assert.equal(response.headers.get('cache-control'), 'no-cache', name || './');
    }
    const wasm = await fetch(new URL(builtFile(distDir, 'crampcheck', 'wasm'), env.server.url));
    assert.match(wasm.headers.get('cache-control'), /immutable/);
    assertClean(watched);
    await context.close();
  });
});

describe('updates', () => {
  test('build A to build B: checked on return at most hourly, offered, accepted, one reload, entry kept, only B\'s cache', async () => {
    await withSite(async ({site, context, watched}) => {
      const {page, log} = await openPage(context, site.url);
      await controlled(page);
      await logCramp(page, {muscle: 'thigh_back', side: 'left'});
      await clickItem(page, '###skip', {touch: true});
      await waitForScreen(page, 'home');
      const [entry] = await storedEpisodes(page);
      assert.ok(entry);

      await site.serve(nextDistDir);
      await countUpdateChecks(page);
      assert.equal(await backToForeground(page, 10), 0, 'not within the hour');
      assert.equal(await backToForeground(page, 61), 1, 'back after an hour: one check');
      assert.equal(await backToForeground(page, 1), 1, 'and not again at once');
      assert.equal(await updateSettled(page), true, 'build B installed and waits');
      await findItem(page, '###update_reload', INSTALL_TIMEOUT);

      let loads = 0;
      page.on('load', () => { loads += 1; });
      await acceptUpdate(page);
      await page.waitForTimeout(1500);  // a measurement window: no second reload follows
      assert.equal(loads, 1, 'exactly one reload');

      const b = await workerOf(nextDistDir);
      assert.deepEqual(await cacheNames(page), [b.cacheName], 'only build B\'s cache is left');
      assert.equal(await appScript(page), builtFile(nextDistDir, 'app', 'js'), 'the page runs build B');
      assert.equal(await hasItem(page, '###update_reload'), false);
      assert.deepEqual((await storedEpisodes(page)).map((episode) => episode.id), [entry.id]);
      await clickItem(page, '###nav_diary', {touch: true});
      await findItem(page, `###episode_${entry.id}`);
      assert.deepEqual(log.errors, []);
      assertClean(watched);
    });
  });

  test('a broken update (a file missing, a cut connection, a file of another build) offers nothing and changes nothing', async () => {
    await withSite(async ({site, context, watched}) => {
      const wasm = builtFile(nextDistDir, 'crampcheck', 'wasm');
      const appB = builtFile(nextDistDir, 'app', 'js');
      const faults = [
        ['a file missing (404)', await spoiledCopy(site.root, 'missing', (dir) => unlink(join(dir, wasm))), null],
        ['a cut connection', nextDistDir, `**/${wasm}`],
        ['a file of another build', await spoiledCopy(site.root, 'mixed', async (dir) => {
          await writeFile(join(dir, appB), await readFile(join(distDir, builtFile(distDir, 'app', 'js'))));
        }), null],
      ];
      const {page} = await openPage(context, site.url);
      await controlled(page);
      const a = await workerOf(distDir);
      for (const [what, dir, cut] of faults) {
        if (cut) await context.route(cut, (route) => route.abort('connectionreset'));
        await site.serve(dir);
        await countUpdateChecks(page);
        assert.equal(await backToForeground(page, 61), 1);
        assert.equal(await updateSettled(page), false, `${what}: nothing waits`);
        assert.deepEqual(await cacheNames(page), [a.cacheName], `${what}: the broken version's cache is gone`);
        assert.equal(await hasItem(page, '###update_reload'), false, `${what}: nothing offered`);
        if (cut) await context.unroute(cut);
      }
      await logCramp(page, {muscle: 'calf_back', side: 'right'});  // the running version works
      await reloadReady(page);
      assert.equal((await storedEpisodes(page)).length, 1);
      assert.equal(await appScript(page), builtFile(distDir, 'app', 'js'), 'still build A');
      assertClean(watched);
    });
  });

  test('a second tab in the middle of Cramp now is not reloaded when the first accepts; it is offered afterwards', async () => {
    await withSite(async ({site, context, watched}) => {
      const first = (await openPage(context, site.url)).page;
      await controlled(first);
      const second = (await openPage(context, site.url)).page;
      await clickItem(second, '###cramp_now', {touch: true});
      await clickItem(second, '###muscle_thigh_front', {touch: true});
      await clickItem(second, '###side_right', {touch: true});
      await findItem(second, '###cramp_done');
      await second.evaluate(() => { window.sameDocument = true; });

      await site.serve(nextDistDir);
      await countUpdateChecks(first);
      assert.equal(await backToForeground(first, 61), 1);
      assert.equal(await updateSettled(first), true);
      await findItem(first, '###update_reload', INSTALL_TIMEOUT);
      await acceptUpdate(first);
      const b = await workerOf(nextDistDir);
      await second.waitForFunction((name) => navigator.serviceWorker.controller &&
                                   caches.keys().then((names) => names.length === 1 && names[0] === name),
                                   b.cacheName, {polling: 100, timeout: 10000});

      assert.equal(await second.evaluate(() => window.sameDocument), true, 'the second tab was not reloaded');
      assert.equal(await screen(second), 'cramp');
      assert.equal(await hasItem(second, '###update_reload'), false, 'not offered during Cramp now');
      await clickItem(second, '###cramp_done', {touch: true});
      await findItem(second, '###save');
      await clickItem(second, '###skip', {touch: true});
      await waitForScreen(second, 'home');
      await findItem(second, '###update_reload');  // now it is safe: offered
      assert.equal((await storedEpisodes(second)).length, 1);
      await acceptUpdate(second);
      assert.equal(await appScript(second), builtFile(nextDistDir, 'app', 'js'));
      assertClean(watched);
    });
  });

  test('with storage refused, no reload is offered once the diary lives only on the page', async () => {
    await withSite(async ({site, context, watched}) => {
      await context.addInitScript(`IDBFactory.prototype.open = function () {
          throw new DOMException('denied by policy', 'SecurityError'); };`);
      const {page} = await openPage(context, site.url);
      await findItem(page, '###storage_banner');
      await controlled(page);
      await site.serve(nextDistDir);
      await countUpdateChecks(page);
      assert.equal(await backToForeground(page, 61), 1);
      assert.equal(await updateSettled(page), true);
      await findItem(page, '###update_reload', INSTALL_TIMEOUT);  // nothing to lose yet
      await logCramp(page, {muscle: 'calf_back', side: 'left'});
      await clickItem(page, '###skip', {touch: true});
      await waitForScreen(page, 'home');
      await findItem(page, '###banner_export');
      assert.equal(await hasItem(page, '###update_reload'), false, 'a reload would lose the entry');
      assertClean(watched);
    });
  });
});

describe('install', () => {
  test('Settings offers ###install where the browser fires beforeinstallprompt, and says installed after', async () => {
    const {context, watched} = await watchedContext(env.server.url);
    const {page} = await openPage(context, env.server.url);
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    assert.equal(await hasItem(page, '###install'), false, 'nothing offered before the browser does');
    // What Chromium does when the app is installable: the event, with the prompt to show.
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', {cancelable: true});
      window.installPrompts = 0;
      event.prompt = async () => { window.installPrompts += 1; };
      event.userChoice = Promise.resolve({outcome: 'accepted', platform: 'web'});
      window.dispatchEvent(event);
    });
    await scrollTo(page, '###install');
    await clickItem(page, '###install', {touch: true});
    await page.waitForFunction(() => window.installPrompts === 1, null, {polling: 50, timeout: 5000});
    await findItem(page, '###installed');
    assert.equal(await hasItem(page, '###install'), false);
    assertClean(watched);
    await context.close();
  });

  test('running as the installed app (display-mode standalone), Settings says so', async () => {
    const {context, watched} = await watchedContext(env.server.url);
    // What the browser says in an installed app's window (headless Chromium has none).
    await context.addInitScript(() => {
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query) => (query === '(display-mode: standalone)'
          ? Object.assign(new EventTarget(), {matches: true, media: query}) : matchMedia(query));
    });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.evaluate(() => window.crampcheck.ready);
    assert.equal(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches), true);
    await clickItem(page, '###nav_settings', {touch: true});
    await waitForScreen(page, 'settings');
    await scrollTo(page, '###installed');
    assert.equal(await hasItem(page, '###install'), false);
    assertClean(watched);
    await context.close();
  });
});
