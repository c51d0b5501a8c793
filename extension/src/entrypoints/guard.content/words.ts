import type { GuardDataClass, GuardKind } from '@lantern/shared/guard';

/** How each data class and detector is named to the employee. Never the content itself. */
export const CLASS_NAMES: Record<GuardDataClass, string> = {
  public: 'public data',
  internal: 'internal data',
  confidential: 'confidential data',
  personal: 'personal data',
  'special-category': 'special-category personal data',
};

export const KIND_NAMES: Record<GuardKind, string> = {
  secret: 'a password, key or access token',
  'payment-card': 'a payment card number',
  iban: 'a bank account number (IBAN)',
  'email-bulk': 'a list of email addresses',
  'phone-bulk': 'a list of phone numbers',
  'national-id': 'a national identification number',
  'source-code': 'source code',
};

export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}
