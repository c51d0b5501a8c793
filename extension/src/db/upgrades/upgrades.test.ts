import { afterEach, describe, expect, it } from 'vitest';
import { LanternDb } from '../app-db';
import { getEnrolment } from '../state';
import { answersItem } from '../state-items';
import { needsEnrolment } from '../../enrol/enrol';
import { VERSIONS } from './index';

const names: string[] = [];
const fresh = (prefix: string) => {
  const name = `${prefix}-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) await new LanternDb(name).delete();
});

describe('local database versions', () => {
  it('lists every frozen upgrade file, in order', () => {
    const files = Object.keys(import.meta.glob('./v[0-9][0-9][0-9].ts'))
      .map((p) => p.slice(2))
      .sort();
    expect(files).toEqual(VERSIONS.map((_, i) => `v${String(i + 1).padStart(3, '0')}.ts`));
  });

  it('opens data written by every earlier version with the current schema, losing nothing', async () => {
    for (let upTo = 1; upTo <= VERSIONS.length; upTo++) {
      const name = fresh('upgrade');
      const old = new LanternDb(name, VERSIONS.slice(0, upTo));
      await old.open();
      await old
        .table('dayAggregates')
        .put({ key: '2026-11-23|visit|chatgpt||', day: '2026-11-23', changedAt: 1 });
      await old.table('config').put({ key: 'current', configVersion: 4 });
      old.close();

      const current = new LanternDb(name);
      await current.open();
      expect(current.verno).toBe(VERSIONS.length);
      expect(await current.dayAggregates.count()).toBe(1);
      expect((await current.config.get('current'))?.configVersion).toBe(4);
      current.close();
    }
  });

  it('version 2 joins the answer rows and renames the token hash, with the same outcome as before', async () => {
    const name = fresh('v002');
    const sha = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('token-1'));
    const tokenHash = [...new Uint8Array(sha)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const old = new LanternDb(name, VERSIONS.slice(0, 1));
    await old.open();
    // Rows exactly as version 1 of the extension wrote them.
    await old.table('enrolment').put({
      key: 'current',
      serverUrl: 'https://lantern.example.com',
      deviceId: '0b7c3f1e-5a7d-4d3e-9a51-1c2b3d4e5f60',
      deviceToken: 't'.repeat(43),
      userEmail: null,
      source: 'managed',
      enrolledAt: 1,
      status: 'enrolled',
      enrollmentTokenSha256: tokenHash,
    });
    await old.table('state').put({ key: 'approval:seen-answers', value: ['r1:approved:5'] });
    await old.table('state').put({ key: 'approval:unread-answers', value: 2 });
    await old
      .table('state')
      .put({ key: 'experience:dismissals', value: [{ toolId: 'chatgpt', policyVersion: 3 }] });
    old.close();

    const current = new LanternDb(name);
    await current.open();
    const enrolment = await getEnrolment(current);
    expect(enrolment?.deviceToken).toBe('t'.repeat(43));
    expect(enrolment?.enrolmentTokenSha256).toBe(tokenHash);
    expect(await current.enrolment.get('current')).not.toHaveProperty('enrollmentTokenSha256');
    // Same managed token: still no new enrolment; another token: a new one, as before the upgrade.
    expect(await needsEnrolment(await getEnrolment(current), 'https://lantern.example.com', 'token-1')).toBe(
      false,
    );
    expect(await needsEnrolment(await getEnrolment(current), 'https://lantern.example.com', 'token-2')).toBe(
      true,
    );
    expect(await answersItem.get(current)).toEqual({ seen: ['r1:approved:5'], unread: 2 });
    expect(await current.state.get('approval:seen-answers')).toBeUndefined();
    expect(await current.state.get('approval:unread-answers')).toBeUndefined();
    expect((await current.state.get('experience:dismissals'))?.value).toEqual([
      { toolId: 'chatgpt', policyVersion: 3 },
    ]);
    current.close();
  });

  it('keeps its data when the worker stops and a new connection opens', async () => {
    const name = fresh('restart');
    const first = new LanternDb(name);
    await first.enrolment.put({
      key: 'current',
      serverUrl: 'https://lantern.example.com',
      deviceId: '0b7c3f1e-5a7d-4d3e-9a51-1c2b3d4e5f60',
      deviceToken: 't'.repeat(43),
      userEmail: null,
      source: 'managed',
      enrolledAt: 1,
      status: 'enrolled',
      enrolmentTokenSha256: 'a'.repeat(64),
    });
    first.close();
    const second = new LanternDb(name);
    expect((await second.enrolment.get('current'))?.deviceToken).toBe('t'.repeat(43));
    second.close();
  });
});
