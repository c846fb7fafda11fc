// Parley's service worker, on hosted builds (never from file://): every page of every language
// and the files they load, cached under the dataset's version, so that a reader who opened
// Parley once reads it offline. `parley-prerender` writes VERSION and FILES above this text.
// Pages are served from the cache first (a query or hash names the same page); a new version
// installs beside the old and waits until the page asks for it (the reader's "Reload"), then
// the old cache is dropped.
const CACHE = `parley-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)));
    // The first version takes over at once; a later one waits for the reader.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('parley-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
  if (event.data === 'version') event.source?.postMessage({ version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const navigation = request.mode === 'navigate';
    const hit = await cache.match(request, { ignoreSearch: navigation });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (offline) {
      // A page not cached (a new address): the not-found page, whose app routes by address.
      const page = navigation && await cache.match(new URL('404.html', self.registration.scope));
      if (page) return page;
      throw offline;
    }
  })());
});
