import { z } from 'zod/mini';

/**
 * The languages the extension's pages are written in (a message catalogue each). Adding one here
 * makes the extension's typecheck ask for its catalogue (extension/src/i18n/index.ts).
 */
export const EMPLOYEE_LANGUAGES = ['en', 'de'] as const;
export type EmployeeLanguage = (typeof EMPLOYEE_LANGUAGES)[number];

/**
 * The organisation's choice for employees' pages: `browser` follows each browser's language (the
 * default), a language code pins every browser to it. What an admin may set.
 */
export const OrgLocaleSchema = z.enum(['browser', ...EMPLOYEE_LANGUAGES], {
  error: (issue) =>
    `locale must be one of ${['browser', ...EMPLOYEE_LANGUAGES].map((l) => `"${l}"`).join(', ')}` +
    (typeof issue.input === 'string' ? ` (got "${issue.input.slice(0, 40)}")` : ''),
});
export type OrgLocale = z.infer<typeof OrgLocaleSchema>;

/** What a device accepts in the pull: any short language tag, so a newer server never breaks it. */
export const DeviceLocaleSchema = z
  .string()
  .check(z.maxLength(35), z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag'));
