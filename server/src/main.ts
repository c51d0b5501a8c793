import { scheduleCheckpoints } from './audit/checkpoint-schedule';
import { bootstrapIfEmpty } from './bootstrap';
import { SettingError, readSettings } from './env';
import { createLogger } from './logger';
import { scheduleRetention } from './retention';
import { scheduleSyslog } from './siem/syslog';
import { startServer } from './index';
import { startNotifications } from './webhooks/start';

/**
 * Composition root: settings → logger → database + HTTP server. Prints what a newcomer needs on the
 * first start. `extensionDir` is passed by scripts/start.mjs, which knows where the build went.
 */
export async function main(options: { extensionDir?: string } = {}): Promise<void> {
  let settings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: settings.logLevel });
  const server = await startServer({
    databaseUrl: settings.databaseUrl,
    port: settings.port,
    host: settings.host,
    trustedProxies: settings.trustedProxies,
    catalog: settings.catalog,
    oidc: settings.oidc,
    logger,
  });
  const secrets = await bootstrapIfEmpty(server.db);
  const stopRetention = scheduleRetention(server.db, (err) => logger.error({ err }, 'retention failed'));
  // Signed chain heads, at least daily (docs/evidence.md, "Checkpoints").
  const stopCheckpoints = scheduleCheckpoints(server.db, (err) => logger.error({ err }, 'checkpoint failed'));
  const stopWebhooks = startNotifications(server.db, settings.smtp, (err) =>
    logger.error({ err }, 'webhook delivery failed'),
  );
  // Optional SIEM forwarding (docs/siem.md): one process of a deployment should set it.
  const stopSyslog = settings.syslog
    ? scheduleSyslog(server.handle, settings.syslog, (err) =>
        logger.error({ err }, 'syslog forwarding failed'),
      )
    : () => {};
  const lines = [`Lantern is running at ${server.url}/`, `  Dashboard: ${server.url}/`];
  if (options.extensionDir)
    lines.push(`  Extension for Chrome (load unpacked):      ${options.extensionDir}`);
  // Last, so nothing printed at start pushes them away; requests are logged at debug level only.
  if (secrets) {
    lines.push(
      '',
      'First start: these secrets are shown once (the database keeps only their hashes). Copy them now.',
      `  Admin token (dashboard sign-in, admin API): ${secrets.adminToken}`,
      `  Enrolment token (extension setup):         ${secrets.enrolmentToken}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    stopRetention();
    stopCheckpoints();
    stopWebhooks();
    stopSyslog();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
