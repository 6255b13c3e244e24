/*
 * SMS encoding (3GPP TS 23.038): a single message holds 160 GSM-7 characters, where the
 * extension characters cost two; one character outside GSM-7 switches the whole message to
 * UCS-2 and the limit to 70 UTF-16 units.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export const SMS_GSM_LIMIT = 160;
export const SMS_UCS2_LIMIT = 70;

/** True when every character fits the GSM-7 alphabet. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

/**
 * Length and single-message limit of an SMS.
 *
 * @example smsLength('Road open [x]') // {length: 15, limit: 160}
 */
export function smsLength(text: string): { length: number; limit: number } {
  if (!isGsm7(text)) return { length: text.length, limit: SMS_UCS2_LIMIT };
  let length = 0;
  for (const ch of text) length += EXTENSION.has(ch) ? 2 : 1;
  return { length, limit: SMS_GSM_LIMIT };
}

/**
 * Fold typographic characters that would push an SMS into UCS-2 back to GSM-7 look-alikes.
 *
 * @example toSmsText('It’s “open” — details…') // 'It\'s "open" - details...'
 */
export function toSmsText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00A0/g, ' ');
}
