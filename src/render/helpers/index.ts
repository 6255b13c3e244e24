import { upperFirst } from './upper-first';

/** Every helper a template may call, by name. The field checker treats these names as known. */
export const DRAFT_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  upperFirst: (value: unknown) => upperFirst(value),
};
