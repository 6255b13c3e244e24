/** The department's own messaging, told apart from rumors: one rule, used by triage and the summary. */
export {
  type MessagingKind,
  type MessagingMatch,
  type MessagingReason,
  MESSAGING_KINDS,
  MESSAGING_KIND_WORDS,
  departmentMessaging,
  isStrongestDecision,
} from './department-messaging';
export { MIN_RESTATED_TERMS, RESTATED_SHARE, restatedSentence, statementSentences } from './restates-statement';
