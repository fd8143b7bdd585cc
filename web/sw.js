// CrampCheck's service worker: the whole app is cached at install, so it opens offline.
// The build (scripts/cmake/make_dist.cmake) fills in the cache name, a hash of every
// cached file, and the file list. Nothing is ever sent anywhere: only our own files.
const CACHE_NAME = '__CACHE_NAME__';
const PRECACHE = [__PRECACHE__];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('crampcheck-') && name !== CACHE_NAME)
                           .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// A newer version waits until a page sends "skip-waiting" (nothing sends it yet: the
// update offer ###update_reload is still to be built), so until then it takes over once
// every tab of the old one is closed.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE_NAME);
    const cached = await cache.match(request, {ignoreSearch: request.mode === 'navigate'});
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const shell = await cache.match('./');
      if (shell) return shell;
    }
    return fetch(request);
  })());
});
