import { randomUUID } from 'node:crypto';
import { EmailSchema, LITERACY_LIMITS, ModuleIdSchema } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Principal } from '../context';
import { parseCsvRows } from '../csv/parse-rows';
import type { Database, Db } from '../db/database';
import { CLOCK_SKEW_MS } from '../sync/push/time';
import { adminTx } from '../routers/admin/admin-tx';
import { appendCompletions, type NewCompletion } from './chain';

/** The largest file an import reads (the admin API refuses a longer text before it gets here). */
export const IMPORT_MAX_CHARS = 2_000_000;

export interface ImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export class ImportRefusedError extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super(
      `nothing imported: ${errors.length} row(s) refused — ` +
        errors
          .slice(0, 20)
          .map((e) => `line ${e.line}: ${e.message}`)
          .join('; '),
    );
  }
}

interface Row {
  line: number;
  email: string;
  moduleId: string;
  at: number;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function completionRow(f: Readonly<Record<string, string>>, line: number, now: number): Row | string {
  const email = EmailSchema.safeParse(f.email?.toLowerCase());
  const moduleId = ModuleIdSchema.safeParse(f.module_id);
  const date = f.date ?? '';
  const at = DATE_RE.test(date) ? Date.parse(date) : Number.NaN;
  if (!email.success) return `"${f.email}" is not an email address`;
  if (!moduleId.success) return `"${f.module_id}" is not a module id`;
  if (Number.isNaN(at)) return `"${date}" is not a date (YYYY-MM-DD or ISO 8601)`;
  if (at > now + CLOCK_SKEW_MS) return `${date} is in the future`;
  return { line, email: email.data, moduleId: moduleId.data, at };
}

/**
 * The file's rows (header `email,module_id,date`; other columns an LMS exports are ignored), each
 * checked on its own (email, module id, date); throws naming every bad one.
 */
export function parseCompletionsCsv(csv: string, now: number): Row[] {
  const columns = ['email', 'module_id', 'date'];
  const parsed = parseCsvRows(csv, {
    columns,
    required: columns,
    otherColumns: 'ignore',
    maxChars: IMPORT_MAX_CHARS,
    maxRows: LITERACY_LIMITS.importRows,
    noun: 'completions',
    row: (fields, line) => completionRow(fields, line, now),
  });
  if (!parsed.ok) throw new ImportRefusedError(parsed.problems);
  return parsed.rows;
}

/** Each row bound to the module version in force on its date (version 1 for a date before it existed). */
async function resolveRows(trx: Db, rows: readonly Row[], now: number): Promise<NewCompletion[]> {
  const versions = await trx
    .selectFrom('literacy_module_versions')
    .select(['module_id', 'version', 'sha256', 'published_at'])
    .where('module_id', 'in', [...new Set(rows.map((r) => r.moduleId))])
    .orderBy('version')
    .execute();
  const stored = await trx
    .selectFrom('literacy_completions')
    .select(['email', 'module_id', 'at'])
    .where('email', 'in', [...new Set(rows.map((r) => r.email))])
    .execute();
  const users = await trx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', [...new Set(rows.map((r) => r.email))])
    .where('erased_at', 'is', null)
    .execute();
  const userOf = new Map(users.map((u) => [u.email, u.id]));
  const seen = new Set(stored.map((s) => `${s.email}\u0000${s.module_id}\u0000${Number(s.at)}`));
  const errors: ImportRowError[] = [];
  const out: NewCompletion[] = [];
  for (const r of rows) {
    const mine = versions.filter((v) => v.module_id === r.moduleId);
    const v = [...mine].reverse().find((x) => Number(x.published_at) <= r.at) ?? mine[0];
    const k = `${r.email}\u0000${r.moduleId}\u0000${r.at}`;
    if (v === undefined) errors.push({ line: r.line, message: `unknown module "${r.moduleId}"` });
    else if (seen.has(k))
      errors.push({
        line: r.line,
        message: `duplicate completion of "${r.moduleId}" by ${r.email} on that date`,
      });
    else {
      seen.add(k);
      out.push({
        id: `import:${randomUUID()}`,
        email: r.email,
        userId: userOf.get(r.email) ?? null,
        deviceId: null,
        moduleId: r.moduleId,
        moduleVersion: Number(v.version),
        moduleSha256: v.sha256,
        score: null,
        toolId: null,
        source: 'import',
        identityAssurance: 'lms-import',
        at: r.at,
        receivedAt: now,
      });
    }
  }
  if (errors.length > 0) throw new ImportRefusedError(errors);
  return out;
}

/**
 * Imports an LMS's completions: every row is checked, and if any is refused nothing is stored and
 * the error names each refused line. The audit entry counts rows; it never holds an email.
 */
export async function importCompletions(
  ctx: { db: Kysely<Database>; staff: Extract<Principal, { kind: 'staff' }>; now: () => number },
  csv: string,
): Promise<{ imported: number }> {
  try {
    const rows = parseCompletionsCsv(csv, ctx.now());
    return await adminTx(
      ctx,
      (r: { imported: number }) => ({
        action: 'literacy.completions.import',
        target: 'lms',
        details: { rows: r.imported },
        affectsDevices: true,
      }),
      async (trx, now) => {
        const list = await resolveRows(trx, rows, now);
        await appendCompletions(trx, list);
        return { imported: list.length };
      },
    );
  } catch (error) {
    if (error instanceof ImportRefusedError)
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    throw error;
  }
}
