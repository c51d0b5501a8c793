import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zip } from './zip';
import { readZip } from '../../testing/evidence/zip-read';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'lantern-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRIES = [
  { name: 'README.md', data: Buffer.from('# Pack\n'.repeat(200)) }, // compresses: deflated
  { name: 'random.bin', data: randomBytes(5000) }, // does not: stored
  { name: 'empty.txt', data: Buffer.alloc(0) },
  { name: 'policies/policy-v1.md', data: Buffer.from('Richtlinie für KI — ünïcödé\n') },
  { name: 'données/été.csv', data: Buffer.from('a,b\r\n1,2\r\n') },
];

describe('the ZIP writer', () => {
  it('writes an archive that reads back byte for byte, deflated', () => {
    const archive = zip(ENTRIES, Date.UTC(2026, 10, 23, 12, 30, 10));
    const back = readZip(archive);
    expect([...back.keys()]).toEqual(ENTRIES.map((e) => e.name));
    for (const e of ENTRIES) expect(back.get(e.name)!.equals(e.data), e.name).toBe(true);
    // Method field of the README's local header: deflated (8).
    expect(archive.readUInt16LE(archive.indexOf(Buffer.from('README.md')) - 22)).toBe(8);
    expect(archive.length).toBeLessThan(ENTRIES.reduce((n, e) => n + e.data.length, 0));
  });

  it('gives the same bytes for the same entries and time, whatever the server’s time zone', () => {
    const at = Date.UTC(2026, 10, 23, 12, 30, 10);
    expect(zip(ENTRIES, at).equals(zip(ENTRIES, at))).toBe(true);
    // DOS time and date of the first local header: 12:30:10 on 2026-11-23, read as UTC.
    const archive = zip(ENTRIES, at);
    expect(archive.readUInt16LE(10)).toBe((12 << 11) | (30 << 5) | 5);
    expect(archive.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
  });

  it('refuses a truncated archive', () => {
    const archive = zip([{ name: 'a.txt', data: Buffer.from('hello evidence') }]);
    expect(() => readZip(archive.subarray(0, archive.length - 30))).toThrow();
  });

  it.skipIf(!hasUnzip)('is accepted by the system unzip, names, dates and contents intact', () => {
    const file = join(dir, 'pack.zip');
    writeFileSync(file, zip(ENTRIES, Date.UTC(2026, 10, 23, 12, 30, 10)));
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-Z', '-T', file], { encoding: 'utf8' });
    expect(listing).toMatch(/20261123\.123010 README\.md/);
    const out = join(dir, 'out');
    execFileSync('unzip', ['-q', file, '-d', out]);
    for (const e of ENTRIES) expect(readFileSync(join(out, e.name)).equals(e.data), e.name).toBe(true);
  });
  if (!hasUnzip) console.warn('zip.test: no `unzip` on this machine; checked with our own reader only');
});
