import type { IncomingMessage } from 'node:http';

/**
 * Request bodies read before a handler sees them (the enrolment limit reads an enrolment's body to
 * find its token). A body read here is kept as `req.body`, so the device routes (sync/device-routes.ts)
 * do not read the stream twice.
 */
export type RequestWithBody = IncomingMessage & { body?: string };

/** The Content-Length of a plain (not chunked) body of at most `max` bytes; null otherwise. */
export function smallBodyLength(req: IncomingMessage, max: number): number | null {
  if (req.headers['transfer-encoding'] !== undefined) return null;
  const text = req.headers['content-length'];
  if (text === undefined || !/^\d{1,9}$/.test(text)) return null;
  const length = Number(text);
  return length <= max ? length : null;
}

/** Whether the Content-Type is JSON, as tRPC decides it (media type only, case-insensitive). */
export function isJsonContentType(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type !== undefined && type.split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

/** A body larger than readBody's limit (possible only for a chunked one: admission checks Content-Length). */
export const TOO_LARGE = Symbol('too large');

/**
 * The whole body as text, decoded as a Fetch `Request.text()` decodes it (UTF-8, a leading BOM
 * dropped), and kept on `req.body`. Null when the client went away before sending it all;
 * TOO_LARGE (and the rest left unread) once it passes `max` bytes.
 */
export function readBody(req: RequestWithBody, max = Infinity): Promise<string | null | typeof TOO_LARGE> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else {
        detach();
        req.pause();
        resolve(TOO_LARGE);
      }
    };
    const detach = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onFail);
      req.off('close', onClose);
    };
    const finish = (text: string | null) => {
      detach();
      if (text !== null) req.body = text;
      resolve(text);
    };
    const onEnd = () => {
      const buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const text = buffer.toString('utf8');
      finish(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    };
    const onFail = () => finish(null);
    const onClose = () => {
      if (!req.complete) finish(null);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onFail);
    req.on('close', onClose);
  });
}
