import { Zip, ZipDeflate } from 'fflate';
import type { FlateError } from 'fflate';

/**
 * The evidence pack's ZIP, written by `fflate` (no ZIP64, so at most 65,535 entries of under 4 GiB).
 * Every entry is deflated — the pack is text. Names are UTF-8. Yields the archive in parts so it
 * can be streamed, and the same entries and time give the same bytes.
 */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** `-rw-r--r--` as Unix external attributes. */
const UNIX_FILE = (0o100644 << 16) >>> 0;
const UNIX = 3;

/**
 * fflate writes an entry's MS-DOS time from the local clock; the pack states times in UTC, so the
 * instant is shifted by the zone's offset and the fields read as UTC on every server. DOS dates
 * span 1980-2099 in fflate.
 */
function dosTimeAsUtc(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const clamped = year < 1980 ? Date.UTC(1980, 0, 1) : year > 2099 ? Date.UTC(2099, 11, 31) : ms;
  return clamped + new Date(clamped).getTimezoneOffset() * 60_000;
}

export function* zipParts(entries: readonly ZipEntry[], modifiedAt = Date.now()): Generator<Buffer> {
  if (entries.length > 0xffff) throw new Error('zip: more than 65,535 entries needs ZIP64');
  const parts: Uint8Array[] = [];
  const failed: FlateError[] = [];
  // Deflate here is synchronous: each push has written its parts when it returns.
  const archive = new Zip((error, part) => {
    if (error) failed.push(error);
    else parts.push(part);
  });
  const mtime = dosTimeAsUtc(modifiedAt);
  const drain = function* () {
    if (failed[0]) throw new Error(`zip: ${failed[0].message}`);
    for (const part of parts.splice(0)) yield Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  };
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = mtime;
    file.os = UNIX;
    file.attrs = UNIX_FILE;
    archive.add(file);
    file.push(entry.data, true);
    yield* drain();
  }
  archive.end();
  yield* drain();
}

export function zip(entries: readonly ZipEntry[], modifiedAt = Date.now()): Buffer {
  return Buffer.concat([...zipParts(entries, modifiedAt)]);
}
