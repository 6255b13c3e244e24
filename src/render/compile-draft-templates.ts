import { RumorDeskError } from '../core/errors';
import { DRAFT_KINDS, DRAFT_PLATFORMS, type DraftContext, type DraftKind, type DraftPlatform, type DraftTemplates } from '../core/drafts';
import { createDraftHandlebars, DRAFT_COMPILE_OPTIONS } from './handlebars-env';
import { DRAFT_HELPERS } from './helpers';
import { knownFieldPaths, REPRESENTATIVE_DRAFT_CONTEXT } from './representative-context';
import { unknownFields } from './template-fields';

/** One template file's text and where it came from (shown in error messages). */
export interface TemplateSource {
  /** "correction.x" for a draft template, "_signature" for a partial. */
  name: string;
  origin: string;
  source: string;
}

export interface LoadedDraftTemplates extends DraftTemplates {
  /** Which file each template name was taken from, after overrides. */
  origins: Record<string, string>;
}

const templateName = (kind: DraftKind, platform: DraftPlatform) => `${kind}.${platform}`;
const DRAFT_NAMES = new Set(DRAFT_KINDS.flatMap((k) => DRAFT_PLATFORMS.map((p) => templateName(k, p))));

function invalid(message: string): RumorDeskError {
  return new RumorDeskError('TEMPLATE_INVALID', message);
}

/**
 * Compile and check draft templates. Later sources with the same name replace earlier ones
 * (department overrides). Every kind × platform must exist, compile, use only known fields and
 * render the representative context; otherwise RumorDeskError('TEMPLATE_INVALID') names the
 * template, the file and the field.
 *
 * @example compileDraftTemplates([{name: 'correction.x', origin: 'a.hbs', source: '{{fact}} {{link}}'}, …])
 */
export function compileDraftTemplates(sources: TemplateSource[]): LoadedDraftTemplates {
  const env = createDraftHandlebars();
  const chosen = new Map<string, TemplateSource>();
  for (const s of sources) {
    if (!s.name.startsWith('_') && !DRAFT_NAMES.has(s.name)) {
      throw invalid(`Template "${s.name}" (${s.origin}) is not a known draft template; expected <kind>.<platform>.hbs with kind one of ${DRAFT_KINDS.join(', ')} and platform one of ${DRAFT_PLATFORMS.join(', ')}, or _<partial>.hbs.`);
    }
    chosen.set(s.name, s);
  }
  for (const name of DRAFT_NAMES) if (!chosen.has(name)) throw invalid(`Template "${name}" is missing: add ${name}.hbs.`);

  const known = knownFieldPaths();
  const helpers = new Set(Object.keys(DRAFT_HELPERS));
  const compiled = new Map<string, HandlebarsTemplateDelegate<DraftContext>>();
  for (const s of chosen.values()) {
    let unknown;
    try {
      unknown = unknownFields(s.source, known, helpers);
    } catch (err) {
      throw invalid(`Template "${s.name}" (${s.origin}) does not parse: ${(err as Error).message}`);
    }
    const first = unknown[0];
    if (first) throw invalid(`Template "${s.name}" (${s.origin}) uses unknown field "${first.field}" on line ${first.line}; known fields: ${[...known].sort().join(', ')}.`);
    if (s.name.startsWith('_')) env.registerPartial(s.name.slice(1), s.source);
    else compiled.set(s.name, env.compile<DraftContext>(s.source, DRAFT_COMPILE_OPTIONS));
  }
  // Rendering catches what parsing cannot: unknown helpers or partials, wrong helper use.
  for (const [name, template] of compiled) {
    try {
      template(REPRESENTATIVE_DRAFT_CONTEXT);
    } catch (err) {
      throw invalid(`Template "${name}" (${chosen.get(name)?.origin}) fails to render: ${(err as Error).message}`);
    }
  }
  return {
    origins: Object.fromEntries([...chosen].map(([name, s]) => [name, s.origin])),
    render(kind, platform, context) {
      const template = compiled.get(templateName(kind, platform));
      if (!template) throw invalid(`Template "${templateName(kind, platform)}" is missing.`);
      return template(context);
    },
  };
}
