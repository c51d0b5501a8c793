import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is server/src/cli/default-database.ts. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Without DATABASE_URL, the database `pnpm start` uses (server/scripts/start.mjs): data/lantern.db at
 * the repository root, wherever the command is run from. A default relative to the working directory
 * made `pnpm lantern` run from server/ create a new, empty database there without a word.
 */
export const DEFAULT_DATABASE_URL = `sqlite:${join(ROOT, 'data', 'lantern.db')}`;
