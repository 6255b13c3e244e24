/** Words that state a verdict; they belong in reviewRating, never in claimReviewed. */
export const VERDICT_WORDS = /\b(?:false|fake|hoax|debunked|misleading|fact[- ]?check(?:ed)?|untrue|not true)\b/i;
