import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseHandle } from '../db/connect';
import { principalOf } from '../http/request-principal';
import { sendError } from '../http/respond';
import { buildEvidencePack } from './pack';
import { zipParts } from './zip';

/**
 * GET /api/export/evidence.zip: the same pack as `lantern export evidence`, as one ZIP, for admin
 * and auditor tokens or a dashboard session (as the other exports). Written part by part, waiting
 * for the socket to drain, so a large pack does not pile up in the response buffer.
 */
export async function handleEvidenceZip(handle: DatabaseHandle, req: IncomingMessage, res: ServerResponse) {
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
  const pack = await buildEvidencePack(handle.db, now);
  const folder = `lantern-evidence-${stamp}`;
  res.writeHead(200, headers);
  for (const part of zipParts(
    pack.files.map((f) => ({ name: `${folder}/${f.name}`, data: f.data })),
    now,
  )) {
    if (res.destroyed) return;
    if (!res.write(part))
      await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
  }
  res.end();
}
