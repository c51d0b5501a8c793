import type { core } from 'zod/mini';
import { RELEASE_FORMAT, RELEASE_LIMITS, safeParseRelease, utf8Length, type CatalogRelease } from './schema';

export type ParsedRelease = { ok: true; release: CatalogRelease } | { ok: false; problem: string };

const issueText = (issue: core.$ZodIssue) =>
  `${issue.path.length > 0 ? issue.path.join('.') : 'document'}: ${issue.message}`;

/**
 * A release file's text → the release, or one sentence saying what is wrong with it. Checks the
 * size before parsing, so an oversize file costs no JSON parse. The signature is only checked for
 * form here; verifying it needs the publisher key (server/src/catalog/verify.ts).
 */
export function parseRelease(text: string): ParsedRelease {
  const bytes = utf8Length(text);
  if (bytes > RELEASE_LIMITS.maxBytes)
    return { ok: false, problem: `oversize: ${bytes} bytes, the limit is ${RELEASE_LIMITS.maxBytes}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `malformed: not JSON (${(error as Error).message})` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, problem: 'malformed: a release is a JSON object' };
  const doc = json as Record<string, unknown>;
  if (doc.format !== RELEASE_FORMAT)
    return { ok: false, problem: `malformed: "format" must be "${RELEASE_FORMAT}"` };
  if (doc.signature === undefined || doc.signature === null || doc.signature === '')
    return { ok: false, problem: 'unsigned: the release has no signature' };
  if (Array.isArray(doc.tools) && doc.tools.length > RELEASE_LIMITS.maxTools)
    return {
      ok: false,
      problem: `oversize: ${doc.tools.length} tools, the limit is ${RELEASE_LIMITS.maxTools}`,
    };
  const parsed = safeParseRelease(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    return { ok: false, problem: `malformed: ${issues.slice(0, 3).map(issueText).join('; ')}${more}` };
  }
  const ids = new Set<string>();
  for (const tool of parsed.data.tools) {
    if (ids.has(tool.id)) return { ok: false, problem: `malformed: tool id "${tool.id}" appears twice` };
    ids.add(tool.id);
  }
  const profiled = new Set<string>();
  for (const profile of parsed.data.suppliers ?? []) {
    if (profiled.has(profile.toolId))
      return { ok: false, problem: `malformed: supplier facts for "${profile.toolId}" appear twice` };
    profiled.add(profile.toolId);
  }
  return { ok: true, release: parsed.data };
}
