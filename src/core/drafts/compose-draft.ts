import { RumorDeskError } from '../errors';
import { redactPrivacy } from '../privacy';
import { chooseDraftKind } from './choose-kind';
import { buildDraftContext, draftPrivacyContext } from './draft-context';
import { DRAFT_PLATFORMS, type Draft, type DraftInput, type DraftTemplates } from './draft-types';
import { PLATFORM_RULES } from './platform-rules';
import { shortenToFit } from './shorten';
import { toSmsText } from './sms-length';

/** Template output tidied: no trailing blanks, at most one empty line in a row. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Render one draft: choose the kind, fill the template, remove personal data, fit the platform.
 * Throws RumorDeskError('VALIDATION_FAILED') when a correction, clarification or confirmation
 * is asked for without a statement to cite.
 *
 * @example
 * const draft = composeDraft({platform: 'x', statement, claim: {text: 'Elm St bridge collapsed'},
 *   stance: 'contradicts', decision: 'strong', department, allowedNames: []}, templates);
 * draft.kind // 'correction'; draft.withinLimit // true
 */
export function composeDraft(input: DraftInput, templates: DraftTemplates): Draft {
  const kind = input.kind ?? chooseDraftKind(input.stance, input.decision, input.statement !== null);
  if (kind !== 'holding' && !input.statement) {
    throw new RumorDeskError('VALIDATION_FAILED', `A ${kind} draft needs a matched statement; draft a holding message instead.`);
  }
  const privacy = draftPrivacyContext(input);
  const context = buildDraftContext(input, kind, privacy);
  const rule = PLATFORM_RULES[input.platform];
  let rendered = tidy(templates.render(kind, input.platform, context));
  if (input.platform === 'sms') rendered = toSmsText(rendered);
  // The guard runs on the finished text, so a template that prints a new field is covered too.
  const redacted = redactPrivacy(rendered, privacy);
  const fitted = shortenToFit(redacted.text, { link: context.link, measure: rule.measure, ellipsis: rule.ellipsis });
  const { length, limit } = rule.measure(fitted.text);
  return {
    platform: input.platform,
    kind,
    text: fitted.text,
    length,
    limit,
    withinLimit: length <= limit,
    shortened: fitted.shortened,
    privacy: { findings: redacted.findings, report: redacted.report },
  };
}

/**
 * One draft per platform, in DRAFT_PLATFORMS order, for `--platform all`.
 *
 * @example draftAll(input, templates).map((d) => d.platform) // ['x', 'facebook', 'nextdoor', 'instagram', 'sms']
 */
export function draftAll(input: Omit<DraftInput, 'platform'>, templates: DraftTemplates): Draft[] {
  return DRAFT_PLATFORMS.map((platform) => composeDraft({ ...input, platform }, templates));
}
