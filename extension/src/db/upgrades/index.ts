import type { Transaction } from 'dexie';
import * as v001 from './v001';
import * as v002 from './v002';

/**
 * Every released schema version, oldest first. A version file exports `stores` (full Dexie store
 * definitions for that version) and optionally `upgrade(tx)` to migrate rows from the previous one.
 */
export interface SchemaVersion {
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const VERSIONS: readonly SchemaVersion[] = [v001, v002];
