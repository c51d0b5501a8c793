import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, zip } from './zip';
import { readZip } from './zip-read';

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
  it('computes the standard CRC-32 check values', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('writes an archive our own reader takes back byte for byte, deflating only what shrinks', () => {
    const archive = zip(ENTRIES, Date.UTC(2026, 10, 23, 12, 30, 10));
    const back = readZip(archive);
    expect([...back.keys()]).toEqual(ENTRIES.map((e) => e.name));
    for (const e of ENTRIES) expect(back.get(e.name)!.equals(e.data), e.name).toBe(true);
    // Method field of each local header: README deflated (8), random bytes stored (0).
    const methodOf = (name: string) => archive.readUInt16LE(archive.indexOf(Buffer.from(name)) - 22);
    expect([methodOf('README.md'), methodOf('random.bin')]).toEqual([8, 0]);
    expect(archive.length).toBeLessThan(ENTRIES.reduce((n, e) => n + e.data.length, 0));
  });

  it('refuses an archive whose content no longer matches its CRC-32', () => {
    const archive = zip([{ name: 'a.txt', data: Buffer.from('hello evidence') }]);
    archive[archive.indexOf(Buffer.from('hello')) + 1] = 0x61; // stored entry: flip one byte
    expect(() => readZip(archive)).toThrow(/a\.txt fails its CRC-32/);
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
