import type { ServerResponse } from 'node:http';

/** The sign-in pages are tiny and server-rendered; scripts only from this origin, nothing framed. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2430}' +
  'h1{font-size:1.4rem}.muted{color:#5b6170}a.button{display:inline-block;padding:.5rem 1rem;' +
  'background:#1f4fd1;color:#fff;border-radius:6px;text-decoration:none}';

/** `bodyHtml` must already be escaped. */
export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  bodyHtml: string,
  headers: Record<string, string | string[]> = {},
): void {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(title)} · Lantern</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${bodyHtml}</main></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(html)),
    ...headers,
  });
  res.end(html);
}

export function refusalPage(
  res: ServerResponse,
  status: number,
  message: string,
  again: string,
  headers: Record<string, string | string[]> = {},
): void {
  sendPage(
    res,
    status,
    'Sign-in refused',
    `<p role="alert" id="refusal">${escapeHtml(message)}</p><p><a class="button" href="${escapeHtml(again)}">Start again</a></p>`,
    headers,
  );
}
