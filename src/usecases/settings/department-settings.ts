import { z } from 'zod';
import { RumorDeskError } from '../../core/errors';
import type { Clock } from '../../core/types';
import type { AuditStore, SettingsStore, Transaction } from '../ports';

/**
 * Settings an admin changes at run time, stored in the database's settings table. Each has a
 * default, a validator and a help text (the settings page and README list them).
 */
export const DEPARTMENT_SETTINGS = {
  'department.name': { default: 'Ridgeport Police Department', schema: z.string().trim().min(2).max(120), help: 'Name used in drafts, ClaimReview and summaries.' },
  'department.handle': { default: '@RidgeportPD', schema: z.string().trim().regex(/^@\w{1,30}$/), help: 'The department\'s own social handle.' },
  'department.url': { default: 'https://ridgeportpd.example/news', schema: z.url({ protocol: /^https?$/ }), help: 'News page linked when a draft has no statement URL.' },
  'department.publicHandles': { default: '@RidgeportPD,@RidgeportFire,@CityOfRidgeport', schema: z.string().max(2000), help: 'Comma-separated public accounts that drafts and exports may name.' },
  'matching.possibleThreshold': { default: '0.1', schema: z.coerce.number().min(0).max(1), help: 'Match score from which a statement is shown as a possible match.' },
  'matching.strongThreshold': { default: '0.592', schema: z.coerce.number().min(0).max(1), help: 'Match score from which a match is strong.' },
  timezone: { default: 'America/Chicago', schema: z.string().refine(isTimeZone, 'not an IANA time zone'), help: 'Department time zone for weeks and dates.' },
  'retention.days': { default: '90', schema: z.coerce.number().int().min(1).max(3650), help: 'Posts older than this lose their text and author data on purge.' },
} as const;

export type DepartmentSettingName = keyof typeof DEPARTMENT_SETTINGS;

/**
 * Names a setting had before, still accepted when a setting is changed (deprecated). Issue 16
 * renamed the match thresholds so a match's strength cannot be read as a credibility verdict;
 * stored values moved with migration 005.
 */
export const DEPRECATED_SETTING_NAMES: Readonly<Record<string, DepartmentSettingName>> = {
  'matching.suggestedThreshold': 'matching.possibleThreshold',
  'matching.confirmedThreshold': 'matching.strongThreshold',
};

/** The current name of a setting, for a current or a deprecated one; anything else as given. */
function currentName(name: string): string {
  return Object.prototype.hasOwnProperty.call(DEPRECATED_SETTING_NAMES, name) ? (DEPRECATED_SETTING_NAMES[name] as string) : name;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A score at or above the strong threshold is a strong match, else a possible one from the
 * possible threshold up (core/matching/decide.ts). A possible threshold above the strong one
 * would never be reached, so the two would say one thing and do another; equal thresholds are
 * allowed (every match shown is then strong).
 */
function refuseCrossedThresholds(name: DepartmentSettingName, value: string, get: (name: DepartmentSettingName) => string): void {
  if (name !== 'matching.possibleThreshold' && name !== 'matching.strongThreshold') return;
  const possible = Number(name === 'matching.possibleThreshold' ? value : get('matching.possibleThreshold'));
  const strong = Number(name === 'matching.strongThreshold' ? value : get('matching.strongThreshold'));
  if (possible <= strong) return;
  throw new RumorDeskError(
    'VALIDATION_FAILED',
    name === 'matching.possibleThreshold'
      ? `Invalid value for ${name}: ${possible} is above matching.strongThreshold (${strong}); raise matching.strongThreshold first, or choose at most ${strong}.`
      : `Invalid value for ${name}: ${strong} is below matching.possibleThreshold (${possible}); lower matching.possibleThreshold first, or choose at least ${possible}.`,
  );
}

export function createSettingsUseCases(deps: { settings: SettingsStore; audit: AuditStore; transaction: Transaction; clock: Clock }) {
  function get(name: DepartmentSettingName): string {
    return deps.settings.get(name) ?? DEPARTMENT_SETTINGS[name].default;
  }
  return {
    get,
    all(): { name: DepartmentSettingName; value: string; default: string; help: string }[] {
      return (Object.keys(DEPARTMENT_SETTINGS) as DepartmentSettingName[]).map((name) => ({
        name,
        value: get(name),
        default: DEPARTMENT_SETTINGS[name].default,
        help: DEPARTMENT_SETTINGS[name].help,
      }));
    },
    set(requestedName: string, value: unknown, actor: string): void {
      const name = currentName(requestedName);
      // Own keys only: `in` would accept inherited names such as "valueOf" or "__proto__".
      if (!Object.prototype.hasOwnProperty.call(DEPARTMENT_SETTINGS, name)) throw new RumorDeskError('VALIDATION_FAILED', `Unknown setting "${name}".`);
      const key = name as DepartmentSettingName;
      const parsed = DEPARTMENT_SETTINGS[key].schema.safeParse(value);
      if (!parsed.success || typeof value !== 'string') {
        throw new RumorDeskError('VALIDATION_FAILED', `Invalid value for ${name}: ${parsed.success ? 'must be text' : parsed.error.issues[0]?.message}`);
      }
      const now = deps.clock().toISOString();
      deps.transaction(() => {
        refuseCrossedThresholds(key, value.trim(), get);
        const before = get(key);
        deps.settings.set(key, value.trim(), now);
        deps.audit.append({ actor, action: 'settings.change', targetType: 'setting', targetId: key, before, after: value.trim() }, now);
      });
    },
    department() {
      return {
        name: get('department.name'),
        handle: get('department.handle'),
        url: get('department.url'),
        publicHandles: get('department.publicHandles')
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
      };
    },
  };
}

export type SettingsUseCases = ReturnType<typeof createSettingsUseCases>;
