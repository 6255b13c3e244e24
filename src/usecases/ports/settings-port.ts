/** Department settings as stored name/value pairs; src/store/settings-repo.ts implements it. */
export interface SettingsStore {
  get(name: string): string | null;
  all(): Record<string, string>;
  set(name: string, value: string, now: string): void;
}
