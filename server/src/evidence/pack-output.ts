import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PackFile {
  name: string;
  data: Buffer;
}

export interface PackEntry {
  file: string;
  bytes: number;
  sha256: string;
}

/** One file of the pack being written: text goes in as it is produced. */
export interface PackFileWriter {
  write(text: string): void;
  close(): void;
}

/** Text collected until this many UTF-16 units, then encoded, hashed and handed on at once. */
const CHUNK = 1 << 20;

/**
 * Where a pack's files go, in the order they are created. Every file's size and SHA-256 are taken as
 * it is written (for SHA256SUMS and the manifest), so no file needs to be held to describe it.
 */
export abstract class PackOutput {
  readonly entries: PackEntry[] = [];

  protected abstract open(name: string): { put(data: Buffer): void; done(): void };

  create(name: string): PackFileWriter {
    const sink = this.open(name);
    const entry: PackEntry = { file: name, bytes: 0, sha256: '' };
    this.entries.push(entry);
    const hash: Hash = createHash('sha256');
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length === 0) return;
      const data = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      size = 0;
      hash.update(data);
      entry.bytes += data.length;
      sink.put(data);
    };
    return {
      write(text: string) {
        pending.push(text);
        size += text.length;
        if (size >= CHUNK) flush();
      },
      close() {
        flush();
        entry.sha256 = hash.digest('hex');
        sink.done();
      },
    };
  }

  /** A whole file at once. */
  add(name: string, text: string): void {
    const f = this.create(name);
    f.write(text);
    f.close();
  }
}

/** Keeps every file in memory (for the ZIP download and for tests). */
export class MemoryOutput extends PackOutput {
  readonly files: PackFile[] = [];

  protected open(name: string) {
    const parts: Buffer[] = [];
    return {
      put: (data: Buffer) => parts.push(data),
      done: () => this.files.push({ name, data: Buffer.concat(parts) }),
    };
  }
}

/**
 * Writes each file into a directory as it is produced. Files are written as `<name>.partial` and
 * take their names only when the whole pack is done (`commit`), so a failed export leaves no file
 * that could be mistaken for part of a complete pack; `abort` removes what was written.
 */
export class DirectoryOutput extends PackOutput {
  private readonly written: string[] = [];
  private readonly openFiles = new Set<number>();

  constructor(readonly dir: string) {
    super();
  }

  protected open(name: string) {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(`${path}.partial`, 'w');
    this.written.push(path);
    this.openFiles.add(fd);
    return {
      put: (data: Buffer) => {
        for (let at = 0; at < data.length;) at += writeSync(fd, data, at);
      },
      done: () => {
        this.openFiles.delete(fd);
        closeSync(fd);
      },
    };
  }

  commit(): void {
    for (const path of this.written) renameSync(`${path}.partial`, path);
  }

  abort(): void {
    for (const fd of this.openFiles) closeSync(fd);
    this.openFiles.clear();
    for (const path of this.written) rmSync(`${path}.partial`, { force: true });
  }
}
