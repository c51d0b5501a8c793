import type { ServerResponse } from 'node:http';
import { sendJson } from './respond';

/** Liveness only: answers without touching the database, so a busy database does not look dead. */
export function health(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}
