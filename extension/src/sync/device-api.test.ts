import { describe, expect, it } from 'vitest';
import { normaliseServerUrl } from './device-api';

describe('server address', () => {
  it('keeps scheme, host, port and base path, without a trailing slash, query or fragment', () => {
    expect(normaliseServerUrl(' https://lantern.example.com/ ')).toBe('https://lantern.example.com');
    expect(normaliseServerUrl('http://127.0.0.1:8787/lantern/?x=1#y')).toBe('http://127.0.0.1:8787/lantern');
  });

  it('explains what is wrong with an address an admin or employee mistyped', () => {
    expect(() => normaliseServerUrl('lantern.example.com')).toThrow(/write it in full, like https:\/\//);
    expect(() => normaliseServerUrl('ftp://lantern.example.com')).toThrow(
      /must start with https:\/\/ or http:\/\//,
    );
  });
});
