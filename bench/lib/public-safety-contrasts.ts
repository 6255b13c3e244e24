/**
 * The hand-written half of data/lexicons/contrasts.json: states of one thing that a public-safety
 * message reports and a rumor gets the wrong way round. Each group is one slot; its values are
 * mutually exclusive unless `opposed` lists the pairs that are. Phrases are matched on Porter2
 * stems, word by word, so list one inflection ("reopened" also finds "reopens"). Negation before
 * a phrase ("not closed", "never found", "no one was hurt") turns the value into its opposite
 * (`negated`, default: the other value of a two-valued group).
 *
 * Sources: the status vocabulary of the U.S. National Weather Service product types (watch /
 * warning / advisory), of FEMA and Ready.gov protective actions (evacuate vs shelter in place;
 * voluntary vs mandatory), of NWCG wildfire reporting (contained / spreading), and the wording
 * of police and EMS press releases (in custody / at large; treated and released / died).
 * Edit freely, then run `npm run build:contrasts`.
 */
import type { ContrastGroup } from '../../src/core/facts';

// NWS alert levels and the order an agency issues: a "warning" is not an "order".
const HAZARDS = ['evacuation', 'tornado', 'flood', 'flash flood', 'storm', 'winter storm', 'severe thunderstorm', 'hurricane', 'tsunami', 'fire', 'fire weather', 'red flag', 'heat', 'excessive heat', 'air quality', 'boil water', 'boil', 'water', 'shelter', 'curfew', 'wind', 'blizzard', 'ice storm'];
const LEVEL_WORDS: Record<string, string[]> = { watch: ['watch'], warning: ['warning'], advisory: ['advisory', 'notice'], order: ['order'] };
function levelPhrases(level: string): string[] {
  const words = LEVEL_WORDS[level] ?? [];
  return words.flatMap((w) => [...HAZARDS.map((h) => `${h} ${w}`), `under a ${w}`, `under an ${w}`]);
}

export const PUBLIC_SAFETY_GROUPS: ContrastGroup[] = [
  {
    // The kind of incident: two posts about a fire and a crash on one street are two rumors.
    // Not exclusive (a crash can start a fire): texts conflict only when they share none.
    // Words for the responders ("fire crews") and figures of speech ("under fire") are not incidents.
    slot: 'event',
    kind: 'event',
    note: 'the kind of incident; texts naming incidents but none in common are about different ones',
    except: ['fire department', 'fire dept', 'fire crews', 'fire crew', 'fire chief', 'fire officials', 'fire rescue', 'fire station', 'fire truck', 'fire trucks', 'fire engine', 'fire marshal', 'fire hydrant', 'fire weather', 'fire drill', 'fire alarm', 'under fire', 'fire fighters', 'flu shot', 'booster shot', 'accident report'],
    values: {
      fire: ['fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'brush fire', 'house fire', 'structure fire', 'on fire', 'flames', 'burning', 'burned down'],
      crash: ['crash', 'crashes', 'collision', 'wreck', 'pileup', 'pile up', 'car accident', 'traffic accident', 'accident', 'hit and run', 'rollover'],
      shooting: ['shooting', 'shootings', 'shots fired', 'gunfire', 'gunshots', 'shooter', 'gunman', 'opened fire', 'open fire', 'shot'],
      stabbing: ['stabbing', 'stabbed'],
      flood: ['flood', 'floods', 'flooding', 'flooded', 'flash flood', 'floodwaters', 'high water'],
      gas_leak: ['gas leak', 'gas leaks', 'smell of gas', 'gas odor'],
      explosion: ['explosion', 'explosions', 'blast', 'exploded'],
      bomb_threat: ['bomb threat', 'suspicious package', 'bomb'],
      chemical_spill: ['chemical spill', 'spill', 'hazmat', 'chemical leak', 'toxic leak'],
      power_outage: ['power outage', 'outage', 'blackout', 'power is out', 'power out', 'lost power', 'without power'],
      storm: ['storm', 'thunderstorm', 'hail', 'hurricane', 'high winds', 'blizzard'],
      tornado: ['tornado', 'twister'],
      earthquake: ['earthquake', 'quake', 'tremor'],
      robbery: ['robbery', 'robbed', 'burglary', 'break in', 'carjacking', 'armed robbery', 'holdup'],
      drowning: ['drowning', 'drowned'],
      protest: ['protest', 'protests', 'protesters', 'riot', 'rally', 'demonstration', 'march'],
      heat: ['heat wave', 'heatwave', 'extreme heat'],
      landslide: ['landslide', 'mudslide', 'rockslide', 'sinkhole'],
    },
  },
  {
    // Roads, bridges, schools, parks, shelters: a rumor reopens what is closed or the reverse.
    slot: 'status:closure',
    kind: 'status',
    note: 'roads, bridges, schools, facilities: closed vs open',
    except: ['opened fire', 'open fire', 'opening fire', 'open letter', 'open house', 'open investigation', 'open mic'],
    values: {
      closed: ['closed', 'close', 'closure', 'shut', 'shut down', 'shutting down', 'shuts down', 'shutdown', 'blocked', 'impassable', 'off limits', 'cordoned off', 'sealed off', 'locked down', 'lockdown', 'barricaded'],
      open: ['open', 'opened', 'reopen', 'reopened', 'back open', 'open to traffic', 'passable', 'open as usual', 'operating normally'],
    },
  },
  {
    // Orders, advisories, bans, curfews: still in force or ended. "Extended" means in force.
    slot: 'status:order',
    kind: 'status',
    note: 'an order, advisory, ban or curfew: lifted vs in effect (extended counts as in effect)',
    values: {
      lifted: ['lifted', 'rescinded', 'revoked', 'cancelled', 'canceled', 'ended', 'expired', 'all clear', 'called off', 'no longer in effect'],
      in_effect: ['in effect', 'in place', 'extended', 'extends', 'remains in effect', 'still in effect', 'issued', 'imposed', 'enforced', 'reinstated', 'expanded'],
    },
  },
  {
    // NWCG wildfire and hazmat reporting: under control or growing.
    slot: 'status:spread',
    kind: 'status',
    note: 'a fire, spill or outbreak: contained vs spreading / out of control',
    values: {
      contained: ['contained', 'under control', 'extinguished', 'put out', 'knocked down', 'fully contained', 'controlled'],
      spreading: ['spreading', 'out of control', 'uncontained', 'growing', 'raging', 'spread', 'jumped the', 'expanding', 'uncontrolled'],
    },
  },
  {
    // Drills and tests announced ahead against "this is real": a rumor turns one into the other.
    slot: 'status:exercise',
    kind: 'status',
    note: 'a drill, exercise or test vs a real emergency',
    values: {
      test: ['drill', 'exercise', 'training exercise', 'test', 'simulation', 'simulated', 'rehearsal', 'mock', 'planned exercise', 'scheduled test'],
      real: ['real', 'actual', 'genuine', 'real emergency', 'real incident', 'for real', 'live incident'],
    },
  },
  {
    // Ready.gov: a voluntary evacuation is advice; a mandatory one is an order.
    slot: 'status:mandate',
    kind: 'status',
    note: 'voluntary vs mandatory (evacuation, water restrictions, testing)',
    values: {
      voluntary: ['voluntary', 'recommended', 'advised', 'optional', 'encouraged', 'suggested'],
      mandatory: ['mandatory', 'required', 'compulsory', 'forced', 'ordered to evacuate', 'ordered to leave', 'ordered out', 'must'],
    },
  },
  {
    // Missing-person cases: found or still missing.
    slot: 'status:search',
    kind: 'status',
    note: 'a missing person, pet or vehicle: found vs missing',
    values: {
      found: ['found', 'located', 'recovered', 'reunited', 'returned home', 'turned up'],
      missing: ['missing', 'unaccounted for', 'still missing', 'disappeared', 'vanished', 'search continues'],
    },
  },
  {
    // Police press releases: a suspect is in custody or at large.
    slot: 'status:custody',
    kind: 'status',
    note: 'a suspect: arrested / in custody vs at large / on the loose / escaped',
    values: {
      arrested: ['arrested', 'in custody', 'taken into custody', 'detained', 'apprehended', 'captured', 'caught', 'booked', 'jailed', 'behind bars', 'turned himself in', 'turned herself in', 'surrendered', 'charged'],
      at_large: ['at large', 'on the loose', 'escaped', 'fled the scene', 'on the run', 'still at large', 'wanted', 'evading', 'being sought', 'manhunt'],
    },
  },
  {
    // Bridges, buildings, dams: a rumor collapses what an inspection found standing.
    slot: 'status:structure',
    kind: 'status',
    note: 'a bridge, building or dam: collapsed / damaged vs intact / standing',
    values: {
      collapsed: ['collapsed', 'collapse', 'caved in', 'fell down', 'gave way', 'washed out', 'washed away', 'destroyed', 'breached', 'crumbled'],
      damaged: ['damaged', 'cracked', 'structural damage'],
      intact: ['intact', 'standing', 'still standing', 'undamaged', 'structurally sound', 'safe to use'],
    },
    opposed: [
      ['collapsed', 'intact'],
      ['damaged', 'intact'],
    ],
    negated: { collapsed: 'intact', damaged: 'intact', intact: 'damaged' },
  },
  {
    // FEMA protective actions: leave the area, or stay where you are.
    slot: 'status:protective_action',
    kind: 'status',
    note: 'what residents are told to do: evacuate vs shelter in place',
    values: {
      evacuate: ['evacuate', 'evacuation', 'evacuated', 'leave the area', 'leave now', 'get out'],
      shelter: ['shelter in place', 'sheltering in place', 'stay indoors', 'stay inside', 'remain indoors', 'stay home', 'stay put', 'keep windows closed'],
    },
    negated: {},
  },
  {
    // NWS product levels and agency orders: each is a different instruction.
    slot: 'status:alert_level',
    kind: 'status',
    note: 'watch vs warning vs advisory vs order (NWS levels; an evacuation warning is not an order)',
    values: {
      watch: levelPhrases('watch'),
      warning: levelPhrases('warning'),
      advisory: levelPhrases('advisory'),
      order: levelPhrases('order'),
    },
  },
  {
    // Utilities: service out or back.
    slot: 'status:service',
    kind: 'status',
    note: 'power, water, phone, 911 service: out vs restored',
    values: {
      out: ['outage', 'power outage', 'without power', 'lost power', 'out of service', 'blackout', 'went down', 'is down', 'are down', 'lines down', 'no service', 'cut off'],
      restored: ['restored', 'back on', 'back up', 'up and running', 'working again', 'back online', 'power restored'],
    },
  },
  {
    // Drinking water: the advisory's subject.
    slot: 'status:water',
    kind: 'status',
    note: 'tap water: unsafe / contaminated vs safe to drink',
    values: {
      unsafe: ['contaminated', 'unsafe to drink', 'do not drink', 'poisoned', 'toxic', 'undrinkable', 'boil before'],
      safe: ['safe to drink', 'drinkable', 'potable', 'meets standards', 'clean water'],
    },
  },
  {
    // A threat assessed as credible or not (school threats, suspicious packages).
    slot: 'status:threat',
    kind: 'status',
    note: 'a threat: credible / active vs not credible / cleared',
    values: {
      credible: ['credible threat', 'active shooter', 'active threat', 'ongoing threat', 'credible'],
      cleared: ['not credible', 'no threat', 'cleared', 'deemed safe', 'unfounded', 'no danger'],
    },
  },
  {
    // EMS and police outcome wording for a person: the rumor kills the survivor or the reverse.
    // Injured and dead can both be true of one incident ("2 dead, 5 hurt"), so they are opposed
    // only when each text says nothing else about the outcome ("the cyclist was hurt" / "died").
    slot: 'outcome:person',
    kind: 'outcome',
    note: 'a person: dead vs alive / unharmed; injured vs unharmed; dead vs injured only when each text gives no other outcome',
    values: {
      dead: ['dead', 'die', 'died', 'dies', 'killed', 'fatality', 'fatalities', 'death', 'deaths', 'body found', 'body was found', 'bodies', 'deceased', 'passed away', 'fatal', 'fatally', 'lost his life', 'lost her life', 'lost their lives', 'succumbed', 'perished', 'drowned'],
      alive: ['alive', 'survived', 'treated and released', 'released from hospital', 'found safe', 'safe and sound', 'recovering', 'stable condition', 'doing well', 'expected to recover', 'expected to survive', 'safe and well', 'rescued'],
      injured: ['injured', 'injury', 'injuries', 'hurt', 'wounded', 'hospitalized', 'hospitalised', 'taken to hospital', 'critical condition', 'serious condition', 'treated'],
      unharmed: ['unharmed', 'unhurt', 'uninjured', 'without injury', 'escaped injury', 'no injuries', 'not injured', 'not hurt'],
    },
    opposed: [
      ['dead', 'alive'],
      ['dead', 'unharmed'],
      ['injured', 'unharmed'],
    ],
    opposedAlone: [['dead', 'injured']],
    negated: { dead: 'alive', alive: 'dead', injured: 'unharmed', unharmed: 'injured' },
  },
];

// Phrases that contain a status word and mean something else; matching them first keeps the
// word from being read as a status ("police opened fire" is not a reopening).
export const IGNORED_PHRASES = [
  'close to',
  'closer to',
  'close call',
  'up close',
  'closed captioning',
  'test positive',
  'tested positive',
  'tested negative',
  'test results',
  'real estate',
  'the real',
  'must see',
  'lost and found',
  'found out',
  'wanted to',
  'shut out',
  'down the street',
  'down the road',
  'slow down',
  'calm down',
  'shut up',
  'break down',
  'broke down',
  'sit down',
  'standing by',
  'standing order',
  'standing water',
  'body of water',
  'spread the word',
  'issued a statement',
  'failed to',
];
