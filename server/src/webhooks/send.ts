import { Webhook } from 'standardwebhooks';
import type { Transporter } from 'nodemailer';
import type { EndpointKind } from '@lantern/shared';
import { digestText } from './digest';
import { slackPayload, standardPayload, summary, teamsPayload, type OutboxEvent } from './format';

export interface Target {
  kind: EndpointKind;
  /** URL, or email addresses (comma-separated). */
  url: string;
  secret: string;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface Mail {
  transport: Transporter;
  from: string;
}

/** Bounds a hung receiver: the lease (worker.ts) is longer, so no second worker sends meanwhile. */
const TIMEOUT_MS = 10_000;

/** One attempt. Never throws: every failure is a result the delivery log shows. */
export async function sendOnce(t: Target, e: OutboxEvent, mail: Mail | null): Promise<SendResult> {
  try {
    if (t.kind === 'email') return await sendMail(mail, t.url, e);
    const body =
      t.kind === 'standard' ? standardPayload(e) : t.kind === 'slack' ? slackPayload(e) : teamsPayload(e);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Lantern-Webhooks/1',
    };
    if (t.kind === 'standard') {
      // The timestamp is the send time (receivers refuse stale ones); the id stays the event's.
      const at = new Date();
      headers['webhook-id'] = e.id;
      headers['webhook-timestamp'] = String(Math.floor(at.getTime() / 1000));
      headers['webhook-signature'] = new Webhook(t.secret).sign(e.id, at, body);
    }
    // Redirects are not followed: a receiver cannot bounce the request to another address.
    const res = await fetch(t.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (error) {
    const err = error as Error & { cause?: { code?: string; message?: string } };
    const cause = err.cause?.code ?? err.cause?.message;
    return { ok: false, statusCode: null, error: cause ? `${err.message} (${cause})` : err.message };
  }
}

export async function sendMail(mail: Mail | null, to: string, e: OutboxEvent): Promise<SendResult> {
  if (!mail)
    return { ok: false, statusCode: null, error: 'email is not configured (set SMTP_URL and SMTP_FROM)' };
  const body = e.type === 'digest.daily' ? `\n\n${digestText(e.data)}` : '';
  const text = `${summary(e)}${body}\n\nEvent ${e.type}, id ${e.id}, at ${new Date(e.createdAt).toISOString()}.\n`;
  await mail.transport.sendMail({ from: mail.from, to, subject: `[Lantern] ${summary(e)}`, text });
  return { ok: true, statusCode: null, error: null };
}
