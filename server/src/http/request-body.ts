import type { IncomingMessage } from 'node:http';

/**
 * Small request bodies read before tRPC sees them (the pull fast path, the enrolment limit). A body
 * read here is handed on as `req.body`, which tRPC's Node adapter uses instead of the stream: a
 * request that is not answered early reaches tRPC exactly as it was sent.
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

/**
 * The whole body as text, decoded as a Fetch `Request.text()` decodes it (UTF-8, a leading BOM
 * dropped), and kept on `req.body` for tRPC. Null when the client went away before sending it all.
 */
export function readBody(req: RequestWithBody): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    const finish = (text: string | null) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onFail);
      req.off('close', onClose);
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
