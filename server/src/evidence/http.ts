import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseHandle } from '../db/connect';
import { principalOf } from '../http/request-principal';
import { sendError } from '../http/respond';
import type { EvidencePackBuilds } from './pack-builds';

/**
 * GET /api/export/evidence.zip: the same pack as `lantern export evidence`, as one ZIP, for admin
 * and auditor tokens or a dashboard session (as the other exports). Built by a worker thread, one
 * at a time (pack-builds.ts): while one builds, others get 503 with Retry-After. Written part by
 * part, waiting for the socket to drain, so a large pack does not pile up in the response buffer.
 */
export async function handleEvidenceZip(
  handle: DatabaseHandle,
  builds: EvidencePackBuilds,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendError(res, 405, 'method not allowed', { Allow: 'GET' });
  const auth = await principalOf(handle, req);
  if (!auth)
    return sendError(res, 401, 'an admin or auditor token is required', { 'WWW-Authenticate': 'Bearer' });
  if (auth.kind !== 'staff') return sendError(res, 403, 'devices cannot read exports');
  const now = Date.now();
  const stamp = new Date(now).toISOString().slice(0, 10);
  const headers = {
    'Content-Type': 'application/zip',
    'Content-Disposition': `attachment; filename="lantern-evidence-${stamp}.zip"`,
    'Cache-Control': 'no-store',
  };
  if (req.method === 'HEAD') {
    res.writeHead(200, headers);
    return void res.end();
  }
  const parts = builds.start(now, `lantern-evidence-${stamp}`);
  if (!parts)
    return sendError(res, 503, 'an evidence pack is being built; try again shortly', {
      'Retry-After': String(builds.retryAfterSeconds()),
    });
  try {
    // The status only once the first part exists: a build that fails is still a plain 500.
    let next = await parts.next();
    res.writeHead(200, headers);
    while (!next.done && !res.destroyed) {
      if (!res.write(next.value))
        await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
      next = await parts.next();
    }
    res.end();
  } finally {
    await parts.return(undefined);
  }
}
