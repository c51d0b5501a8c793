import { CompanyWorkspaceSchema, DataClassSchema, QuestionSchema } from '@lantern/shared';
import { z } from 'zod';

/**
 * Row codecs for the JSON text columns: one per column, so a read checks the stored value against
 * the shape the code expects instead of trusting a cast, and a bad row fails with the column's name.
 */
export class RowDecodeError extends Error {
  constructor(
    readonly column: string,
    detail: string,
  ) {
    super(`stored ${column} is not valid: ${detail}`);
    this.name = 'RowDecodeError';
  }
}

export interface JsonColumn<T> {
  readonly column: string;
  /** Parses and checks a stored value; throws RowDecodeError. */
  decode(text: string): T;
  /** A nullable column: null stays null. */
  decodeNullable(text: string | null): T | null;
  encode(value: T): string;
}

export function jsonColumn<T>(column: string, schema: z.core.$ZodType<T>): JsonColumn<T> {
  const decode = (text: string): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new RowDecodeError(column, 'not JSON');
    }
    const result = z.safeParse(schema, value);
    if (!result.success) throw new RowDecodeError(column, z.prettifyError(result.error));
    return result.data;
  };
  return {
    column,
    decode,
    decodeNullable: (text) => (text === null ? null : decode(text)),
    encode: (value) => JSON.stringify(value),
  };
}

/**
 * Known data classes. Not DataClassListSchema: what the browser sends is checked there (no repeats);
 * a stored row is only required to name classes this server knows.
 */
const StoredDataClasses = z.array(DataClassSchema);

/** registrations.data_classes and current_registrations.data_classes (a registration's classes). */
export const dataClassesColumn = jsonColumn('data_classes', StoredDataClasses);
/** decisions.allowed_data_classes (the classes a decision allows). */
export const allowedDataClassesColumn = jsonColumn('allowed_data_classes', StoredDataClasses);
/** decisions.company_workspace (the company-workspace restriction, with since when it holds). */
export const companyWorkspaceColumn = jsonColumn('company_workspace', CompanyWorkspaceSchema);
/** literacy_module_versions.questions (a module version's quiz). */
export const questionsColumn = jsonColumn('questions', z.array(QuestionSchema));
/** settings.value of the `pseudonymKey` row (the hex secret behind pseudonyms and person identities). */
export const pseudonymKeyValue = jsonColumn('settings.pseudonymKey', z.string());
/** webhook_events.payload (an event's `data`, written by webhooks/outbox.ts). */
export const webhookPayloadColumn = jsonColumn('payload', z.record(z.string(), z.unknown()));
