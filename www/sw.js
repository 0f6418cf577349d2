// The service worker: the page, its modules and the WebAssembly are kept in a cache, so
// the page opens and checks with the network off once it has been opened online.
// Network first: online, every request goes to the server as usual (revalidated with its
// ETag, so usually a 304) and the answer refreshes the cache; offline, the cached copy
// answers. So the page never mixes files of two versions while the server is reachable.

const CACHE = 'factmark-v1';
const FILES = [
  './', 'index.html', 'app.js', 'checker.js', 'worker.js', 'evidence.js', 'parts.js', 'refdocs.js',
  'report-export.js', 'annotations.js', 'annotate-dom.js', 'sample.js', 'style.css',
  'evidence.css', 'favicon.svg', 'pkg/factmark.js', 'pkg/factmark_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
