// The form of every catalog entry, checked one by one so a contributor sees exactly which row is wrong.
// catalog.test.ts covers reachability and shared platforms; this file covers what each row must say.
import { describe, expect, it } from 'vitest';
import { DaySchema } from '../schemas/primitives';
import { TOOL_CATEGORIES } from '../schemas/tool';
import { CHECKED, LISTS } from './data/define';
import { REGIONS, catalogRegion } from './data/regions';
import { catalog } from './index';
import { isSpecificSource, sourceUrl } from './stats';

/** Entries that still cite only a product homepage. May only shrink: re-verify an entry, then lower it. */
const HOMEPAGE_ONLY_CEILING = 93;
/** Licences whose data a contributor may take facts from (README: Sources). */
// The Unlicense is a public-domain dedication with a fallback permission, like CC0 (OSI-approved); it is not the
// same as a list with no licence, which is never a source.
const PERMISSIVE = /^(MIT|Apache-2\.0|CC0-1\.0|CC-BY-4\.0|BSD-[23]-Clause|ISC|Unlicense)$/;

const today = new Date().toISOString().slice(0, 10);
const problems = (check: (t: (typeof catalog)[number]) => string | null) =>
  catalog.map((t) => check(t)).filter((p): p is string => p !== null);

describe('every catalog entry', () => {
  it('has a kebab-case id, a name, a vendor that is a name (not a URL) and a known category', () => {
    expect(
      problems((t) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(t.id) &&
        t.name.trim() === t.name &&
        t.name.length > 0 &&
        t.vendor.trim().length > 0 &&
        !/^https?:|\/\//.test(t.vendor) &&
        (TOOL_CATEGORIES as readonly string[]).includes(t.category)
          ? null
          : t.id,
      ),
    ).toEqual([]);
  });

  it('has at least one matcher: a domain, URL prefix, API endpoint or prefix, extension id or name word', () => {
    expect(
      problems((t) =>
        t.domains.length +
          t.urlPrefixes.length +
          t.apiEndpoints.length +
          (t.apiPrefixes?.length ?? 0) +
          t.extensionIds.length +
          (t.extensionNameWords?.length ?? 0) >
        0
          ? null
          : t.id,
      ),
    ).toEqual([]);
  });

  it('lists extension name words only on browser extensions, never an empty list', () => {
    expect(
      problems((t) =>
        t.extensionNameWords === undefined ||
        (t.category === 'browser-extension' && t.extensionNameWords.length > 0)
          ? null
          : t.id,
      ),
    ).toEqual([]);
  });

  it(`was checked on a real day, no earlier than the first catalog (${CHECKED}) and not in the future`, () => {
    expect(
      problems((t) =>
        DaySchema.safeParse(t.checked).success && t.checked >= CHECKED && t.checked <= today
          ? null
          : `${t.id}: ${t.checked}`,
      ),
    ).toEqual([]);
  });

  it('cites an https source, with at most a short licence note after it', () => {
    expect(problems((t) => (sourceUrl(t.source) ? null : `${t.id}: ${t.source}`))).toEqual([]);
  });

  it(`cites a specific page or list file, except at most ${HOMEPAGE_ONLY_CEILING} homepage-only entries`, () => {
    const homepageOnly = catalog.filter((t) => !isSpecificSource(t.source));
    expect(homepageOnly.length).toBeLessThanOrEqual(HOMEPAGE_ONLY_CEILING);
  });

  it('takes list facts only from a pinned commit of a permissively licensed list', () => {
    // A repository may be pinned at more than one commit (ai-collection: its last CC0 commit that linked products'
    // own sites, and a later MIT one), so a row may cite any of them.
    const pinned = new Map<string, { commit: string; licence: string }[]>();
    for (const l of Object.values(LISTS)) pinned.set(l.repo, [...(pinned.get(l.repo) ?? []), l]);
    expect(
      problems((t) => {
        const m = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([^/]+)\/\S+ \(([^()]+)\)$/.exec(t.source);
        if (!m) return /\((?:A?GPL|LGPL|CC-BY-NC|CC-BY-SA|SSPL|unlicensed)/i.test(t.source) ? t.id : null;
        const [, repo, ref, licence] = m;
        if (!PERMISSIVE.test(licence!)) return `${t.id}: licence ${licence}`;
        if (repo === 'v2fly/domain-list-community') return null; // MIT; older rows cite master
        const lists = pinned.get(repo!);
        if (!lists) return `${t.id}: ${repo} is not in LISTS`;
        return lists.some((list) => ref === list.commit && licence === list.licence)
          ? null
          : `${t.id}: not the pinned commit or licence`;
      }),
    ).toEqual([]);
    for (const list of Object.values(LISTS)) {
      expect(list.commit, list.repo).toMatch(/^[0-9a-f]{40}$/);
      expect(list.licence, list.repo).toMatch(PERMISSIVE);
    }
  });

  it('claims each domain without `www.`: a domain covers its `www.` form, while a `www.` claim misses the bare one', () => {
    expect(problems((t) => (t.domains.some((d) => d.startsWith('www.')) ? t.id : null))).toEqual([]);
  });

  it('has a region from the fixed list', () => {
    expect(
      problems((t) => ((REGIONS as readonly string[]).includes(catalogRegion(t.id) ?? '') ? null : t.id)),
    ).toEqual([]);
  });
});

describe('claims across the whole catalog', () => {
  it('never gives one hostname to two tools, whether as a domain or an API endpoint', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of catalog) {
      for (const host of new Set([...t.domains, ...t.apiEndpoints])) {
        const previous = owner.get(host);
        if (previous !== undefined && previous !== t.id) clashes.push(`${host}: ${previous}, ${t.id}`);
        owner.set(host, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lists the same URL or API prefix twice, nor a prefix already covered by the same tool', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of catalog) {
      for (const prefix of t.apiPrefixes ?? []) {
        const previous = seen.get(`api:${prefix}`);
        if (previous !== undefined) clashes.push(`${prefix}: ${previous}, ${t.id}`);
        seen.set(`api:${prefix}`, t.id);
        const host = prefix.slice(0, prefix.indexOf('/'));
        if (t.apiEndpoints.some((e) => host === e || host.endsWith(`.${e}`)))
          clashes.push(`${prefix}: redundant in ${t.id}`);
      }
      for (const prefix of t.urlPrefixes) {
        const previous = seen.get(prefix);
        if (previous !== undefined) clashes.push(`${prefix}: ${previous}, ${t.id}`);
        seen.set(prefix, t.id);
        const host = prefix.slice(0, prefix.indexOf('/'));
        if (t.domains.some((d) => host === d || host.endsWith(`.${d}`)))
          clashes.push(`${prefix}: redundant in ${t.id}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps its coverage floor: at least 2,000 tools, and every region represented', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(2000);
    const regions = new Set(catalog.map((t) => catalogRegion(t.id)));
    for (const region of REGIONS) expect(regions.has(region), region).toBe(true);
  });
});
