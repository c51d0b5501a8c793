import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '@lantern/shared';
import { markedBlocks } from '@lantern/shared/testing';
import { slackPayload, standardPayload, teamsPayload } from '@lantern/server';
import { EXAMPLES, SENSITIVE_FLAG_EXAMPLE } from '@lantern/server/testing';

// docs/integrations.md shows the fixtures every real delivery is checked against
// (server/src/webhooks/webhooks.test.ts), so the page cannot drift from what is sent.
const doc = readFileSync(new URL('../../docs/integrations.md', import.meta.url), 'utf8');
const blocks = new Map(markedBlocks(doc).map((b) => [b.label, JSON.parse(b.code) as unknown]));

describe('docs/integrations.md payload examples', () => {
  it.each(WEBHOOK_EVENT_TYPES.map((t) => [t]))('standard %s is the fixture, as sent', (type) => {
    expect(blocks.get(`standard ${type}`)).toEqual(JSON.parse(standardPayload(EXAMPLES[type])));
  });

  it('shows the other flag reason, and Slack and Teams as sent', () => {
    expect(blocks.get('standard flag.raised sensitive-data')).toEqual(
      JSON.parse(standardPayload(SENSITIVE_FLAG_EXAMPLE)),
    );
    expect(blocks.get('slack request.created')).toEqual(
      JSON.parse(slackPayload(EXAMPLES['request.created'])),
    );
    expect(blocks.get('teams request.created')).toEqual(
      JSON.parse(teamsPayload(EXAMPLES['request.created'])),
    );
    expect(blocks.size).toBe(WEBHOOK_EVENT_TYPES.length + 3);
  });

  it('lists every event type in its table', () => {
    for (const type of WEBHOOK_EVENT_TYPES) expect(doc).toContain(`| \`${type}\` |`);
  });
});
