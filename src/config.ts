import { z } from 'zod';
import path from 'node:path';

const LOCALES = ['fi', 'sv', 'en'] as const;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
/** "a, b,c" → ["a", "b", "c"]. */
const commaList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
);
const flag = z.preprocess(
  emptyAsUndefined,
  z
    .enum(['1', 'true', '0', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
);

const environmentSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
      .optional(),
  ),
  KEINO_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.keino')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  SLACK_BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^xox[a-z]-/, 'must be a Slack bot token (xoxb-…)')
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^xapp-/, 'must be a Slack app-level token (xapp-…)')
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.url('must be a URL').optional()),
  SLACK_ALLOWED_TEAMS: commaList,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.preprocess(emptyAsUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
  MICROSOFT_ALLOWED_TENANTS: commaList,
  GRAPH_API_URL: z.preprocess(emptyAsUndefined, z.url('must be a URL').optional()),
  KEINO_TEAMS_UNAUTHENTICATED: flag,
  KEINO_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters (openssl rand -hex 32)').optional()),
  KEINO_ADMINS: z.preprocess(emptyAsUndefined, z.string().default('')),
  KEINO_TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('Europe/Helsinki')
      .refine((zone) => isValidTimeZone(zone), 'must be an IANA time zone such as Europe/Helsinki'),
  ),
  KEINO_LOCALE: z.preprocess(emptyAsUndefined, z.enum(LOCALES).default('fi')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  KEINO_RATE_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).default(30)),
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  KEINO_PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url('must be a URL')
      .refine((address) => address.startsWith('https://'), 'must be an https:// address')
      .optional(),
  ),
  NODE_ENV: optionalString,
});

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
  /**
   * Further workspace (team) or Enterprise Grid ids Keino answers besides the one its bot token
   * belongs to (auth.test); requests from any other workspace are refused.
   */
  allowedTeams?: string[];
  /** How often a failed Web API call is retried (not from the environment; tests pass { retries: 0 }). */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
}

export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** KEINO_TEAMS_UNAUTHENTICATED=1: Teams with no app id, for local testing only. */
  unauthenticated?: boolean;
  /** The Microsoft 365 tenants Keino serves; empty: any (refused for MultiTenant in production). */
  allowedTenants?: string[];
  /**
   * Where the keys that sign Bot Framework's tokens are published (not from the environment):
   * tests point it at a local key set; unset, Bot Framework's own.
   */
  openIdMetadataUrl?: string;
  /**
   * Origins a file sent to the bot may be downloaded from besides Microsoft's file hosts (not from
   * the environment: tests serve files from their fake connector).
   */
  fileOrigins?: string[];
  /** GRAPH_API_URL: the base of Microsoft Graph (tests point it at a fake). Unset: https://graph.microsoft.com/v1.0. */
  graphApiUrl?: string;
  /** Where app-only tokens for Graph come from (not from the environment: tests' fake); unset, Microsoft Entra's. */
  loginUrl?: string;
  /**
   * The app registration Graph is called as when Teams itself runs unauthenticated (not from the
   * environment: tests); otherwise MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD.
   */
  graphApp?: { appId: string; appPassword: string };
}

export interface KeinoConfig {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  slack?: SlackConfig;
  teams: TeamsConfig;
  admins: string[];
  timeZone: string;
  locale: (typeof LOCALES)[number];
  logLevel: string;
  production: boolean;
  /** Requests a person (and, twenty times that, an organisation) may send a minute; unset: no limit. */
  limits?: { perPersonPerMinute: number; perOrganisationPerMinute: number };
  /** Bearer token for GET /metrics; unset: /metrics answers on loopback only. */
  metricsToken?: string;
  /** The https address where people reach Keino (calendar links); unset: no links. */
  publicUrl?: string;
  /** KEINO_SECRET; unset, a secret generated once and kept in the database is used. */
  secret?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One line, so that a process manager's log shows the whole reason.
    super(`Keino cannot start, the configuration is not valid: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of the environment: validates once and fails fast naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): KeinoConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.SLACK_BOT_TOKEN && !values.SLACK_SIGNING_SECRET && !values.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!values.SLACK_BOT_TOKEN && (values.SLACK_SIGNING_SECRET || values.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (values.MICROSOFT_APP_ID && !values.MICROSOFT_APP_PASSWORD && values.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    problems.push('MICROSOFT_APP_PASSWORD is required with MICROSOFT_APP_ID');
  }
  if (values.MICROSOFT_APP_TYPE === 'SingleTenant' && values.MICROSOFT_APP_ID && !values.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  if (values.KEINO_TEAMS_UNAUTHENTICATED && values.NODE_ENV === 'production') {
    problems.push('KEINO_TEAMS_UNAUTHENTICATED=1 lets anyone act as any Teams user and is refused with NODE_ENV=production (set MICROSOFT_APP_ID instead)');
  }
  if (values.KEINO_TEAMS_UNAUTHENTICATED && values.MICROSOFT_APP_ID) {
    problems.push('KEINO_TEAMS_UNAUTHENTICATED=1 and MICROSOFT_APP_ID contradict each other: unset one');
  }
  if (values.MICROSOFT_APP_TYPE === 'UserAssignedMSI' && values.MICROSOFT_APP_ID && !values.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is UserAssignedMSI');
  }
  if (
    values.NODE_ENV === 'production' &&
    values.MICROSOFT_APP_ID &&
    values.MICROSOFT_APP_TYPE === 'MultiTenant' &&
    values.MICROSOFT_ALLOWED_TENANTS.length === 0
  ) {
    problems.push('MICROSOFT_ALLOWED_TENANTS is required for a MultiTenant Teams bot in production: the comma-separated tenant ids Keino serves');
  }
  const admins = values.KEINO_ADMINS.split(',')
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
  for (const address of admins) {
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) problems.push(`KEINO_ADMINS has "${address}", which is not an e-mail address`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.KEINO_DATA_DIR),
    port: values.PORT,
    slack: values.SLACK_BOT_TOKEN
      ? {
          botToken: values.SLACK_BOT_TOKEN,
          signingSecret: values.SLACK_SIGNING_SECRET ?? '',
          appToken: values.SLACK_APP_TOKEN,
          apiUrl: values.SLACK_API_URL,
          allowedTeams: values.SLACK_ALLOWED_TEAMS,
        }
      : undefined,
    teams: {
      appId: values.MICROSOFT_APP_ID,
      appPassword: values.MICROSOFT_APP_PASSWORD,
      tenantId: values.MICROSOFT_APP_TENANT_ID,
      appType: values.MICROSOFT_APP_TYPE,
      unauthenticated: values.KEINO_TEAMS_UNAUTHENTICATED,
      ...(values.GRAPH_API_URL ? { graphApiUrl: values.GRAPH_API_URL.replace(/\/+$/, '') } : {}),
      // A single-tenant bot serves its own tenant unless told more.
      allowedTenants:
        values.MICROSOFT_ALLOWED_TENANTS.length === 0 && values.MICROSOFT_APP_TYPE !== 'MultiTenant' && values.MICROSOFT_APP_TENANT_ID
          ? [values.MICROSOFT_APP_TENANT_ID]
          : values.MICROSOFT_ALLOWED_TENANTS,
    },
    admins,
    timeZone: values.KEINO_TIMEZONE,
    locale: values.KEINO_LOCALE,
    logLevel: values.LOG_LEVEL,
    production: values.NODE_ENV === 'production',
    ...(values.KEINO_RATE_LIMIT > 0 ? { limits: { perPersonPerMinute: values.KEINO_RATE_LIMIT, perOrganisationPerMinute: values.KEINO_RATE_LIMIT * 20 } } : {}),
    ...(values.METRICS_TOKEN ? { metricsToken: values.METRICS_TOKEN } : {}),
    ...(values.KEINO_PUBLIC_URL ? { publicUrl: values.KEINO_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    ...(values.KEINO_SECRET ? { secret: values.KEINO_SECRET } : {}),
  };
}

/** True when chat credentials are set, so `npm start` runs the server rather than the console. */
export function hasChatCredentials(config: KeinoConfig): boolean {
  return Boolean(config.slack || config.teams.appId || config.teams.unauthenticated);
}
