import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import {
  EnrolInputSchema,
  PRIVACY_MODES,
  PushInputSchema,
  SYNC_EVENT_KINDS,
  SyncEventSchema,
} from '@lantern/shared';
import { pseudonym } from '@lantern/server';
import { BOUNDS } from '@lantern/extension/testing';
import { fieldTables, describeType, schemaFields } from '@lantern/shared/testing';

// docs/privacy.md is what a works council signs off on. It must describe every field that can leave
// the browser, and no field may exist that is named like page data.
const doc = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');
const tables = fieldTables(doc);
const eventSchema = (kind: string) =>
  SyncEventSchema._zod.def.options.find((o) => o.shape.kind._zod.def.values[0] === kind)!;
const WIRE: Record<string, core.$ZodType> = {
  EnrolInput: EnrolInputSchema,
  ...Object.fromEntries(SYNC_EVENT_KINDS.map((kind) => [`event:${kind}`, eventSchema(kind)])),
};

/** Names that would mean page data, prompts or tracking. Matched inside any field name. */
const FORBIDDEN = [
  'url',
  'uri',
  'href',
  'path',
  'query',
  'search',
  'fragment',
  'title',
  'content',
  'body',
  'html',
  'prompt',
  'response',
  'completion',
  'message',
  'cookie',
  'header',
  'referrer',
  'referer',
  'form',
  'password',
  'clipboard',
  'screenshot',
  'keystroke',
  'selection',
  'ip',
  'location',
  'history',
];
const words = (field: string) =>
  field
    .replace(/\[\]/g, '')
    .split('.')
    .flatMap((segment) =>
      segment
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(' '),
    );

describe('docs/privacy.md describes every field that can leave the browser', () => {
  it('has a table for enrolment and for every event kind, and for nothing else', () => {
    expect([...tables.keys()].sort()).toEqual(Object.keys(WIRE).sort());
  });

  it.each(Object.entries(WIRE))(
    '%s: every field of the wire schema is described, none invented',
    (name, schema) => {
      const rows = tables.get(name)!;
      expect(rows.map((r) => r.field)).toEqual(schemaFields(schema).map((f) => f.path));
      for (const row of rows) expect(row.type, `${name}.${row.field} needs a description`).not.toBe('');
    },
  );

  it('the push batch carries nothing but events', () => {
    expect(schemaFields(PushInputSchema).map((f) => f.path)).toEqual(['protocolVersion', 'events']);
  });
});

describe('no wire field is named like page data', () => {
  const fields = Object.entries(WIRE).flatMap(([name, schema]) =>
    schemaFields(schema).map((f) => `${name}: ${f.path}`),
  );
  it.each(fields)('%s', (field) => {
    const found = words(field.split(': ')[1]!).filter((w) => FORBIDDEN.includes(w));
    expect(found).toEqual([]);
  });

  it('would catch such a field (the check is not vacuous)', () => {
    expect(words('pageUrl').filter((w) => FORBIDDEN.includes(w))).toEqual(['url']);
    expect(words('extensions[].promptText').filter((w) => FORBIDDEN.includes(w))).toEqual(['prompt']);
  });
});

describe('the free text fields are the ones the page names', () => {
  it('lists exactly the top-level text fields of the events', () => {
    const text = new Set(
      SYNC_EVENT_KINDS.flatMap((kind) =>
        schemaFields(eventSchema(kind))
          .filter((f) => !f.path.includes('.') && describeType(f.schema).startsWith('text'))
          .map((f) => f.path),
      ),
    );
    expect([...text].sort()).toEqual(['name', 'purposeText', 'reason']);
    expect(doc).toContain('(`purposeText`, `reason`, `name`)');
  });
});

describe('what the page promises matches the code', () => {
  it('names everything the product promises never to collect', () => {
    const never = doc.slice(doc.indexOf('## What is never collected'), doc.indexOf('## Where the data is'));
    for (const item of [
      'prompt text',
      'responses',
      'pasted or uploaded content',
      'page content',
      'full URLs',
      'query strings',
      'cookies',
      'form values',
    ]) {
      expect(never).toContain(item);
    }
  });

  it('shows pseudonyms in the format the server produces', () => {
    const shown = /`(person-[0-9a-f]+)`/.exec(doc)![1]!;
    const produced = pseudonym('a-secret-key', 'some-user-id');
    expect(shown).toMatch(
      new RegExp(`^${produced.replace(/[0-9a-f]+$/, '')}[0-9a-f]{${produced.length - 'person-'.length}}$`),
    );
  });

  it('names both privacy modes and the retention setting', () => {
    for (const mode of PRIVACY_MODES) expect(doc).toContain(`\`${mode}\``);
    expect(doc).toContain('`retentionDays`');
    expect(
      readFileSync(new URL('../../server/src/routers/admin/settings.ts', import.meta.url), 'utf8'),
    ).toContain('retentionDays');
  });

  it('states the browser-side limits the extension really applies', () => {
    expect(doc).toContain(`at most ${BOUNDS.syncLogDays} days`);
    expect(doc).toContain(`at most ${BOUNDS.syncLogMax.toLocaleString('en-US')} entries`);
    expect(doc).toContain(`deleted after ${BOUNDS.aggregateDays} days`);
  });
});
