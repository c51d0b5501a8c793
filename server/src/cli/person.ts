import { createInterface } from 'node:readline';
import type { DatabaseHandle } from '../db/connect';
import { cliAdmin } from './admin-caller';
import { parseFlags, type Io } from './io';
import { UsageError } from './usage';

function parse(args: string[]) {
  const parsed = parseFlags(args, { yes: { type: 'boolean' } });
  if (parsed.positionals.length !== 1) throw new UsageError('expected one EMAIL');
  return { email: parsed.positionals[0]!, yes: parsed.values.yes === true };
}

/** The first line typed (or piped) in answer to the prompt; empty when there is none. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

/** `person export EMAIL`: everything stored about the person, as JSON (GDPR Art. 15). */
export async function personExport(h: DatabaseHandle, args: string[], io: Io) {
  const { email } = parse(args);
  io.out(JSON.stringify(await cliAdmin(h).admin.people.export({ email }), null, 2));
  return 0;
}

/**
 * `person erase EMAIL [--yes]`: irreversible, so without --yes the person's email must be typed
 * again; anything else (or no input at all) erases nothing.
 */
export async function personErase(h: DatabaseHandle, args: string[], io: Io) {
  const { email, yes } = parse(args);
  if (!yes) {
    io.err(`This erases the personal data of ${email} for good. Type the email again to confirm:`);
    if ((await firstLine(io.input)) !== email) {
      io.err('lantern: not confirmed, nothing erased (pass --yes to skip this question)');
      return 1;
    }
  }
  const summary = await cliAdmin(h).admin.people.erase({ email });
  io.out(JSON.stringify(summary));
  return 0;
}
