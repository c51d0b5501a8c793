import type { ServerResponse } from 'node:http';
import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { describeCallError } from '../trpc';

/**
 * The device protocol's JSON, as docs/protocol.md ("Transport") defines it: `{"result":{"data":…}}`
 * for an answer, `{"error":{"message","code","data":{…}}}` for a refusal. It is the format tRPC's
 * HTTP adapter writes, kept byte for byte so existing extensions and scripts keep working; here it
 * is written from the documented fields, with tRPC's public error-code tables only.
 */
export function resultBody(data: unknown): string {
  return JSON.stringify({ result: { data } });
}

export function errorStatus(error: TRPCError): number {
  return getHTTPStatusCodeFromError(error);
}

export function errorBody(error: TRPCError, path: string): string {
  const { message, issues, eventIndexes } = describeCallError(error);
  const httpStatus = errorStatus(error);
  const data = { code: error.code, httpStatus, path, issues, eventIndexes };
  return JSON.stringify({ error: { message, code: TRPC_ERROR_CODES_BY_KEY[error.code], data } });
}

/** Writes a device answer with its length up front (without it Node would send it chunked). */
export function writeDeviceAnswer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
