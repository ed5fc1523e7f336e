import * as path from 'node:path';

/** The whole runtime configuration, read once from the environment and validated at start. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Public base URL, printed at start and used in links in mails and PDFs. */
  publicUrl: string;
  /** Absent: the launcher starts the embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  /** Absent: BullMQ runs on its PostgreSQL backend in the same database. */
  redisUrl?: string;
  dataDir: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Absent in development: the launcher generates one and keeps it in `dataDir`. */
  jwtSecret?: string;
  jwtAccessTtlSeconds: number;
  jwtRefreshTtlSeconds: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  queueSchema: string;
  /** Redis key prefix of every queue (lets tests and tenants share one Redis). */
  queuePrefix: string;
  /** Login, refresh and password-reset attempts per client IP per minute. */
  loginRateLimit: number;
  /** Seconds the api and worker get to finish in-flight work on SIGTERM. */
  shutdownGraceSeconds: number;
  /** Outgoing mail server. Absent outside production: the worker runs a local SMTP server (mails at /api/v1/dev/mails). */
  smtpUrl?: string;
  /** Sender of every mail. */
  mailFrom: string;
  /** HTTP SMS provider endpoint. Absent: a local stand-in records the messages (outside production). */
  smsProviderUrl?: string;
  smsProviderToken?: string;
  /** HMAC key of the inbound SMS webhook; absent: the webhook answers 503. */
  smsWebhookSecret?: string;
  /** E-mails and SMS per person per hour; more wait (urgent messages excepted). */
  notifyRateLimit: number;
  /** Local hours (Europe/Amsterdam) without SMS, `from-to`; equal hours switch quiet hours off. */
  notifyQuietHours: { van: number; tot: number };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function read(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, name: string, def: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return def;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols[0]}//user:password@host:port/...)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

function optionalSecret(env: Env, name: string): string | undefined {
  const v = read(env, name);
  if (v !== undefined && v.length < 16) throw new ConfigError(name, 'must be at least 16 characters long');
  return v;
}

function quietHours(env: Env, name: string): { van: number; tot: number } {
  const raw = read(env, name) ?? '21-8';
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 23) throw new ConfigError(name, `must be two hours 0-23 as from-to, e.g. 21-8, got "${raw}"`);
  return { van: Number(m[1]), tot: Number(m[2]) };
}

export type PasswordProblem = 'te-kort' | 'te-lang' | 'herhalend';

/** The password rules for every account, the first beheerder included (ASVS 2.1: length over composition). */
export function passwordProblem(password: string): PasswordProblem | undefined {
  if (password.length < 12) return 'te-kort';
  if (password.length > 256) return 'te-lang';
  if (new Set(password).size < 5) return 'herhalend';
  return undefined;
}

export const PASSWORD_PROBLEM_TEXT: Record<'en' | 'nl', Record<PasswordProblem, string>> = {
  en: {
    'te-kort': 'must be at least 12 characters long',
    'te-lang': 'must be at most 256 characters long',
    herhalend: 'must not repeat the same few characters',
  },
  nl: {
    'te-kort': 'moet minstens 12 tekens lang zijn',
    'te-lang': 'mag hoogstens 256 tekens lang zijn',
    herhalend: 'mag niet steeds dezelfde paar tekens herhalen',
  },
};

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = read(env, 'NODE_ENV') ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const port = int(env, 'PORT', 3000, 0, 65535);
  const host = read(env, 'HOST') ?? '127.0.0.1';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const dataDir = path.resolve(cwd, read(env, 'DATA_DIR') ?? '.data');

  const adminEmail = read(env, 'ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD;
  if (adminEmail !== undefined && !EMAIL.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', `is not an e-mail address: "${adminEmail}"`);
  }
  if (adminEmail !== undefined && !adminPassword) throw new ConfigError('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  if (adminPassword && adminEmail === undefined) throw new ConfigError('ADMIN_EMAIL', 'is required when ADMIN_PASSWORD is set');
  if (adminPassword) {
    const problem = passwordProblem(adminPassword);
    if (problem) throw new ConfigError('ADMIN_PASSWORD', PASSWORD_PROBLEM_TEXT.en[problem]);
  }

  const jwtSecret = read(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (nodeEnv === 'production' && jwtSecret === undefined) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  }

  const logLevel = (read(env, 'LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const queueSchema = read(env, 'QUEUE_SCHEMA') ?? 'bullmq';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(queueSchema)) {
    throw new ConfigError('QUEUE_SCHEMA', 'must be a lower-case SQL identifier');
  }
  const queuePrefix = read(env, 'QUEUE_PREFIX') ?? 'bull';
  if (!/^[\w.-]{1,40}$/.test(queuePrefix)) throw new ConfigError('QUEUE_PREFIX', 'must be 1-40 letters, digits, dots or dashes');
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;

  return {
    nodeEnv,
    host,
    port,
    publicUrl: publicUrl.replace(/\/$/, ''),
    databaseUrl,
    redisUrl,
    dataDir,
    adminEmail: adminEmail?.toLowerCase(),
    adminPassword: adminPassword || undefined,
    jwtSecret,
    jwtAccessTtlSeconds: int(env, 'JWT_ACCESS_TTL', 900, 60, 86400),
    jwtRefreshTtlSeconds: int(env, 'JWT_REFRESH_TTL', 14 * 86400, 3600, 90 * 86400),
    logLevel,
    queueSchema,
    queuePrefix,
    shutdownGraceSeconds: int(env, 'SHUTDOWN_GRACE', 10, 1, 120),
    loginRateLimit: int(env, 'LOGIN_RATE_LIMIT', 10, 1, 100_000),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: read(env, 'MAIL_FROM') ?? 'Buurtkracht <noreply@buurtkracht.local>',
    smsProviderUrl: url(env, 'SMS_PROVIDER_URL', ['https:', 'http:']),
    smsProviderToken: read(env, 'SMS_PROVIDER_TOKEN'),
    smsWebhookSecret: optionalSecret(env, 'SMS_WEBHOOK_SECRET'),
    notifyRateLimit: int(env, 'NOTIFY_RATE_LIMIT', 10, 1, 100_000),
    notifyQuietHours: quietHours(env, 'NOTIFY_QUIET_HOURS'),
  };
}
