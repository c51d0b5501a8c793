import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, readSettings, DEFAULT_MAX_BODY_BYTES } from '@lantern/server';
import { markedBlocks, parsePlist, parseReg, type PlistValue } from '@lantern/shared/testing';

// Every example file of docs/deploy.md is checked here: it parses, it has the structure the browser
// expects, its managed-storage keys are exactly what the extension declares, and the guide shows it verbatim.
const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const guide = read('docs/deploy.md');
const examplesDir = join(root, 'docs/examples');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(examplesDir, path)];
  });
}
const files = walk(examplesDir).sort();
const example = (path: string) => read(`docs/examples/${path}`);
/** Policy JSON is walked field by field below, each step asserted; a precise type would only restate the asserts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const json = (path: string) => JSON.parse(example(path));

const managedSchema = JSON.parse(read('extension/src/public/managed_schema.json')) as {
  properties: Record<string, { type: 'string' | 'integer'; minimum?: number }>;
};
const MANAGED_KEYS = Object.keys(managedSchema.properties).sort();
/** The keys without which the extension cannot enrol itself (docs/deploy.md). */
const REQUIRED = ['serverUrl', 'enrollmentToken'];
const GECKO_ID = /const GECKO_ID = '([^']+)'/.exec(read('extension/wxt.config.ts'))?.[1];
// What the checks saw, for the cross-file assertions at the end (each check also runs there, so
// those assertions hold even when a single test is run alone).
const seenKeys = new Set<string>();
const chromeIds = new Set<string>();
const allChecks: (() => void)[] = [];
/** Registers a check as a test and for the cross-file assertions. */
function check(name: string, fn: () => void) {
  allChecks.push(fn);
  it(name, fn);
}

/** Checks managed-storage values against the extension's managed_schema.json. */
function expectManaged(values: Record<string, unknown>, { partial = false } = {}) {
  for (const key of Object.keys(values)) {
    expect(MANAGED_KEYS, `unknown managed key ${key}`).toContain(key);
    seenKeys.add(key);
    const rule = managedSchema.properties[key]!;
    const value = values[key];
    if (rule.type === 'string') expect(typeof value, key).toBe('string');
    if (rule.type === 'integer') {
      expect(Number.isInteger(value), `${key} must be an integer`).toBe(true);
      if (rule.minimum !== undefined) expect(value as number).toBeGreaterThanOrEqual(rule.minimum);
    }
  }
  if (!partial) for (const key of REQUIRED) expect(values, `missing ${key}`).toHaveProperty(key);
  if (typeof values.serverUrl === 'string') expect(new URL(values.serverUrl).protocol).toBe('https:');
  if (typeof values.enrollmentToken === 'string')
    expect(values.enrollmentToken.length).toBeGreaterThanOrEqual(16);
}

function expectForceInstall(settings: Record<string, Json>, urlKey: 'update_url' | 'install_url') {
  const ids = Object.keys(settings);
  expect(ids).toHaveLength(1);
  const entry = settings[ids[0]!];
  expect(entry.installation_mode).toBe('force_installed');
  expect(new URL(entry[urlKey]).protocol).toBe('https:');
  return ids[0]!;
}

describe('docs/deploy.md embeds every example file verbatim', () => {
  const blocks = markedBlocks(guide).filter((b) => b.label.startsWith('file '));
  it('shows each file of docs/examples exactly once', () => {
    expect(blocks.map((b) => b.label.slice('file '.length)).sort()).toEqual(files);
  });
  it.each(files)('%s is identical in the guide and on disk', (path) => {
    expect(blocks.find((b) => b.label === `file ${path}`)!.code).toBe(example(path).replace(/\n+$/, ''));
  });
});

describe('Chrome and Edge policies', () => {
  check('Linux JSON: ExtensionSettings force-installs, 3rdparty.extensions configures', () => {
    const policy = json('chrome/linux-managed-policy.json');
    expect(Object.keys(policy).sort()).toEqual(['3rdparty', 'ExtensionSettings']);
    const id = expectForceInstall(policy.ExtensionSettings, 'update_url');
    chromeIds.add(id);
    expect(Object.keys(policy['3rdparty'])).toEqual(['extensions']);
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    expectManaged(policy['3rdparty'].extensions[id]);
  });

  check('Google Admin console: every key wraps its value in {"Value": ...}', () => {
    const policy = json('chrome/google-admin-policy-for-extensions.json');
    const values = Object.fromEntries(
      Object.entries(policy).map(([key, wrapped]) => {
        expect(Object.keys(wrapped as object)).toEqual(['Value']);
        return [key, (wrapped as { Value: unknown }).Value];
      }),
    );
    expectManaged(values);
  });

  const regFiles = [
    ['chrome/windows-chrome.reg', 'Google\\Chrome'],
    ['edge/windows-edge.reg', 'Microsoft\\Edge'],
  ] as const;
  for (const [path, vendor] of regFiles) {
    check(`${path}: ExtensionSettings and the 3rdparty policy key`, () => {
      const reg = parseReg(example(path));
      const settings = reg.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`)?.get('ExtensionSettings');
      expect(typeof settings).toBe('string');
      const id = expectForceInstall(JSON.parse(settings as string), 'update_url');
      chromeIds.add(id);
      const policy = reg.get(
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions\\${id}\\policy`,
      );
      expect(policy).toBeDefined();
      expectManaged(Object.fromEntries(policy!));
      expect(reg.size).toBe(2);
    });
  }

  check('the per-user .reg sets only userEmail, for Chrome and Edge, under HKEY_CURRENT_USER', () => {
    const reg = parseReg(example('chrome/windows-user-email.reg'));
    for (const [section, values] of reg) {
      const m =
        /^HKEY_CURRENT_USER\\SOFTWARE\\Policies\\(Google\\Chrome|Microsoft\\Edge)\\3rdparty\\extensions\\([a-p]{32})\\policy$/.exec(
          section,
        );
      expect(m, section).not.toBeNull();
      chromeIds.add(m![2]!);
      expect([...values.keys()]).toEqual(['userEmail']);
      expectManaged(Object.fromEntries(values), { partial: true });
    }
    expect(reg.size).toBe(2);
  });

  check('macOS profile: install policy and managed storage for both browsers', () => {
    const profile = parsePlist(example('macos/lantern.mobileconfig')) as Record<string, Json>;
    expect(profile.PayloadType).toBe('Configuration');
    const payloads = profile.PayloadContent as Record<string, Json>[];
    const uuids = [profile, ...payloads].map((p) => p.PayloadUUID as string);
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const u of uuids)
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const forced = (domain: PlistValue) =>
      ((domain as Json).Forced as Json[])[0].mcx_preference_settings as Record<string, Json>;
    for (const [browser, payload] of [
      ['com.google.Chrome', payloads[0]!],
      ['com.microsoft.Edge', payloads[1]!],
    ] as const) {
      expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
      const domains = payload.PayloadContent as Record<string, PlistValue>;
      const id = expectForceInstall(forced(domains[browser]!).ExtensionSettings, 'update_url');
      chromeIds.add(id);
      expect(Object.keys(domains).sort()).toEqual([browser, `${browser}.extensions.${id}`]);
      expectManaged(forced(domains[`${browser}.extensions.${id}`]!));
    }
  });
});

describe('Firefox policies.json', () => {
  check('force-installs the add-on by its gecko id and configures 3rdparty.Extensions', () => {
    const { policies, ...rest } = json('firefox/policies.json');
    expect(rest).toEqual({});
    expect(Object.keys(policies).sort()).toEqual(['3rdparty', 'ExtensionSettings']);
    expect(GECKO_ID).toBeDefined();
    expect(expectForceInstall(policies.ExtensionSettings, 'install_url')).toBe(GECKO_ID);
    expect(policies.ExtensionSettings[GECKO_ID!].install_url).toMatch(/\.xpi$/);
    expect(Object.keys(policies['3rdparty'])).toEqual(['Extensions']);
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([GECKO_ID]);
    expectManaged(policies['3rdparty'].Extensions[GECKO_ID!]);
  });
});

describe('self-hosted update manifests', () => {
  check('updates.xml names the same Chrome/Edge id as the policies, and an https CRX', () => {
    const xml = example('selfhost/updates.xml');
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    const app = /<app appid='([a-p]{32})'>\s*<updatecheck codebase='([^']+)' version='([\d.]+)' \/>/.exec(
      xml,
    );
    expect(app).not.toBeNull();
    chromeIds.add(app![1]!);
    expect(app![2]).toMatch(/^https:\/\/.+\.crx$/);
  });

  check('updates.json lists versions of the Firefox add-on by its gecko id', () => {
    const manifest = json('selfhost/updates.json');
    expect(Object.keys(manifest.addons)).toEqual([GECKO_ID]);
    for (const u of manifest.addons[GECKO_ID!].updates) {
      expect(u.version).toMatch(/^\d+(\.\d+){0,3}$/);
      expect(u.update_link).toMatch(/^https:\/\/.+\.xpi$/);
    }
  });
});

describe('the examples together', () => {
  it('use one Chrome/Edge extension id everywhere', () => {
    for (const fn of allChecks) fn();
    expect([...chromeIds]).toHaveLength(1);
  });
  it('show every managed key the extension reads, and no other', () => {
    for (const fn of allChecks) fn();
    expect([...seenKeys].sort()).toEqual(MANAGED_KEYS);
  });
});

describe('server examples', () => {
  const env = Object.fromEntries(
    example('server/lantern.env')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const serverSettings = [...read('server/src/env.ts').matchAll(/env\.([A-Z_]+)/g)]
    .map((m) => m[1]!)
    .filter((name) => !['INIT_CWD', 'LANTERN_TEST_POSTGRES_URL'].includes(name));

  it('lantern.env sets only settings the server reads, and the server accepts them', () => {
    for (const key of Object.keys(env)) expect(serverSettings).toContain(key);
    expect(() => readSettings(env)).not.toThrow();
    const postgres = /^# DATABASE_URL=(.+)$/m.exec(example('server/lantern.env'))![1]!;
    expect(() => parseDatabaseUrl(postgres)).not.toThrow();
  });

  it('the guide documents exactly the settings the server reads', () => {
    const table = [...guide.matchAll(/^\| `([A-Z_]+)` \| `[^`]*` \|/gm)].map((m) => m[1]);
    expect(table.sort()).toEqual([...new Set(serverSettings)].sort());
  });

  it('both proxies forward to the configured port with the server body limit', () => {
    const target = `${env.HOST}:${env.PORT}`;
    const nginx = example('server/nginx.conf');
    const caddy = example('server/Caddyfile');
    expect(nginx).toContain(`server ${target};`);
    expect(caddy).toContain(`reverse_proxy ${target}`);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
    expect(Number(/client_max_body_size (\d+)m;/.exec(nginx)![1]) * 1024 * 1024).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(Number(/max_size (\d+)MiB/.exec(caddy)![1]) * 1024 * 1024).toBe(DEFAULT_MAX_BODY_BYTES);
    expect(caddy).toContain('health_uri /healthz');
  });

  it('the systemd unit reads the env file', () => {
    expect(example('server/lantern.service')).toContain('EnvironmentFile=/etc/lantern/lantern.env');
  });
});
