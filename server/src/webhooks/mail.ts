import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Mail } from './send';

export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://… (nodemailer's connection URL). */
  url: string;
  from: string;
}

/** The mail transport per database handle: set once at start, read by the worker and test sends. */
const mailers = new WeakMap<Kysely<Database>, { mail: Mail; host: string }>();

export function configureMail(db: Kysely<Database>, smtp: SmtpSettings | null): Mail | null {
  if (!smtp) {
    mailers.delete(db);
    return null;
  }
  const url = new URL(smtp.url);
  const mail = { transport: nodemailer.createTransport(smtp.url), from: smtp.from };
  mailers.set(db, {
    mail,
    host: `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
  });
  return mail;
}

export function mailFor(db: Kysely<Database>): Mail | null {
  return mailers.get(db)?.mail ?? null;
}

/** What the dashboard shows: where mail goes out, never the password. */
export function mailSummary(db: Kysely<Database>): {
  configured: boolean;
  server: string | null;
  from: string | null;
} {
  const m = mailers.get(db);
  return { configured: !!m, server: m?.host ?? null, from: m?.mail.from ?? null };
}
