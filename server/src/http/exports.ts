import type { IncomingMessage, ServerResponse } from 'node:http';
import { core } from 'zod';
import type { DatabaseHandle } from '../db/connect';
import { toCsv } from '../exports/csv';
import { EXPORT_NAMES, jsonRow, loadDataset } from '../exports/datasets';
import type { ExportName } from '../exports/datasets';
import { principalOf } from './request-principal';
import { sendError } from './respond';

/** GET /api/export/<name>.<csv|json>[?filters of a dashboard view], for admin and auditor tokens (or a dashboard session). */
export async function handleExport(
  handle: DatabaseHandle,
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  view?: URLSearchParams,
) {
  const match = /^([a-z]+)\.(csv|json)$/.exec(file);
  if (!match || !(EXPORT_NAMES as readonly string[]).includes(match[1]!))
    return sendError(res, 404, 'unknown export');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendError(res, 405, 'method not allowed', { Allow: 'GET' });
  const auth = await principalOf(handle, req);
  if (!auth)
    return sendError(res, 401, 'an admin or auditor token is required', { 'WWW-Authenticate': 'Bearer' });
  if (auth.kind !== 'staff') return sendError(res, 403, 'devices cannot read exports');
  const name = match[1] as ExportName;
  const format = match[2] as 'csv' | 'json';
  let data;
  try {
    data = await loadDataset(handle.db, name, Date.now(), view);
  } catch (e) {
    if (e instanceof core.$ZodError)
      return sendError(
        res,
        400,
        `bad filter: ${e.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    throw e;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  const body =
    format === 'csv' ? toCsv(data.columns, data.rows) : JSON.stringify(data.rows.map(jsonRow), null, 2);
  res.writeHead(200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="lantern-${name}-${stamp}.${format}"`,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
