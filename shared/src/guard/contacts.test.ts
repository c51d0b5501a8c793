import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import { BULK, countEmails, countPhones } from './contacts';

const emails = (n: number) => Array.from({ length: n }, (_, i) => `person${i}@example.com`).join(', ');

describe('email addresses and phone numbers in bulk', () => {
  it('counts distinct addresses, case-insensitively', () => {
    expect(countEmails('a@x.com, A@X.com, b@x.com')).toBe(2);
  });

  it('warns from the bulk threshold on, not for one or two addresses', () => {
    expect(classifyText(`write to ${emails(2)}`)['email-bulk']).toBeUndefined();
    expect(classifyText(emails(BULK))['email-bulk']).toBe(BULK);
  });

  it('counts phone numbers in national and international form', () => {
    expect(
      countPhones('+49 30 1234567, +44 20 7946 0958, 030 12345678, +33 1 23 45 67 89, 0049 89 123456'),
    ).toBe(5);
  });

  it('does not count dates, versions or short numbers as phone numbers', () => {
    expect(countPhones('on 2024-01-02, version 1.2.3, room 0.12, PIN 0420')).toBe(0);
  });
});
