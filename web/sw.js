// CrampCheck's service worker: the whole app is cached at install, so it opens offline.
// The build (scripts/cmake/make_dist.cmake) fills in the cache name, a hash of every cached
// file, and the file list with each file's SHA-256. Nothing is ever sent anywhere: only our
// own files are fetched.
//
// Updates (the page's side is in app.js): a new version installs beside the running one and
// waits. It is installed only when every file arrived whole and is the file this version
// names (its SHA-256): a 404, a cut connection or a file of another build fails the install,
// its cache is deleted and the running version carries on untouched. The page offers the
// update (###update_reload); accepting sends "skip-waiting", this worker takes over
// (controllerchange) and the page reloads into it. Old caches are deleted on activate.
const CACHE_NAME = '__CACHE_NAME__';
const PRECACHE = [__PRECACHE__];

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The file at `url`, fetched past the HTTP cache, once it is known to be this version's.
async function fetchVerified(url, sha256) {
  const response = await fetch(new Request(url, {cache: 'no-cache'}));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  if (digest !== sha256) throw new Error(`${url} is not the file of this version`);
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      const responses = await Promise.all(PRECACHE.map(([url, sha256]) => fetchVerified(url, sha256)));
      const cache = await caches.open(CACHE_NAME);
      await Promise.all(responses.map((response, i) => cache.put(PRECACHE[i][0], response)));
    } catch (error) {
      await caches.delete(CACHE_NAME);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('crampcheck-') && name !== CACHE_NAME)
                           .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Sent by the page when the person accepts the update offer.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Said when a page is opened offline and this version's files are not on the device (the
// browser cleared them): in the browser's language, plainly, with what to do.
const OFFLINE_PAGE = {
  en: ['CrampCheck is offline',
       'CrampCheck is not saved on this device any more, and there is no connection. ' +
       'Connect to the internet and open it again; after that it works offline.'],
  'zh-Hans': ['CrampCheck 无法离线打开',
              'CrampCheck 已不在此设备上，而且现在没有网络连接。请连接网络后再次打开；之后没有网络也能使用。'],
};

function offlinePage() {
  const lang = /^zh([-_]|$)/i.test((self.navigator.languages || [])[0] || '') ? 'zh-Hans' : 'en';
  const [title, text] = OFFLINE_PAGE[lang];
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
      `<title>${title}</title></head>` +
      '<body style="background:#0e1220;color:#e6e8ef;font:18px/1.4 system-ui,sans-serif;margin:2rem">' +
      `<h1 style="font-size:1.3rem">${title}</h1><p id="offline">${text}</p></body></html>`;
  return new Response(html, {status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    // A navigation is the page, whatever its query (the "Cramp now" shortcut's ?start=cramp).
    const navigate = request.mode === 'navigate';
    const cached = await caches.match(request, {cacheName: CACHE_NAME, ignoreSearch: navigate}) ??
                   (navigate ? await caches.match('./', {cacheName: CACHE_NAME}) : undefined);
    if (cached) return cached;
    try {
      return await fetch(request);
    } catch (error) {
      if (navigate) return offlinePage();
      throw error;
    }
  })());
});
