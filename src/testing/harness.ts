/**
 * Test machinery: a real database of each engine (embedded PGlite and a PostgreSQL server),
 * the demo data, the app, and builders for staff. PostgreSQL must answer: it is never skipped.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { openContext, type AppContext } from '../app-context.js';
import { loadConfig } from '../config/config.js';
import { seedDemo } from '../demo/seed.js';
import type { StaffRole } from '../db/schema.js';
import { buildApp } from '../http/app.js';
import { createLogger } from '../log/logger.js';
import { base32Decode, totp as totpAt } from '../staff/totp.js';
import { createUser } from '../staff/users.js';
import { readerRoles } from '../keys/case-keys.js';
import { confirmWithRecovery, initRecovery } from '../keys/confirm.js';

export type Engine = 'embedded' | 'postgres';
export const engines: Engine[] = ['embedded', 'postgres'];

/** The server tests create their databases in; CI's machine has it at this address. */
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestEnv = {
  ctx: AppContext;
  app: FastifyInstance;
  /** Everything the server logged, at debug level. */
  logs: () => string;
  dataDir: string;
  /** The deployment's recovery private key (base64), made when the environment opened. */
  recoveryKey: string;
  /** Empties every table and loads the demo again. */
  reset: () => Promise<void>;
  /** Stops the app and closes the database, then opens both again on the same data. */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `peluit_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect().catch((error: Error) => {
    throw new Error(
      `PostgreSQL is required for the tests and did not answer at ${adminUrl}: ${error.message}`,
    );
  });
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Opens a fresh database of `engine` with the demo loaded, and the app on it. */
export async function openTestEnv(
  engine: Engine,
  settings: Record<string, string> = {},
): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-test-'));
  const database = engine === 'postgres' ? await createPostgresDatabase() : undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    PUBLIC_URL: 'http://peluit.test',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...settings,
  });

  let logged = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  const ctx = await openContext(config, createLogger('debug', sink), 'test');
  await seedDemo(ctx.db);
  const recoveryKey = await initRecovery(ctx);

  const env: TestEnv = {
    ctx,
    app: await buildApp(ctx),
    logs: () => logged,
    dataDir,
    recoveryKey,
    reset: async () => {
      await sql`truncate sessions, submissions, key_grants, draft_keys, identity_reveals, audit_log, audit_head, files, messages, report_contents, case_events, case_sequences, cases, users, channels, units, jobs, holidays restart identity cascade`.execute(
        env.ctx.db,
      );
      // Settings go back to their defaults; the deployment's recovery key stays.
      await env.ctx.db.deleteFrom('settings').where('name', '!=', 'recovery_public_key').execute();
      await seedDemo(env.ctx.db);
    },
    restart: async () => {
      await env.app.close();
      await env.ctx.close();
      env.ctx = await openContext(config, createLogger('debug', sink), 'test');
      env.app = await buildApp(env.ctx);
    },
    close: async () => {
      await env.app.close();
      await env.ctx.close();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return env;
}

let userCount = 0;

/** What a test user's authenticator would hold, and the recovery codes not yet spent. */
const authenticators = new Map<string, { secret: Buffer; codes: string[]; lastCounter: number }>();

/**
 * Logs a staff member in through the API as they would: enrolling the second factor on the
 * first log-in, and afterwards giving a fresh code (or, within one 30 s window, a recovery code).
 */
export async function logInStaff(
  env: TestEnv,
  username: string,
  password: string,
): Promise<string> {
  const totp = secondFactorFor(env, username);
  const response = await env.app.inject({
    method: 'POST',
    url: '/api/v1/staff/session',
    payload: { username, password, totp },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const body = response.json<{ token: string; totpSetupRequired?: boolean }>();
  if (!body.totpSetupRequired) return body.token;

  const auth = { authorization: `Bearer ${body.token}` };
  const setup = await env.app.inject({
    method: 'POST',
    url: '/api/v1/staff/totp/setup',
    headers: auth,
  });
  const secret = base32Decode(setup.json<{ secret: string }>().secret);
  const confirmed = await env.app.inject({
    method: 'POST',
    url: '/api/v1/staff/totp/confirm',
    headers: auth,
    payload: { code: totpAt(secret, Date.now()) },
  });
  if (confirmed.statusCode !== 200) throw new Error(`enrolment failed: ${confirmed.body}`);
  const { token, recoveryCodes } = confirmed.json<{ token: string; recoveryCodes: string[] }>();
  const counter = Math.floor(Date.now() / 30_000);
  authenticators.set(`${env.dataDir}:${username}`, {
    secret,
    codes: recoveryCodes,
    lastCounter: counter,
  });
  return token;
}

/** The code a test user would type now: a fresh TOTP code, or a recovery code if spent. */
export function secondFactorFor(env: TestEnv, username: string): string | undefined {
  const known = authenticators.get(`${env.dataDir}:${username}`);
  if (!known) return undefined;
  const counter = Math.floor(Date.now() / 30_000);
  if (known.lastCounter >= counter) return known.codes.shift();
  known.lastCounter = counter;
  return totpAt(known.secret, Date.now());
}

/** Creates a staff member (confirmed, if a reader) and logs them in; returns their token. */
export async function staffToken(
  env: TestEnv,
  role: StaffRole,
  unit = 'POLRESTA-BPN',
): Promise<{ token: string; username: string; password: string }> {
  const username = `${role}.${unit.toLowerCase()}.${++userCount}`;
  const password = `sandi-rahasia-${userCount}`;
  await createUser(env.ctx, { username, unit, role, password });
  if (
    role === 'penyidik' ||
    readerRoles('pengaduan').includes(role) ||
    readerRoles('apresiasi').includes(role)
  ) {
    await confirmWithRecovery(env.ctx, env.recoveryKey, username);
  }
  return { token: await logInStaff(env, username, password), username, password };
}

/** A complete misconduct report for the Sidokkes room, with a marker to find it by. */
export function fullReport(marker = 'penanda', overrides: Record<string, unknown> = {}) {
  return {
    channel: 'BPN-SIDOKKES',
    kind: 'pengaduan',
    category: 'pungli',
    description: `Petugas meminta uang untuk surat keterangan sehat. ${marker}`,
    occurredAt: '2026-11-20',
    occurredAtNote: 'sore hari',
    place: 'Ruang Sidokkes, loket 2',
    subjects: [
      {
        name: 'Bripka Contoh',
        rank: 'Bripka',
        nrp: '85010123',
        unit: 'Sidokkes',
        description: 'berkacamata',
      },
    ],
    witnesses: 'Dua pemohon lain di ruang tunggu',
    identity: { mode: 'anonymous' },
    ...overrides,
  };
}

/** A tiny valid JPEG (8×8), made here so tests need no fixture files. */
export const tinyJpeg = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCaAoAv/9k=',
  'base64',
);

/** A minimal valid PDF of one blank page. */
export const tinyPdf = Buffer.from(
  'JVBERi0xLjcKJYGBgYEKCjEgMCBvYmoKPDwKL1R5cGUgL1BhZ2VzCi9LaWRzIFsgMyAwIFIgXQovQ291bnQgMQo+PgplbmRvYmoKCjIgMCBvYmoKPDwKL1R5cGUgL0NhdGFsb2cKL1BhZ2VzIDEgMCBSCj4+CmVuZG9iagoKMyAwIG9iago8PAovVHlwZSAvUGFnZQovUGFyZW50IDEgMCBSCi9SZXNvdXJjZXMgPDwKPj4KL01lZGlhQm94IFsgMCAwIDIwMCAyMDAgXQo+PgplbmRvYmoKCnhyZWYKMCA0CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAxNiAwMDAwMCBuIAowMDAwMDAwMDc2IDAwMDAwIG4gCjAwMDAwMDAxMjYgMDAwMDAgbiAKCnRyYWlsZXIKPDwKL1NpemUgNAovUm9vdCAyIDAgUgo+PgoKc3RhcnR4cmVmCjIxNwolJUVPRg==',
  'base64',
);

/** Builds a multipart body by hand, so tests send exactly what a browser would. */
export function multipart(
  parts: Array<
    { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer }
  >,
) {
  const boundary = `----peluit${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('filename' in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`,
        ),
      );
      chunks.push(part.data, Buffer.from('\r\n'));
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Logs a staff member into the back office as a browser would; returns the session cookie. */
export async function backOfficeCookies(
  env: TestEnv,
  staff: { username: string; password: string },
): Promise<{ peluit_staf: string }> {
  const login = await env.app.inject({
    method: 'POST',
    url: '/staf/masuk',
    payload: { ...staff, totp: secondFactorFor(env, staff.username) },
  });
  const cookie = login.cookies.find((c) => c.name === 'peluit_staf');
  if (!cookie) throw new Error(`back office login failed: ${login.statusCode}`);
  return { peluit_staf: cookie.value };
}
