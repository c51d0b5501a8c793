import { SettingError } from '../settings-error';

type Env = Record<string, string | undefined>;

/** SMTP_URL (smtp:// or smtps://, credentials in the URL) and SMTP_FROM go together. */
export function smtpSettingsFrom(env: Env): { url: string; from: string } | null {
  const url = env.SMTP_URL;
  const from = env.SMTP_FROM;
  if (!url) {
    if (from) throw new SettingError('SMTP_URL', 'is not set but SMTP_FROM is (set both to send email)');
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingError('SMTP_URL', 'is not a URL (e.g. smtps://user:password@mail.example.com:465)');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new SettingError('SMTP_URL', `must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  if (!parsed.hostname) throw new SettingError('SMTP_URL', 'names no host');
  if (!from || !/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(from.trim()))
    throw new SettingError(
      'SMTP_FROM',
      `"${from ?? ''}" is not a sender address (e.g. Lantern <lantern@example.com>)`,
    );
  return { url, from: from.trim() };
}
