import { z } from 'zod/mini';
import { ToolSchema, type Tool } from '../../schemas/tool';
import { SupplierProfileSchema } from '../suppliers/schema';
import { canonicalJson } from './canonical';
import { proofOf } from './proof';

/** The document kind, so a release is never mistaken for another signed JSON file. */
export const RELEASE_FORMAT = 'lantern-catalog-release/1';

/**
 * Bounds on a release, checked before parsing (bytes) and by the schema (tools). They leave room for the
 * classifier benchmark's 10× release and then some: on 2026-12-06 the catalog had 10,131 tools, ~396 bytes each
 * (4.0 MB as a release), so the 10× release has 101,310 tools and 40.6 MB, which the earlier bounds (32 MiB and
 * 100,000 tools, set at 5,077 tools) refused. 64 MiB and 200,000 tools are ~16× and ~20× today's catalog.
 */
export const RELEASE_LIMITS = { maxBytes: 64 * 1024 * 1024, maxTools: 200_000 } as const;

/** A monotonic release number: publishers use UTC `YYYYMMDDHHmm` (see the catalog README). */
export const ReleaseVersionSchema = z
  .number()
  .check(z.int(), z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER));

/** Everything the signature covers. */
export const CatalogReleasePayloadSchema = z.strictObject({
  format: z.literal(RELEASE_FORMAT),
  version: ReleaseVersionSchema,
  /** ISO 8601 UTC time the publisher signed it. Informational: order comes from `version`. */
  publishedAt: z.iso.datetime(),
  /** Which publisher key signed it, so several keys can be trusted during a rotation. */
  keyId: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a short lower-case key id')),
  tools: z.array(ToolSchema).check(z.minLength(1), z.maxLength(RELEASE_LIMITS.maxTools)),
  /**
   * Supplier risk facts per tool (`suppliers/schema.ts`), one profile per tool id. Optional: a release
   * without it keeps the facts the receiver already has; releases made before it existed stay valid,
   * since an absent member is left out of the signed bytes.
   */
  suppliers: z.optional(z.array(SupplierProfileSchema).check(z.maxLength(RELEASE_LIMITS.maxTools))),
});
export type CatalogReleasePayload = z.infer<typeof CatalogReleasePayloadSchema>;

/** A signed release: the payload plus an Ed25519 signature (base64, 64 bytes) over its canonical bytes. */
export const CatalogReleaseSchema = z.extend(CatalogReleasePayloadSchema, {
  signature: z.string().check(z.regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature')),
});
export type CatalogRelease = z.infer<typeof CatalogReleaseSchema>;

/** What a browser is told about the server's catalog in `sync.pull`: enough to decide to fetch it. */
export const CatalogRefSchema = z.strictObject({
  version: ReleaseVersionSchema,
  /** SHA-256 (hex) of the release's signed bytes: the address `sync.catalog` serves it under. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Size of those bytes, so a browser can refuse an oversize release before asking for it. */
  bytes: z.number().check(z.int(), z.minimum(1), z.maximum(RELEASE_LIMITS.maxBytes)),
});
export type CatalogRef = z.infer<typeof CatalogRefSchema>;

/** The exact bytes (as a string) the publisher signs and the verifier checks. */
export function signedText(release: CatalogReleasePayload): string {
  const { format, version, publishedAt, keyId, tools, suppliers } = release;
  return canonicalJson({ format, version, publishedAt, keyId, tools, suppliers });
}

/** Byte length of a string's UTF-8 encoding, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The release with its tools taken as they are: used once `proveTool` has passed every one of them. */
const ReleaseShellSchema = z.extend(CatalogReleaseSchema, {
  tools: z.array(z.unknown()).check(z.minLength(1), z.maxLength(RELEASE_LIMITS.maxTools)),
});
const proveTool = proofOf(ToolSchema);

/**
 * `CatalogReleaseSchema.safeParse`, at a fraction of the cost for a large release: when a check
 * derived from ToolSchema (./proof.ts) passes every tool, zod parses only the rest of the document;
 * otherwise zod parses all of it and names the problem. Either way the answer is the same — only a
 * valid release's tools are the input's own objects rather than zod's copies of them.
 */
export function safeParseRelease(value: unknown): ReturnType<typeof CatalogReleaseSchema.safeParse> {
  const tools = typeof value === 'object' && value !== null ? (value as { tools?: unknown }).tools : null;
  if (proveTool !== null && Array.isArray(tools) && tools.every(proveTool)) {
    const shell = ReleaseShellSchema.safeParse(value);
    if (shell.success) return { success: true, data: { ...shell.data, tools: shell.data.tools as Tool[] } };
  }
  return CatalogReleaseSchema.safeParse(value);
}
