/**
 * Word lists the stance features count. Each list is a family of cues whose weight the stance
 * model learns from public claim-vs-evidence data (bench/fit-stance.ts); the lists themselves
 * are hand-written from the cue families that stance-detection work reports as predictive:
 * refuting and hedging words in the evidence (Ferreira & Vlachos 2016, Emergent), negation
 * (FNC-1 baselines), and denial words in the claim.
 */
function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** The evidence calls something false. */
export const REFUTE_WORDS = set(`
  fake fakes faked hoax hoaxes false falsely untrue debunk debunked debunks deny denies denied denying denial
  refute refutes refuted rebut rebuts rebutted dismiss dismisses dismissed reject rejects rejected
  fabricated fabrication baseless unfounded misleading misinformation disinformation incorrect inaccurate
  wrong myth myths satire satirical parody prank rumor rumors rumour rumours nonsense bogus doctored
  photoshopped retract retracted retracts contrary erroneous erroneously mistaken mistakenly lie lies lied
`);

/** The evidence reports without committing. */
export const HEDGE_WORDS = set(`
  reportedly allegedly alleged alleges claim claims claimed claiming purportedly purported apparently
  appears appear appeared seemingly may might could possibly possible perhaps rumored rumoured
  unconfirmed unverified suggests suggest suggested suspected believed thought speculation speculate
  speculated likely unclear report reports reported according says said told
`);

/** The claim itself says something is false ("this is a hoax"). */
export const DENIAL_WORDS = set(`
  fake hoax false untrue debunked misinformation rumor rumors rumour rumours lie lies myth baseless bogus
`);

/** Words that negate what follows in the same clause. */
export const NEGATION_WORDS = set(`
  not no never none nobody nothing neither nor without cannot cant dont doesnt didnt isnt arent wasnt
  werent hasnt havent hadnt wont wouldnt shouldnt couldnt aint nowhere
`);

/** Words that make a claim absolute or partial; a change between them is a change of scope. */
export const SCOPE_ALL_WORDS = set(`all every entire whole everyone everybody everything completely total totally`);
export const SCOPE_PART_WORDS = set(`only just some partial partially part portion few several one`);

/**
 * Finer families of the evidence cues above, each with its own learned weight: "denied" and
 * "rumour" both refute on average, but not equally, and "could" hedges less than "allegedly".
 */
export const CUE_FAMILIES = {
  deny: set(`deny denies denied denying denial refute refutes refuted rebut rebuts rebutted dismiss dismisses dismissed reject rejects rejected retract retracted retracts`),
  falsity: set(`fake fakes faked hoax hoaxes false falsely untrue fabricated fabrication baseless unfounded bogus doctored photoshopped nonsense erroneous erroneously wrong incorrect inaccurate mistaken mistakenly`),
  rumor: set(`rumor rumors rumour rumours myth myths misinformation disinformation misleading satire satirical parody prank lie lies lied debunk debunked debunks`),
  modal: set(`may might could possibly possible perhaps likely`),
  reported: set(`reportedly allegedly alleged alleges purportedly purported rumored rumoured suspected believed`),
  attribution: set(`claim claims claimed claiming report reports reported according says said told`),
  uncertain: set(`unconfirmed unverified unclear speculation speculate speculated thought`),
  seeming: set(`apparently appears appear appeared seemingly suggests suggest suggested`),
  confirm: set(`confirm confirms confirmed confirming official officially verified announced announces indeed`),
} as const;

export type CueFamily = keyof typeof CUE_FAMILIES;
export const CUE_FAMILY_NAMES = Object.keys(CUE_FAMILIES) as CueFamily[];
