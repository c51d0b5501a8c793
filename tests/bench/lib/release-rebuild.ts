import {
  RELEASE_FORMAT,
  applyOverrides,
  buildClassifier,
  readCatalogAnswer,
  releaseWireText,
  signedTextSha256,
  type CatalogRelease,
  type Tool,
  type ToolOverride,
} from '@lantern/shared';

/** A release as a browser receives it from `sync.catalog`, with the content address `sync.pull` announced. */
export interface ReleaseAnswer {
  bytes: Uint8Array;
  sha256: string;
}

/**
 * The bytes of `sync.catalog`'s answer for a release of `tools`, as the server sends it: tRPC's envelope
 * around the stored wire text (the signed text plus the signature; the server verified the signature).
 */
export async function releaseAnswerOf(tools: readonly Tool[]): Promise<ReleaseAnswer> {
  const release: CatalogRelease = {
    format: RELEASE_FORMAT,
    version: 1,
    publishedAt: '2026-12-04T00:00:00.000Z',
    keyId: 'bench',
    tools: [...tools],
    signature: `${'A'.repeat(86)}==`,
  };
  const text = `{"result":{"data":${releaseWireText(release)}}}`;
  return { bytes: new TextEncoder().encode(text), sha256: await signedTextSha256(release) };
}

/**
 * What the extension does with a new release, timed end to end: decode and parse the answer, check the
 * schema, check the signed bytes against the announced address (`readCatalogAnswer`, as the extension's
 * `sync.catalog` call does), apply the organisation's overrides, rebuild the index. Returns milliseconds
 * (best of `rounds`), so the figure is the work, not the machine's other load.
 */
export async function rebuildMs(
  answer: ReleaseAnswer,
  overrides: readonly ToolOverride[],
  rounds: number,
): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const read = await readCatalogAnswer(answer.bytes, answer.sha256);
    if (!read.ok) throw new Error(read.problem);
    if (read.sha256 !== answer.sha256) throw new Error('the answer does not match its address');
    const classifier = buildClassifier(applyOverrides(read.release.tools, overrides));
    if (classifier.tools.size === 0) throw new Error('empty classifier');
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
