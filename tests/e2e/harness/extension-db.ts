import type { ExtensionBrowser } from './browser';

/**
 * Reads the extension's own IndexedDB (Dexie database `lantern`) from inside its service worker:
 * the whole store, or one row by key. With `path`, only that field of the row crosses to the test
 * (a stored catalog release is megabytes; its version is a number). Resolves undefined when the
 * store, the row or the field does not exist.
 */
export async function readExtensionStore<T = unknown>(
  browser: ExtensionBrowser,
  store: string,
  key?: string,
  path: readonly string[] = [],
): Promise<T | undefined> {
  return browser.evaluate(
    ({ store, key, path }) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(undefined);
            return;
          }
          const objects = db.transaction(store, 'readonly').objectStore(store);
          const request = key === undefined ? objects.getAll() : objects.get(key);
          request.onsuccess = () => {
            db.close();
            let value: unknown = request.result;
            for (const name of path) value = (value as Record<string, unknown> | null | undefined)?.[name];
            resolve(value as T | undefined);
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
    { store, key, path },
  );
}

/** The visits the extension has counted for a tool, over the days it holds (what it pushes to the server). */
export async function storedVisits(browser: ExtensionBrowser, toolId: string): Promise<number> {
  const rows =
    (await readExtensionStore<Array<{ toolId: string; signal: string; visits: number }>>(
      browser,
      'dayAggregates',
    )) ?? [];
  return rows.filter((r) => r.toolId === toolId && r.signal === 'visit').reduce((n, r) => n + r.visits, 0);
}
