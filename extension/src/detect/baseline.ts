import type { Tool } from '@lantern/shared';

/**
 * Where the classifier gets the catalog the extension was built with. In the worker that is the
 * package file read by packaged-catalog.ts (wired in entrypoints/background); tests in Node hand the
 * catalog in directly (testing/baseline-setup.ts). Read once per worker lifetime, on first use.
 */
let loader: (() => Promise<readonly Tool[]>) | undefined;
let loading: Promise<readonly Tool[]> | undefined;

export function setBaselineLoader(load: () => Promise<readonly Tool[]>): void {
  loader = load;
  loading = undefined;
}

/** Whether a source was set (the worker and the tests set one; pages default to the package file). */
export function hasBaselineLoader(): boolean {
  return loader !== undefined;
}

export function setBaselineTools(tools: readonly Tool[]): void {
  setBaselineLoader(() => Promise.resolve(tools));
}

/** The bundled catalog's tools; a failed read is retried on the next call. */
export function baselineTools(): Promise<readonly Tool[]> {
  if (!loader) return Promise.reject(new Error('no source for the bundled catalog was set'));
  loading ??= loader().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
