import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

// What every command of the CLI gets: where it writes and reads, and its flags parsed one way.

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where `classify` reads lines when given none. */
  input: NodeJS.ReadableStream;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's flags and arguments (node:util parseArgs, strict); a wrong one is a UsageError. */
export function parseFlags<T extends Options>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function required(values: Record<string, string | undefined>, name: string): string {
  const v = values[name];
  if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
  return v;
}
