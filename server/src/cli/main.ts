import { TRPCError } from '@trpc/server';
import { SettingError } from '../env';
import type { Io } from './io';
import { run } from './run';
import { USAGE, UsageError } from './usage';

// The process entry: real stdio and exit codes (0 ok, 1 failed, 2 usage). Logic lives in run.ts.
const io: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  input: process.stdin,
};

run(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      io.err(`lantern: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof SettingError || error instanceof TRPCError) {
      io.err(`lantern: ${error.message}`);
      process.exit(1);
    }
    io.err(`lantern: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
    process.exit(1);
  },
);
