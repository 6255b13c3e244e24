export { analyseClaim, analyseText, type AnalysedSentence, type AnalysedText } from './analyse-text';
export { STANCE_FEATURES, stanceFeatures, type Alignment, type ClaimSide, type EvidenceSide, type StanceFeatureRow } from './stance-features';
export { STANCE_CLASSES, loadStanceModel, stanceProbabilities, type StanceClass, type StanceModel, type StanceProbabilities } from './stance-model';
export { describeStanceReason, type StanceReason } from './stance-reasons';
export { decideStance, prepareClaimSide, prepareStatementSide, type StanceReader, type StanceVerdict } from './decide-stance';
export { StanceJudge } from './stance-judge';
