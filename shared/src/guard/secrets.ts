/**
 * Secrets and keys: well-known token formats (their vendors document fixed prefixes, so a match is
 * almost never an accident), and long random-looking values assigned to a key-like name. A random
 * string on its own is not enough — hashes, ids and minified code look random too — so the
 * high-entropy rule needs a name such as `secret=` or `api_key:` right before the value.
 */
const KNOWN_TOKENS: readonly RegExp[] = [
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g, // GitHub fine-grained tokens
  /\bxox[abposr]-[A-Za-z0-9-]{10,250}\b/g, // Slack tokens
  /\bhttps:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/g, // Slack webhooks
  /\b(?:sk|rk)_live_[A-Za-z0-9]{20,247}\b/g, // Stripe live secret and restricted keys
  /\bsk_test_[A-Za-z0-9]{20,247}\b/g, // Stripe test keys (still a credential)
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API keys
  /\bya29\.[0-9A-Za-z_-]{20,}/g, // Google OAuth access tokens
  /\bsk-(?:proj-|ant-api\d\d-)?[A-Za-z0-9_-]{32,}\b/g, // OpenAI and Anthropic API keys
  /\bglpat-[A-Za-z0-9_-]{20}\b/g, // GitLab personal tokens
  /\bnpm_[A-Za-z0-9]{36}\b/g, // npm tokens
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g, // private keys
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g, // JWTs (header.payload.signature)
];

/** `password = "..."`, `api_key: ...`, `SECRET_TOKEN=...`: the name, then the value. */
const ASSIGNED =
  /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth)[A-Za-z_-]*["']?\s{0,3}[:=]\s{0,3}["']?([A-Za-z0-9+/_.=-]{16,200})/gi;

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A value that looks generated: at least 3.5 bits per character (English words score about 3;
 * a 20-character random base64 value about 4.2) and mixed letters and digits. Measured on the
 * test corpus in secrets.test.ts.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 16) return false;
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return entropy(value) >= 3.5;
}

export function countSecrets(text: string): number {
  let found = 0;
  for (const re of KNOWN_TOKENS) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) found++;
  }
  ASSIGNED.lastIndex = 0;
  for (let m = ASSIGNED.exec(text); m !== null; m = ASSIGNED.exec(text)) {
    const value = m[1]!;
    // A known token already counted above, or a placeholder like `${API_KEY}` / `process.env.X`.
    if (KNOWN_TOKENS.some((re) => new RegExp(re.source).test(value))) continue;
    if (looksRandom(value)) found++;
  }
  return found;
}
