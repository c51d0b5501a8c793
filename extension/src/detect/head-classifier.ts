import { BASELINE_RELEASE_VERSION, buildClassifier, type Classifier, type Tool } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { noticeMatchPatterns } from '../enforce/notice-patterns';
import { catalogReleaseItem } from '../db/state-items';
import type { ConfigRow } from '../db/types';
import { buildFromSources, classifier, currentClassifier } from './classifier-store';
import { HEAD_CATALOG } from './first-turn';

/** A head tool as the worker's script carries it: what classifying a page and naming its tool need. */
export type HeadTool = Pick<Tool, 'id' | 'name' | 'vendor' | 'category' | 'domains' | 'urlPrefixes'>;

/** The most used tools, and the hosts on which the whole catalog may name a more specific tool. */
export interface HeadCatalog {
  tools: readonly HeadTool[];
  deferHosts: readonly string[];
}

export interface HeadAnswers {
  classifier: Classifier;
  defer: ReadonlySet<string>;
}

const asTool = (tool: HeadTool): Tool => ({
  ...tool,
  apiEndpoints: [],
  extensionIds: [],
  supplier: { trainsOnInputsByDefault: null, enterpriseTier: null, dataRegions: [] },
  // Never shown: a notice names the tool, and every act is taken against the whole catalog.
  source: '',
  checked: '',
});

/**
 * The notice's match patterns for the head tools, registered in the first turn of a browser that has
 * no notice registration yet (enforce/notice-registration.ts, `registerNoticeScriptFirst`): a fresh
 * install would otherwise read and index the whole catalog before any tool's page got the notice.
 */
export function headNoticePatterns(): string[] {
  return noticeMatchPatterns(buildClassifier(HEAD_CATALOG.tools.map(asTool)));
}

/**
 * The head tools' classifier with the organisation's overrides and tools applied exactly as the
 * whole catalog's (classifier-store.ts, `buildFromSources`), or null when this browser classifies
 * with a catalog release rather than the catalog it was built with — one is stored, or the server
 * has announced a newer one: the head's data may be out of date then, and only the whole read
 * answers. Built in milliseconds from the worker's own script.
 */
export async function buildHeadAnswers(
  config: ConfigRow | undefined,
  releaseStored: boolean,
): Promise<HeadAnswers | null> {
  if (releaseStored) return null;
  if (config?.catalog && config.catalog.version > BASELINE_RELEASE_VERSION) return null;
  const overrides = config?.overrides ?? [];
  const built = await buildFromSources({
    catalog: { key: 'head', tools: HEAD_CATALOG.tools.map(asTool) },
    overrides,
    orgTools: config?.tools ?? [],
  });
  // A host the organisation adds to a tool outside the head may sit under a head tool's domain.
  const heads = new Set(HEAD_CATALOG.tools.map((tool) => tool.id));
  const added = overrides.filter((o) => !heads.has(o.toolId)).flatMap((o) => o.addDomains);
  return { classifier: built, defer: new Set([...HEAD_CATALOG.deferHosts, ...added]) };
}

let memo:
  | { db: LanternDb; configVersion: number; pulledAt: number; answers: Promise<HeadAnswers | null> }
  | undefined;

/**
 * `buildHeadAnswers` for the stored configuration, built again only when a pull changed it (a pull
 * stores a release just before the configuration row it came with).
 */
async function readHeadAnswers(db: LanternDb): Promise<HeadAnswers | null> {
  const config = await getConfig(db);
  const configVersion = config?.configVersion ?? -1;
  const pulledAt = config?.pulledAt ?? -1;
  if (memo && memo.db === db && memo.configVersion === configVersion && memo.pulledAt === pulledAt)
    return memo.answers;
  // Counted by key: reading the stored release itself would cost what this is here to avoid.
  const answers = db.state
    .where('key')
    .equals(catalogReleaseItem.key)
    .count()
    .then((stored) => buildHeadAnswers(config, stored > 0));
  memo = { db, configVersion, pulledAt, answers };
  answers.catch(() => {
    if (memo?.answers === answers) memo = undefined;
  });
  return answers;
}

function deferred(defer: ReadonlySet<string>, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  for (let at = host; ;) {
    if (defer.has(at)) return true;
    const dot = at.indexOf('.');
    if (dot < 0) return false;
    at = at.slice(dot + 1);
  }
}

/**
 * The head tools' classifier when it may answer for this page: it names the page's tool, and no
 * tool outside the head could name it otherwise. Null otherwise.
 */
export function headAnswerFor(head: HeadAnswers | null, url: string): Classifier | null {
  if (!head || deferred(head.defer, url) || !head.classifier.classifyUrl(url)) return null;
  return head.classifier;
}

/** `headAnswerFor` with the stored configuration's overrides and tools. */
export async function headClassifierFor(db: LanternDb, url: string): Promise<Classifier | null> {
  return headAnswerFor(await readHeadAnswers(db), url);
}

/**
 * The classifier to answer a page's notice with. Once the whole catalog is read, that one. Before
 * (after a fresh install Firefox took ~7 s to read and index it, and every wake of the worker reads
 * it again), the head tools' classifier where it may answer (`headClassifierFor`); for any other
 * page, the whole catalog once it is read.
 */
export async function classifierForPage(db: LanternDb, url: string): Promise<Classifier> {
  const ready = currentClassifier();
  if (ready) return ready;
  const whole = classifier();
  const head = await headClassifierFor(db, url).catch((error: unknown) => {
    console.warn('lantern: the head tools could not answer', error);
    return null;
  });
  if (!head) return whole;
  whole.catch(() => undefined); // its failure is the next caller's to see
  return head;
}
