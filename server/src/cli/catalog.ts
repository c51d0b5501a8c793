import { createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ToolSchema, catalog, type Tool } from '@lantern/shared';
import { SupplierProfileSchema, supplierProfiles, type SupplierProfile } from '@lantern/shared/suppliers';
import { z } from 'zod';
import { installRelease, ReleaseRefused } from '../catalog/install';
import { generatePublisherKey } from '../catalog/keys';
import { privateKeyFromPem, signRelease, versionAt } from '../catalog/sign';
import { releaseSha256 } from '../catalog/verify';
import { createDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { readCatalogSettings, readSettings, userCwd } from '../env';
import { DEFAULT_DATABASE_URL } from './default-database';
import { parseFlags, type Io } from './io';
import { UsageError } from './usage';

type Env = Record<string, string | undefined>;

/** The key id a publisher uses unless it passes --key-id: `catalog keygen` prints the same default. */
const DEFAULT_KEY_ID = 'catalog-publisher';

function flags(args: string[], names: string[]) {
  return parseFlags(args, Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])));
}

function readText(path: string, what: string, io: Io): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    io.err(
      `lantern: cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return null;
  }
}

/** A JSON array file, parsed with `schema`; null (after one line on stderr) when it cannot be read. */
function readJsonArray<T>(
  path: string | undefined,
  what: string,
  schema: z.core.$ZodType<T>,
  io: Io,
  cwd: string,
) {
  if (path === undefined) return undefined;
  const text = readText(resolve(cwd, path), what, io);
  return text === null ? null : z.array(schema).parse(JSON.parse(text));
}

/**
 * `catalog sign --key KEY.pem --out FILE [--version N] [--key-id ID] [--tools TOOLS.json]
 * [--suppliers SUPPLIERS.json]`: signs the compiled catalog and supplier facts (or JSON arrays of
 * tools and supplier profiles) as a release. Needs no database; the key is read from the file given
 * and never copied anywhere.
 */
async function catalogSign(args: string[], io: Io, env: Env | undefined): Promise<number> {
  const { values, positionals } = flags(args, ['key', 'out', 'version', 'key-id', 'tools', 'suppliers']);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.key || !values.out) throw new UsageError('catalog sign needs --key KEY.pem and --out FILE');
  const cwd = userCwd(env);
  const pem = readText(resolve(cwd, values.key), 'key', io);
  if (pem === null) return 1;
  const key = privateKeyFromPem(pem);
  const givenTools = readJsonArray(values.tools, 'tools', ToolSchema, io, cwd);
  const givenSuppliers = readJsonArray(values.suppliers, 'suppliers', SupplierProfileSchema, io, cwd);
  if (givenTools === null || givenSuppliers === null) return 1;
  const tools: readonly Tool[] = givenTools ?? catalog;
  const suppliers: readonly SupplierProfile[] = givenSuppliers ?? supplierProfiles;
  const version = values.version === undefined ? versionAt(Date.now()) : Number(values.version);
  if (!Number.isSafeInteger(version) || version < 1)
    throw new UsageError('--version must be a positive integer');
  const keyId = values['key-id'] ?? DEFAULT_KEY_ID;
  const publishedAt = new Date().toISOString();
  const release = signRelease({ version, keyId, tools, suppliers, publishedAt }, key);
  writeFileSync(resolve(cwd, values.out), `${JSON.stringify(release)}\n`);
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64');
  io.out(
    JSON.stringify({
      version,
      sha256: releaseSha256(release),
      tools: tools.length,
      suppliers: suppliers.length,
      publicKey: `${keyId}:${spki}`,
    }),
  );
  return 0;
}

/** `catalog import FILE`: verifies and installs a release; exit 1 with one line saying why not. */
async function catalogImport(args: string[], io: Io, env: Env | undefined): Promise<number> {
  const { positionals } = flags(args, []);
  if (positionals.length !== 1) throw new UsageError('catalog import needs exactly one FILE');
  const settings = readSettings(env, { databaseUrl: DEFAULT_DATABASE_URL });
  const keys = readCatalogSettings(env).keys;
  const path = resolve(userCwd(env), positionals[0]!);
  const text = readText(path, 'release', io);
  if (text === null) return 1;
  const handle = createDatabase(settings.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const result = await installRelease(handle.db, text, {
      keys,
      source: `import ${basename(path)}`,
      actor: 'cli',
      now: Date.now(),
    });
    const { version, sha256, toolCount } = result.release;
    io.out(JSON.stringify({ status: result.status, version, sha256, tools: toolCount }));
    if (result.status === 'current') io.err(`lantern: release ${version} is already installed`);
    return 0;
  } catch (error) {
    if (error instanceof ReleaseRefused) {
      io.err(`lantern: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

/**
 * `catalog keygen [--key-id ID] --out KEY.pem`: makes a publisher key pair. The private key goes to a
 * new file only (never stdout, never overwriting one); the line servers trust goes to stdout.
 */
async function catalogKeygen(args: string[], io: Io, env: Env | undefined): Promise<number> {
  const { values, positionals } = flags(args, ['key-id', 'out']);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new UsageError('catalog keygen needs --out KEY.pem (where the private key goes)');
  let pair: ReturnType<typeof generatePublisherKey>;
  try {
    pair = generatePublisherKey(values['key-id'] ?? DEFAULT_KEY_ID);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const path = resolve(userCwd(env), values.out);
  try {
    writeFileSync(path, pair.privateKeyPem, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      `lantern: cannot write ${path}: ${code === 'EEXIST' ? 'it already exists' : (code ?? String(error))}`,
    );
    return 1;
  }
  io.out(`CATALOG_PUBLISHER_KEYS=${pair.trustLine}`);
  io.err(`lantern: private key written to ${path}; keep it offline, servers need only the line above`);
  return 0;
}

/** `lantern catalog sign|import|keygen ...`; returns null for another catalog subcommand. */
export function catalogCommand(argv: string[], io: Io, env: Env | undefined): Promise<number> | null {
  const [sub, ...rest] = argv;
  if (sub === 'keygen') return catalogKeygen(rest, io, env);
  if (sub === 'sign') return catalogSign(rest, io, env);
  if (sub === 'import') return catalogImport(rest, io, env);
  return null;
}
