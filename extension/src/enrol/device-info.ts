import type { BROWSERS } from '@lantern/shared';

type BrowserName = (typeof BROWSERS)[number];

/** Which browser this is, from the user agent (brands are not available in Firefox). */
export function describeBrowser(userAgent: string): { browser: BrowserName; browserVersion: string } {
  const match = (re: RegExp) => re.exec(userAgent)?.[1] ?? '';
  if (/Edg\//.test(userAgent)) return { browser: 'edge', browserVersion: match(/Edg\/([\d.]+)/) };
  if (/Firefox\//.test(userAgent)) return { browser: 'firefox', browserVersion: match(/Firefox\/([\d.]+)/) };
  if (/Chrom(e|ium)\//.test(userAgent))
    return { browser: 'chrome', browserVersion: match(/Chrom(?:e|ium)\/([\d.]+)/) };
  return { browser: 'other', browserVersion: '' };
}
