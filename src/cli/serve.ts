/** `peluit serve`: opens everything, seeds the demo on a first start, and listens. */
import path from 'node:path';
import { openContext } from '../app-context.js';
import type { Config } from '../config/config.js';
import { isEmpty, seedDemo } from '../demo/seed.js';
import { buildApp } from '../http/app.js';
import { createLogger } from '../log/logger.js';
import { startBackgroundWork } from '../jobs/background.js';
import { forgetOldReceipts } from '../intake/submit-report.js';
import { purgeSessions } from '../sessions/sessions.js';

const hour = 60 * 60 * 1000;
const housekeepingMs = 5 * 60 * 1000;

export async function serve(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const ctx = await openContext(config, log, 'peluit serve');

  const demo = config.demo ?? (ctx.engine === 'embedded' && (await isEmpty(ctx.db)));
  if (demo) {
    const seeded = await seedDemo(ctx.db);
    log.info(
      { category: 'demo', ...seeded },
      'demo data loaded (Polresta Balikpapan); DEMO=0 turns this off',
    );
  }

  const app = await buildApp(ctx);
  // Notifications, reminders and the queue's own upkeep, in this process beside any others.
  const background = await startBackgroundWork(ctx);
  const housekeeping = setInterval(() => {
    void Promise.all([
      purgeSessions(ctx.db),
      forgetOldReceipts(ctx.db),
      ctx.content.purgeDrafts(ctx.db, new Date(Date.now() - 24 * hour)),
    ]).catch((err: unknown) => log.error({ err, category: 'housekeeping' }, 'housekeeping failed'));
  }, housekeepingMs);
  housekeeping.unref();

  const stop = async () => {
    clearInterval(housekeeping);
    await background.stop();
    await app.close();
    await ctx.close();
    process.stderr.write('Peluit stopped.\n');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  await app.listen({ port: config.port, host: config.host });
  const users = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  // The commands must reach the same database as this server.
  const envPrefix = [
    config.dataDir !== path.resolve('./data') ? `DATA_DIR=${config.dataDir} ` : '',
    config.databaseUrl ? 'DATABASE_URL=… ' : '',
  ].join('');
  process.stderr.write(
    [
      '',
      `Peluit is listening on http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}  (public address: ${config.publicUrl})`,
      `Database: ${ctx.engine === 'embedded' ? `embedded, in ${config.dataDir}/db` : 'PostgreSQL'}${demo ? ' · demo data: Polresta Balikpapan, try /q/BPN-SIDOKKES' : ''}`,
      config.smtpUrl
        ? 'E-mail notifications: on'
        : 'E-mail notifications: off (set SMTP_URL; until then e-mails wait in the queue)',
      users
        ? ''
        : 'No staff user yet. See "The first staff user" in the README: stop the server, then\n' +
          `  ${envPrefix}npx peluit keys init-recovery > recovery-key.txt   (keep it offline)\n` +
          `  ${envPrefix}npx peluit user add --username triase.bpn --unit POLRESTA-BPN --role triase\n` +
          `  ${envPrefix}npx peluit keys grant --username triase.bpn < recovery-key.txt`,
      '',
    ].join('\n'),
  );
}
