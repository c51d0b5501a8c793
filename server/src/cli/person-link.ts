import type { DatabaseHandle } from '../db/connect';
import { findDirectoryPerson } from '../db/repositories/people.repository';
import { LINK_DEFAULT_DAYS, LINK_MAX_DAYS } from '../db/repositories/personal-links.repository';
import type { ServerSettings } from '../env';
import { cliAdmin } from './admin-caller';
import { parseFlags, type Io } from './io';
import { UsageError } from './usage';

function parse(args: string[]) {
  const parsed = parseFlags(args, { days: { type: 'string' } });
  if (parsed.positionals.length !== 1) throw new UsageError('expected one EMAIL');
  const days = parsed.values.days ?? String(LINK_DEFAULT_DAYS);
  if (!/^\d{1,2}$/.test(days) || Number(days) < 1 || Number(days) > LINK_MAX_DAYS)
    throw new UsageError(`--days must be a whole number of days from 1 to ${LINK_MAX_DAYS}`);
  return { email: parsed.positionals[0]!, days: Number(days) };
}

/**
 * `person link EMAIL [--days N]`: a single-use enrolment link for one person (added to the people
 * directory first when missing). Prints the link; it is not stored and cannot be shown again.
 */
export async function personLink(h: DatabaseHandle, args: string[], io: Io, settings?: ServerSettings) {
  const { email, days } = parse(args);
  const admin = cliAdmin(h);
  if (!(await findDirectoryPerson(h.db, email))) await admin.admin.directory.put({ email });
  const [link] = await admin.admin.links.create({ emails: [email], days });
  const base = settings?.publicUrl?.href.replace(/\/$/, '');
  io.out(base ? `${base}${link!.path}` : link!.path);
  if (!base)
    io.err('lantern: PUBLIC_URL is not set; put the server address people reach in front of the path');
  io.err(`single use, expires ${new Date(link!.expiresAt).toISOString()}; send it to ${link!.email} only`);
  return 0;
}
