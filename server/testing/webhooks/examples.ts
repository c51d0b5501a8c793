import type { WebhookEventType } from '@lantern/shared';
import type { OutboxEvent } from '../../src/webhooks/format';

/**
 * One example of each event, as docs/integrations.md shows them. webhooks.test.ts checks that every
 * real delivery has exactly these fields with these types; integrations-docs.test.ts checks the docs
 * show exactly these payloads.
 */
const at = Date.UTC(2026, 11, 4, 9, 30, 0);
const ev = (type: WebhookEventType, id: string, data: Record<string, unknown>): OutboxEvent => ({
  id,
  type,
  data,
  createdAt: at,
});

export const EXAMPLES: Record<WebhookEventType, OutboxEvent> = {
  'tool.discovered': ev('tool.discovered', 'msg_019aec1f9a4071d3b6c2a1e5f0d4c3b2', {
    toolId: 'perplexity',
    firstSeenAt: '2026-12-04T09:29:58.000Z',
  }),
  'request.created': ev('request.created', 'msg_019aec1f9a4172a4a1b0c9d8e7f6a5b4', {
    requestId: '019aec1f-8e21-7c3a-9d4b-5e6f7a8b9c0d',
    kind: 'approval',
    toolId: 'claude',
    at: '2026-12-04T09:29:41.000Z',
  }),
  'request.answered': ev('request.answered', 'msg_019aec1f9a4273b5b2c1d0e9f8a7b6c5', {
    requestId: '019aec1f-8e21-7c3a-9d4b-5e6f7a8b9c0d',
    kind: 'approval',
    toolId: 'claude',
    status: 'approved',
    decidedAt: '2026-12-04T09:30:00.000Z',
  }),
  'flag.raised': ev('flag.raised', 'msg_019aec1f9a4374c6c3d2e1f0a9b8c7d6', {
    toolId: 'chatgpt',
    reason: 'annex-iii',
    purposeCategory: 'recruitment-hr',
    annexIIIArea: 4,
    at: '2026-12-04T09:29:12.000Z',
  }),
  'policy.published': ev('policy.published', 'msg_019aec1f9a4475d7d4e3f2a1b0c9d8e7', {
    version: 3,
    title: 'Use of AI tools at Example GmbH',
    sha256: '5f1c0d4a9e2b7c3f8a6d1e0b4c9f2a7d3e8b5c1f6a0d9e4b2c7f3a8d1e6b0c5f',
    publishedAt: '2026-12-04T09:30:00.000Z',
  }),
  'audit.checkpoint': ev('audit.checkpoint', 'msg_019aec1f9a4576e8e5f4a3b2c1d0e9f8', {
    version: 1,
    chain: 'audit_log',
    seq: 42,
    headHash: '9a3e7c1f5b2d8e4a0c6f3b9d1e7a5c2f8b4d0e6a3c9f1b5d7e2a8c4f0b6d3e9a',
    at: '2026-12-04T09:30:00.000Z',
    keyId: '3f9a1c7e5b2d8a40',
    signature: 'dGhpcyBpcyBhbiBleGFtcGxlIHNpZ25hdHVyZSBvZiBzaXh0eS1mb3VyIGJ5dGVzIG9ubHkgZm9yIGRvY3MhIQ==',
  }),
  'coverage.below_threshold': ev('coverage.below_threshold', 'msg_019aec1f9a4778a0a7b6c5d4e3f2a1b0', {
    policyVersion: 3,
    coveragePercent: 78.5,
    thresholdPercent: 80,
    acceptedPeople: 157,
    activePeople: 200,
    at: '2026-12-04T09:30:00.000Z',
  }),
  'digest.daily': ev('digest.daily', 'msg_019aec1f9a4879b1b8c7d6e5f4a3b2c1', {
    day: '2026-12-04',
    newTools: ['perplexity'],
    newToolCount: 1,
    pendingRequests: 4,
    oldestPendingAt: '2026-12-01T14:02:11.000Z',
    annexIIIRegistrations: 1,
    sensitiveDataRegistrations: 2,
  }),
};

/** flag.raised for personal data on a tool not approved for it (the other reason). */
export const SENSITIVE_FLAG_EXAMPLE = ev('flag.raised', 'msg_019aec1f9a4677f9f6a5b4c3d2e1f0a9', {
  toolId: 'chatgpt',
  reason: 'sensitive-data',
  dataClasses: ['personal'],
  at: '2026-12-04T09:29:12.000Z',
});

/** The shape a delivery must have: each key of the example with the JSON type of its value. */
export function shapeOf(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v]),
  );
}
