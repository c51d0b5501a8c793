import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseHandle } from '../db/connect';
import { resolveAuth } from '../security/resolve-auth';
import { feedPage, sweepFeed } from '../siem/feed';
import { renderEvents } from '../siem/ocsf';
import { requestCredentials } from './request-auth';
import { sendError } from './respond';

const MAX_LIMIT = 5000;

function cursorParams(search: URLSearchParams): { after: number; limit: number } | string {
  const after = search.get('after') ?? '0';
  const limit = search.get('limit') ?? '500';
  if (!/^\d{1,15}$/.test(after))
    return 'after must be a cursor from an earlier page (a non-negative integer)';
  if (!/^\d{1,5}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT)
    return `limit must be an integer from 1 to ${MAX_LIMIT}`;
  return { after: Number(after), limit: Number(limit) };
}

/**
 * GET /api/events?after=CURSOR&limit=N for SIEMs: every record and admin change as JSON lines
 * (OCSF-shaped, siem/ocsf.ts) in the feed's total order. The next cursor is the last line's
 * `cursor`, also sent as `Lantern-Next-Cursor` (unchanged when the page is empty).
 */
export async function handleEvents(
  handle: DatabaseHandle,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  if (req.method !== 'GET') return sendError(res, 405, 'method not allowed', { Allow: 'GET' });
  const auth = await resolveAuth(handle.db, requestCredentials(req));
  if (!auth)
    return sendError(res, 401, 'an admin or auditor token is required', { 'WWW-Authenticate': 'Bearer' });
  if (auth.kind !== 'staff') return sendError(res, 403, 'devices cannot read events');
  const params = cursorParams(url.searchParams);
  if (typeof params === 'string') return sendError(res, 400, params);
  await sweepFeed(handle.db, handle.dialect);
  const page = await feedPage(handle.db, params.after, params.limit);
  const events = await renderEvents(handle.db, page);
  const next = page.length > 0 ? page[page.length - 1]!.seq : params.after;
  const body = events.map((e) => `${JSON.stringify(e)}\n`).join('');
  res.writeHead(200, {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    'Lantern-Next-Cursor': String(next),
  });
  res.end(body);
}
