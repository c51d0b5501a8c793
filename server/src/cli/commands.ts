import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatabaseHandle } from '../db/connect';
import { toCsv } from '../exports/csv';
import { EXPORT_NAMES, jsonRow, loadDataset } from '../exports/datasets';
import type { ExportName } from '../exports/datasets';
import { writeEvidencePack } from '../evidence/pack';
import { userCwd } from '../env';
import { cliAdmin } from './admin-caller';
import { parseFlags, required, type Io } from './io';
import { UsageError } from './usage';

type Flags = Record<string, { type: 'string' }>;

function parse(args: string[], options: Flags, positionals = 0) {
  const parsed = parseFlags(args, options);
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(`expected ${positionals} argument(s), got ${parsed.positionals.length}`);
  }
  return { values: parsed.values as Record<string, string | undefined>, positionals: parsed.positionals };
}

export async function tokenCreate(h: DatabaseHandle, args: string[], io: Io) {
  const { values } = parse(args, {
    role: { type: 'string' },
    name: { type: 'string' },
    'expires-days': { type: 'string' },
  });
  const role = required(values, 'role');
  if (role !== 'admin' && role !== 'auditor') throw new UsageError('--role must be admin or auditor');
  const days = values['expires-days'] ?? '90';
  if (!/^\d{1,4}$/.test(days) || Number(days) < 1 || Number(days) > 3650)
    throw new UsageError('--expires-days must be a whole number of days from 1 to 3650');
  const created = await cliAdmin(h).admin.tokens.create({
    role,
    name: values.name ?? `${role} (cli)`,
    expiresInDays: Number(days),
  });
  io.out(created.token);
  return 0;
}

export async function enrolmentCreate(h: DatabaseHandle, args: string[], io: Io) {
  const { values } = parse(args, { name: { type: 'string' } });
  const created = await cliAdmin(h).admin.tokens.createEnrollment({ name: values.name ?? 'enrolment (cli)' });
  io.out(created.token);
  return 0;
}

/**
 * `--company-workspace ID[,ID...]` restricts the tool to the organisation's workspace (`none` removes
 * it); left out, the current restriction stays. `--company-workspace-link URL` is where employees sign in.
 */
function companyWorkspaceFlag(values: Record<string, string | undefined>) {
  const ids = values['company-workspace'];
  const link = values['company-workspace-link'] ?? null;
  if (ids === undefined) {
    if (link !== null) throw new UsageError('--company-workspace-link needs --company-workspace');
    return {};
  }
  if (ids.trim().toLowerCase() === 'none') return { companyWorkspace: null };
  return {
    companyWorkspace: {
      ids: ids
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
      link,
    },
  };
}

export async function decisionSet(h: DatabaseHandle, args: string[], io: Io) {
  const flags: Flags = {
    status: { type: 'string' },
    enforcement: { type: 'string' },
    conditions: { type: 'string' },
    alternative: { type: 'string' },
    'company-workspace': { type: 'string' },
    'company-workspace-link': { type: 'string' },
  };
  const { values, positionals } = parse(args, flags, 1);
  const decision = await cliAdmin(h).admin.decisions.set({
    toolId: positionals[0]!,
    status: required(values, 'status') as never,
    enforcement: required(values, 'enforcement') as never,
    conditions: values.conditions ?? null,
    allowedDataClasses: [],
    alternativeToolId: values.alternative ?? null,
    ...companyWorkspaceFlag(values),
  });
  io.out(JSON.stringify(decision));
  return 0;
}

export async function policyPublish(h: DatabaseHandle, args: string[], io: Io) {
  const { values } = parse(args, {
    title: { type: 'string' },
    file: { type: 'string' },
    summary: { type: 'string' },
  });
  // pnpm runs the script inside server/: paths are the user's, relative to where they ran pnpm.
  const file = resolve(userCwd(), required(values, 'file'));
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--file: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const policy = await cliAdmin(h).admin.policies.publish({
    title: required(values, 'title'),
    body,
    changeSummary: values.summary ?? null,
  });
  io.out(JSON.stringify({ version: policy.version, sha256: policy.sha256 }));
  return 0;
}

export async function exportCommand(h: DatabaseHandle, args: string[], io: Io) {
  const what = args[0];
  if (what === 'evidence') {
    const { values } = parse(args.slice(1), { out: { type: 'string' } });
    const summary = await writeEvidencePack(h.db, resolve(userCwd(), required(values, 'out')));
    const chains = summary.chainsOk ? 'hash chains verified' : 'hash chains BROKEN, see chain-proof.json';
    io.err(
      `evidence pack written to ${summary.dir} (${summary.files.length} files, ${summary.gaps} gaps, ${chains})`,
    );
    return 0;
  }
  if (!what || !(EXPORT_NAMES as readonly string[]).includes(what)) {
    throw new UsageError(
      `export: expected inventory, acknowledgements, registrations, justifications, suppliers, literacy, people or evidence, got "${what ?? ''}"`,
    );
  }
  const { values } = parse(args.slice(1), { format: { type: 'string' } });
  const format = required(values, 'format');
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  const data = await loadDataset(h.db, what as ExportName);
  io.out(
    format === 'csv'
      ? toCsv(data.columns, data.rows).trimEnd()
      : JSON.stringify(data.rows.map(jsonRow), null, 2),
  );
  return 0;
}
