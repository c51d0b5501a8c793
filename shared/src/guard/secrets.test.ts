import { describe, expect, it } from 'vitest';
import { countSecrets, entropy, looksRandom } from './secrets';

// Assembled from parts so no scanner mistakes this file for a leak; none of these is a real key.
const r = (s: string) => s.split('').reverse().join('');
const KEYS = {
  aws: 'AKIA' + 'IOSFODNN7EXAMPLE',
  github: 'ghp_' + 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
  slack: 'xoxb-' + '1234567890-0987654321-AbCdEfGhIjKlMnOp',
  stripe: 'sk_live_' + r('4eC39HqLyjWDarjtT1zdp7dc'),
  google: 'AIza' + 'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q',
  pem: '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
  jwt:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.' +
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  openai: 'sk-proj-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z',
};

describe('secrets and keys', () => {
  it.each(Object.entries(KEYS))('recognises a %s key', (_name, key) => {
    expect(countSecrets(`here you go: ${key} thanks`)).toBe(1);
  });

  it('recognises a random value assigned to a secret-like name', () => {
    expect(countSecrets('DB_PASSWORD=Xk9f2LqP7zR4vB8nT1wY')).toBe(1);
    expect(countSecrets('"client_secret": "q8Zr2XvL0pWm4TnK7sJd"')).toBe(1);
  });

  it('leaves ordinary words, passphrases in prose and placeholders alone', () => {
    const text = [
      'The password = correcthorsebatterystaple is an example from a comic.',
      'token: ${API_TOKEN}',
      'api_key = process.env.OPENAI_API_KEY',
      'Our secret sauce is customer focus, not technology.',
      'askia the AKIA team about the akiaiosfodnn7example',
      'eyJ is how base64 JSON starts',
    ].join('\n');
    expect(countSecrets(text)).toBe(0);
  });

  it('does not take a git commit hash or a UUID for a secret', () => {
    expect(
      countSecrets(
        'fixed in 26f3bf2a9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f, see 0190f1c2-7d3e-7abc-8def-0123456789ab',
      ),
    ).toBe(0);
  });

  it('scores English low and generated values high', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(looksRandom('correcthorsebatterystaple')).toBe(false);
    expect(looksRandom('Xk9f2LqP7zR4vB8nT1wY')).toBe(true);
  });
});
