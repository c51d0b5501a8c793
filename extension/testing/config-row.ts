import type { Decision, PolicyVersion } from '@lantern/shared';
import type { ConfigRow } from '../src/db/types';

/** A pulled config as the sync engine stores it, for tests of the experience. */
export function configRow(
  over: {
    decisions?: Decision[];
    policy?: PolicyVersion | null;
    requests?: ConfigRow['requests'];
    exceptions?: ConfigRow['exceptions'];
  } = {},
): ConfigRow {
  return {
    key: 'current',
    configVersion: 1,
    pulledAt: Date.UTC(2026, 10, 23),
    decisions: over.decisions ?? [],
    policy: over.policy ?? null,
    tools: [],
    settings: { privacyMode: 'named', pullIntervalSeconds: 300 },
    requests: over.requests ?? [],
    ...(over.exceptions ? { exceptions: over.exceptions } : {}),
  };
}
