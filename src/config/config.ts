/** The one place that reads the environment: every setting, its default, and its validation. */
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''], 'must be 1 or 0')
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const schema = z.object({
  /** TCP port the HTTP server listens on. */
  PORT: z.coerce
    .number('must be a number')
    .int('must be a whole number')
    .min(0, 'must be from 0 to 65535')
    .max(65535, 'must be from 0 to 65535')
    .default(3000),
  /** Address the HTTP server binds to; loopback unless a reverse proxy needs otherwise. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Address the public reaches Peluit at, written into QR codes. Default: http://HOST:PORT. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
    .optional(),
  /** Folder for the embedded database, uploaded files and (by default) secrets. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL connection string; unset means the embedded database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  /** Folder for keys that must never sit in the database. Default: DATA_DIR/secrets. */
  SECRETS_DIR: z.string().min(1).optional(),
  /** Load the Balikpapan demo data. Default: on for a new embedded database, off otherwise. */
  DEMO: flag.optional(),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z
    .enum(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'must be fatal, error, warn, info, debug, trace or silent',
    )
    .default('info'),
  /** How finely the times of what reporters send are stored: hour or day. */
  TIME_PRECISION: z.enum(['hour', 'day'], 'must be hour or day').default('hour'),
  /** Trust X-Forwarded-* from a reverse proxy (needed for HTTPS detection behind one). */
  TRUST_PROXY: flag.default(false),
  /** SMTP server for notification e-mail (smtp:// or smtps://); unset: e-mails wait unsent. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' })
    .optional(),
  /** The sender of notification e-mail: `address` or `Name <address>`. */
  MAIL_FROM: z
    .string()
    .regex(/^([^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an e-mail address')
    .default('Peluit <peluit@localhost>'),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secretsDir: string;
  demo: boolean | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  trustProxy: boolean;
  timePrecision: 'hour' | 'day';
  smtpUrl: string | undefined;
  mailFrom: string;
};

/** Thrown when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment. Blank variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .map((key) => [key, env[key]?.trim()])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }

  const value = parsed.data;
  const dataDir = path.resolve(value.DATA_DIR);
  const urlHost = value.HOST.includes(':') ? `[${value.HOST}]` : value.HOST;
  return {
    port: value.PORT,
    host: value.HOST,
    publicUrl: (value.PUBLIC_URL ?? `http://${urlHost}:${value.PORT}`).replace(/\/+$/, ''),
    dataDir,
    databaseUrl: value.DATABASE_URL,
    secretsDir: path.resolve(value.SECRETS_DIR ?? path.join(dataDir, 'secrets')),
    demo: value.DEMO,
    logLevel: value.LOG_LEVEL,
    trustProxy: value.TRUST_PROXY,
    timePrecision: value.TIME_PRECISION,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
  };
}
