/** What is sent for an event, per endpoint kind. Pure functions: the docs test checks their output. */
export interface OutboxEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: number;
}

/** The Standard Webhooks payload: `type`, `timestamp` (ISO 8601) and `data`. */
export function standardPayload(e: OutboxEvent): string {
  return JSON.stringify({ type: e.type, timestamp: new Date(e.createdAt).toISOString(), data: e.data });
}

const s = (v: unknown) => String(v);

/** One line a person reads in Slack, Teams or an email subject. Ids only: no person is named. */
export function summary(e: OutboxEvent): string {
  const d = e.data;
  switch (e.type) {
    case 'tool.discovered':
      return `New AI tool in use: ${s(d.toolId)} (first seen ${s(d.firstSeenAt)})`;
    case 'request.created':
      return `New ${s(d.kind)} request ${s(d.requestId)} for ${s(d.toolId)} is waiting for an answer`;
    case 'request.answered':
      return `Request ${s(d.requestId)} for ${s(d.toolId)} was ${s(d.status)}`;
    case 'flag.raised':
      return d.reason === 'annex-iii'
        ? `Flag: ${s(d.toolId)} registered for ${s(d.purposeCategory)} (EU AI Act Annex III area ${s(d.annexIIIArea)})`
        : `Flag: ${s(d.toolId)} registered with ${(d.dataClasses as string[]).join(', ')} data but not approved for it`;
    case 'policy.published':
      return `AI policy version ${s(d.version)} published: ${s(d.title)}`;
    case 'audit.checkpoint':
      return `Signed checkpoint of the ${s(d.chain)} chain at link ${s(d.seq)} (${s(d.headHash).slice(0, 12)}…)`;
    case 'coverage.below_threshold':
      return `Only ${s(d.coveragePercent)}% of active people accepted AI policy version ${s(d.policyVersion)} (threshold ${s(d.thresholdPercent)}%)`;
    case 'digest.daily':
      return `Daily digest for ${s(d.day)}: ${s(d.newToolCount)} new tools, ${s(d.pendingRequests)} requests waiting`;
    case 'webhook.test':
      return 'Lantern test message: this endpoint is configured correctly';
    default:
      return `Lantern event ${e.type}`;
  }
}

/** Slack incoming webhook: `text` (mrkdwn), with the event id for tracing. */
export function slackPayload(e: OutboxEvent): string {
  return JSON.stringify({
    text: `*Lantern* ${summary(e)}`,
    metadata: { event_type: e.type, event_payload: { id: e.id } },
  });
}

/** Microsoft Teams incoming webhook / Workflows: a message with one Adaptive Card. */
export function teamsPayload(e: OutboxEvent): string {
  return JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: 'Lantern', weight: 'Bolder' },
            { type: 'TextBlock', text: summary(e), wrap: true },
            { type: 'TextBlock', text: `${e.type} · ${e.id}`, isSubtle: true, size: 'Small' },
          ],
        },
      },
    ],
  });
}
