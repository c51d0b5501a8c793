import { DeviceResultSchema } from '../../schemas/device-wire';
import { bytesSha256, signedTextSha256 } from './digest';
import { safeParseRelease, signedText, type CatalogRelease } from './schema';

/**
 * A release as the server stores it and `sync.catalog` serves it: the signed text itself (canonical JSON of
 * the payload) with the signature added as one last member. Parsing it gives the release; taking that last
 * member out gives back, byte for byte, the text the signature covers. So a browser can check the answer
 * against its announced address by hashing the bytes it received, without serialising the release again:
 * at ten times today's catalog (46 MB) that serialising, and encoding its result, took ~1.3 s of the
 * ~3 s a browser spent taking a release (docs/performance.md, session 19).
 */
export function releaseWireText(release: CatalogRelease, signed = signedText(release)): string {
  return `${signed.slice(0, -1)},"signature":${JSON.stringify(release.signature)}}`;
}

/** tRPC's envelope around a query's answer, as the server writes it (no transformer, no batching). */
const HEAD = '{"result":{"data":';
const TAIL = '}}';
/** The last member of a wire text: a base64 Ed25519 signature (schema.ts), then the release's brace. */
const SIGNATURE_TAIL = /,"signature":"[A-Za-z0-9+/]{86}=="\}$/;
const SIGNATURE_TAIL_LENGTH = ',"signature":"'.length + 88 + '"}'.length;
const CLOSING_BRACE = 0x7d;

export type CatalogAnswer =
  | {
      ok: true;
      release: CatalogRelease;
      /** SHA-256 of the release's signed text: compare it with the address `sync.pull` announced. */
      sha256: string;
      /** Whether the hash was taken over the received bytes (a wire-text answer) or over a re-serialising. */
      direct: boolean;
    }
  | { ok: false; problem: string };

/**
 * Reads the bytes of a successful `sync.catalog` answer: tRPC's envelope, the release (checked by the
 * release schema) and the SHA-256 of its signed text.
 *
 * When the answer is a wire text (`releaseWireText`) inside the envelope, the hash is taken over the bytes
 * received, less the signature member. That is sound without checking the text is canonical: the caller
 * compares the hash with the announced address, the SHA-256 of the signed canonical text, so a match means
 * these bytes are that text; and the release is parsed from the same bytes, of which the signature member
 * taken out is provably the top-level object's last member (a JSON string cannot hold an unescaped quote,
 * and the text ends with it and the object's closing brace). When that hash is not `expectedSha256` (an
 * answer from a server that stored the release in another key order) or the answer has another form, the
 * release is serialised canonically and hashed, as before: the result is the same either way, only the
 * cost differs.
 */
export async function readCatalogAnswer(bytes: Uint8Array, expectedSha256: string): Promise<CatalogAnswer> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'the answer is not UTF-8 text' };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the answer is not JSON' };
  }
  const envelope = DeviceResultSchema.safeParse(body);
  if (!envelope.success) return { ok: false, problem: 'the answer has no result' };
  const parsed = safeParseRelease(envelope.data.result.data);
  if (!parsed.success) return { ok: false, problem: 'the answer is not a catalog release' };
  const release = parsed.data;
  const direct = await directSha256(text, bytes, release.signature);
  if (direct === expectedSha256) return { ok: true, release, sha256: direct, direct: true };
  return { ok: true, release, sha256: await signedTextSha256(release), direct: false };
}

/** The hash of the signed text inside a wire-text answer's bytes, or null when the answer is not one. */
async function directSha256(text: string, bytes: Uint8Array, signature: string): Promise<string | null> {
  // Every character checked here is ASCII, so the text's offsets at its two ends are the bytes' offsets.
  if (!text.startsWith(HEAD) || !text.endsWith(TAIL)) return null;
  const releaseEnd = text.length - TAIL.length;
  const tail = text.slice(releaseEnd - SIGNATURE_TAIL_LENGTH, releaseEnd);
  if (!SIGNATURE_TAIL.test(tail) || !tail.includes(`"${signature}"`)) return null;
  const end = bytes.length - TAIL.length - SIGNATURE_TAIL_LENGTH;
  // The signed text is the bytes from the release's opening brace up to the signature member, then `}`.
  const signed = bytes.slice(HEAD.length, end + 1);
  signed[signed.length - 1] = CLOSING_BRACE;
  return bytesSha256(signed);
}
