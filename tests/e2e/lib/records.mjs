// IndexedDB as the tests see it: valid contract records to seed, and the database read
// back the way any other script of the origin would (never through the app).

// A valid Episode record (DESIGN.md field names); `idTail` makes the UUID v4 unique.
export const episodeRecord = (idTail, extra = {}) => ({
  id: `3f2a7c1e-5b6d-4e8f-9a0b-${idTail}`,
  started_at: '2026-11-23T03:12:00+08:00',
  duration_s: 75,
  muscle: 'calf_back',
  side: 'left',
  pain: 6,
  woke_from_sleep: true,
  triggers: ['cold'],
  relief: 'stretch',
  relief_helped: true,
  notes: '',
  created_at: '2026-11-22T19:12:05Z',
  updated_at: '2026-11-22T19:12:05Z',
  ...extra,
});

// The whole `crampcheck` database: {version, stores: {name: {keyPath, records}}}.
export function readDatabase(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('crampcheck');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const out = {version: db.version, stores: {}};
      for (const name of stores) {
        const store = tx.objectStore(name);
        const all = store.getAll();
        all.onsuccess = () => { out.stores[name] = {keyPath: store.keyPath, records: all.result}; };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

// The records of the episodes store.
export async function storedEpisodes(page) {
  return (await readDatabase(page)).stores.episodes?.records ?? [];
}

// Creates the version 1 database holding `episodes` (the app's layout, DESIGN.md) from a
// page of the app's origin, in its upgrade transaction; resolves once committed and closed.
export function createDatabase(page, episodes) {
  return page.evaluate((records) => new Promise((resolve, reject) => {
    const request = indexedDB.open('crampcheck', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = db.createObjectStore('episodes', {keyPath: 'id'});
      const meta = db.createObjectStore('meta', {keyPath: 'key'});
      for (const record of records) store.put(record);
      meta.put({key: 'schema_version', value: 1});
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  }), episodes);
}

// The diary of an earlier run: `episodes` stored from a blank page of the app's origin
// before the app's first visit.
export async function seedDiary(context, url, episodes) {
  await context.route(`${url}__seed`, (route) =>
    route.fulfill({status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>'}));
  const page = await context.newPage();
  await page.goto(`${url}__seed`);
  await createDatabase(page, episodes);
  await page.close();
}
