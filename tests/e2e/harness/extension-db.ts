import type { ExtensionBrowser } from './browser';

/**
 * Reads the extension's own IndexedDB (Dexie database `lantern`) from inside its service worker:
 * the whole store, or one row by key. Resolves undefined when the store does not exist yet.
 */
export async function readExtensionStore<T = unknown>(
  browser: ExtensionBrowser,
  store: string,
  key?: string,
): Promise<T | undefined> {
  return browser.evaluate(
    ({ store, key }) =>
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
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
    { store, key },
  );
}
