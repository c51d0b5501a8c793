import type { DataClass, Enforcement, PurposeCategory, ToolStatus } from '@lantern/shared';
import { t } from '../i18n';

/** Read at use, so each label is in the page's language. */
function translated<K extends string>(keys: readonly K[], prefix: string): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const k of keys)
    Object.defineProperty(labels, k, { enumerable: true, get: () => t(`${prefix}.${k}` as never) });
  return labels;
}

const STATUSES = ['approved', 'conditional', 'review', 'prohibited'] as const satisfies ToolStatus[];

/** Short, neutral words for each status: the dashboard's words, so employee and IT say the same. */
export const STATUS_LABELS: Record<ToolStatus, string> = translated(STATUSES, 'status');

export const STATUS_HINTS: Record<ToolStatus, string> = translated(STATUSES, 'statusHint');

export const ENFORCEMENT_LABELS: Record<Enforcement, string> = translated(
  ['monitor', 'inform', 'acknowledge', 'justify', 'block'] as const satisfies Enforcement[],
  'enforcement',
);

export const purposeLabel = (p: PurposeCategory): string => t(`purpose.${p}`);
export const dataClassLabel = (c: DataClass): string => t(`dataClass.${c}`);
export const dataClassHint = (c: DataClass): string => t(`dataClass.${c}.hint`);
