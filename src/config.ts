import { availableParallelism } from 'os';
import { RumorDeskError } from './core/errors';

/**
 * Every process setting, in one table: name, environment variable, default and help.
 * The README's configuration table is checked against this list by a test.
 */
export const SETTINGS = [
  { name: 'db', env: 'RUMORDESK_DB', default: './rumordesk.db', help: 'Path of the SQLite database file (`:memory:` for a throw-away one).' },
  { name: 'host', env: 'RUMORDESK_HOST', default: '127.0.0.1', help: 'Address the service binds. Anything but loopback needs authentication configured.' },
  { name: 'port', env: 'RUMORDESK_PORT', default: '8080', help: 'TCP port of the service.' },
  { name: 'demo', env: 'RUMORDESK_DEMO', default: 'true', help: 'Load the demo department into an empty database at start (`false` to skip).' },
  { name: 'templates', env: 'RUMORDESK_TEMPLATES', default: '', help: 'Directory whose templates override or add to the built-in ones.' },
  { name: 'logLevel', env: 'RUMORDESK_LOG_LEVEL', default: 'info', help: 'Log level: fatal, error, warn, info, debug, trace or silent.' },
  { name: 'maxClaimChars', env: 'RUMORDESK_MAX_CLAIM_CHARS', default: '5000', help: 'Longest claim text accepted by `check`.' },
  { name: 'bodyLimit', env: 'RUMORDESK_BODY_LIMIT', default: '2mb', help: 'Largest HTTP request body accepted.' },
  { name: 'matchWorkers', env: 'RUMORDESK_MATCH_WORKERS', default: 'auto', help: 'Worker threads the service matches claims in (`auto`: one fewer than the CPU cores, at most 4; `0`: match on the request thread).' },
] as const;

export type SettingName = (typeof SETTINGS)[number]['name'];

export interface Config {
  db: string;
  host: string;
  port: number;
  demo: boolean;
  templates: string | null;
  logLevel: string;
  maxClaimChars: number;
  bodyLimit: string;
  /** Matching worker threads for the service (other commands match in-thread). */
  matchWorkers: number;
}

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

function positiveInt(name: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RumorDeskError('CONFIG_INVALID', `Setting ${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  }
  return value;
}

function workerCount(raw: string): number {
  if (raw === 'auto') return Math.max(0, Math.min(4, availableParallelism() - 1));
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 16) {
    throw new RumorDeskError('CONFIG_INVALID', `Setting matchWorkers must be auto or a whole number from 0 to 16, not "${raw}".`);
  }
  return value;
}

function bool(name: string, raw: string): boolean {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new RumorDeskError('CONFIG_INVALID', `Setting ${name} must be true or false, not "${raw}".`);
}

/**
 * Resolves the configuration once: command-line overrides, then environment, then defaults.
 *
 * @example loadConfig({ port: '9090' }, process.env).port // 9090
 */
export function loadConfig(overrides: Partial<Record<SettingName, string | undefined>>, env: Record<string, string | undefined>): Config {
  const raw = {} as Record<SettingName, string>;
  for (const setting of SETTINGS) {
    raw[setting.name] = overrides[setting.name] ?? env[setting.env] ?? setting.default;
  }
  if (!LOG_LEVELS.has(raw.logLevel)) {
    throw new RumorDeskError('CONFIG_INVALID', `Setting logLevel must be one of ${[...LOG_LEVELS].join(', ')}.`);
  }
  return {
    db: raw.db,
    host: raw.host,
    port: positiveInt('port', raw.port, 65535),
    demo: bool('demo', raw.demo),
    templates: raw.templates || null,
    logLevel: raw.logLevel,
    maxClaimChars: positiveInt('maxClaimChars', raw.maxClaimChars, 1_000_000),
    bodyLimit: raw.bodyLimit,
    matchWorkers: workerCount(raw.matchWorkers),
  };
}
