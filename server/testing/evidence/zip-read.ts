import { unzipSync } from 'fflate';

/** Reads a ZIP into its entries (names in archive order), for tests and tools checking a pack. */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const files = unzipSync(archive);
  return new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
}
