/** Titles and ranks that say nothing about who a person is: "Sgt. Maria Lopez" is Maria Lopez. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sgt', 'sergeant', 'officer', 'ofc', 'chief', 'lt', 'lieutenant',
  'capt', 'captain', 'det', 'detective', 'deputy', 'sheriff', 'cpl', 'corporal', 'cmdr', 'commander',
  'mayor', 'councilmember', 'trooper', 'agent', 'spokesperson', 'pio', 'jr', 'sr', 'ii', 'iii',
]);

/** The identifying words of a name, lower-case, without titles or possessives. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((t) => t.replace(/^['-]+|['-]+$/g, ''))
    .filter((t) => t.length > 0 && !HONORIFICS.has(t.replace(/\./g, '')));
}

/**
 * A found name is allowed when all its words belong to ONE allowed name, so "Ruiz" and
 * "Officer Dana Ruiz" match "Dana Ruiz", but "Dana Lopez" does not match "Dana Ruiz" plus
 * "Maria Lopez" (mixing two allowed names would let a third person through).
 *
 * @example isAllowedName('Sgt. Ruiz', ['Dana Ruiz']) // true
 */
export function isAllowedName(found: string, allowedNames: string[]): boolean {
  const tokens = nameTokens(found);
  if (tokens.length === 0) return true;
  return allowedNames.some((allowed) => {
    const allowedTokens = new Set(nameTokens(allowed));
    return tokens.every((t) => allowedTokens.has(t));
  });
}
