// The real fitted models and lexicons from data/ (committed in the repo, not benchmark data).
import { loadCredibilityModel, loadLexicons, loadReplyStanceModel } from '../../../bench/lib/credibility-files';

export const model = loadCredibilityModel();
export const stanceModel = loadReplyStanceModel();
export const lexicons = loadLexicons();
export const NOW = new Date('2026-11-28T12:00:00Z');
