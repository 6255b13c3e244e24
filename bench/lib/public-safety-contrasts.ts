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
const HAZARDS = ['evacuation', 'tornado', 'flood', 'flash flood', 'storm', 'winter storm', 'severe thunderstorm', 'hurricane', 'tsunami', 'fire', 'fire weather', 'red flag', 'heat', 'excessive heat', 'air quality', 'boil water', 'boil', 'water', 'shelter', 'curfew', 'wind', 'blizzard', 'ice storm', 'evac'];
const LEVEL_WORDS: Record<string, string[]> = { watch: ['watch'], warning: ['warning'], advisory: ['advisory', 'notice'], order: ['order'] };
function levelPhrases(level: string): string[] {
  const words = LEVEL_WORDS[level] ?? [];
  // "upgraded to an order", "downgraded to a watch": the level the text ends on.
  return words.flatMap((w) => [...HAZARDS.map((h) => `${h} ${w}`), `under a ${w}`, `under an ${w}`, `to a ${w}`, `to an ${w}`]);
}

export const PUBLIC_SAFETY_GROUPS: ContrastGroup[] = [
  {
    // The kind of incident: two posts about a fire and a crash on one street are two rumors.
    // Not exclusive (a crash can start a fire): texts conflict only when they share none.
    // Words for the responders ("fire crews") and figures of speech ("under fire") are not incidents.
    slot: 'event',
    kind: 'event',
    note: 'the kind of incident; texts naming incidents but none in common are about different ones',
    except: ['fire department', 'fire dept', 'fire crews', 'fire crew', 'fire chief', 'fire officials', 'fire rescue', 'fire station', 'fire truck', 'fire trucks', 'fire engine', 'fire marshal', 'fire hydrant', 'fire weather', 'fire drill', 'fire alarm', 'under fire', 'fire fighters', 'flu shot', 'booster shot', 'accident report',
      // Losing a job: "the guy who sent the alert got fired".
      'got fired', 'get fired', 'gets fired', 'getting fired', 'fired from',
      // A pet's vaccination papers: "bring shot records".
      'shot records', 'shot record', 'rabies shot', 'rabies shots'],
    values: {
      fire: ['fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'brush fire', 'house fire', 'structure fire', 'on fire', 'flames', 'burning', 'burned down'],
      crash: ['crash', 'crashes', 'collision', 'wreck', 'pileup', 'pile up', 'car accident', 'traffic accident', 'accident', 'hit and run', 'rollover'],
      // "an active-threat training drill" is drilled as a shooting.
      shooting: ['shooting', 'shootings', 'shots fired', 'gunfire', 'gunshots', 'shooter', 'gunman', 'opened fire', 'open fire', 'shot', 'active threat', 'active-threat'],
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
    note: 'roads, bridges, schools, facilities: closed vs open (not windows, doors, eyes: see blockers)',
    except: ['opened fire', 'open fire', 'opening fire', 'open letter', 'open house', 'open investigation', 'open mic', 'open up', 'open the door', 'keep an eye open', 'open burning', 'open flames', 'open flame'],
    cues: ['road', 'street', 'st', 'ave', 'avenue', 'blvd', 'boulevard', 'lane', 'bridge', 'highway', 'hwy', 'cr', 'rt', 'freeway', 'interstate', 'route', 'rte', 'ramp', 'exit', 'tunnel', 'overpass', 'intersection', 'crossing', 'school', 'campus', 'university', 'college', 'park', 'trail', 'beach', 'station', 'business', 'store', 'shop', 'mall', 'restaurant', 'facility', 'library', 'office', 'building', 'airport', 'terminal', 'border', 'port', 'pool', 'center', 'centre', 'clinic', 'hospital', 'court', 'courthouse', 'shelter', 'campground', 'lot', 'garage', 'traffic', 'pass'],
    blockers: ['window', 'door', 'eye', 'eyes', 'mouth', 'blind', 'blinds', 'curtain', 'curtains', 'vent', 'vents', 'lid', 'damper', 'laptop', 'app', 'tab', 'browser'],
    values: {
      closed: ['closed', 'close', 'closure', 'shut', 'shut down', 'closed off', 'still closed', 'shutting down', 'shuts down', 'shutdown', 'blocked', 'impassable', 'off limits', 'cordoned off', 'sealed off', 'locked down', 'lockdown', 'barricaded', 'taped off', 'coned off', 'roped off'],
      open: ['open', 'opened', 'reopen', 'reopened', 'back open', 'open again', 'open back up', 'opened back up', 'open to traffic', 'passable', 'open as usual', 'operating normally'],
    },
  },
  {
    // Orders, advisories, bans, curfews: still in force or ended. "Extended" means in force.
    slot: 'status:order',
    kind: 'status',
    note: 'an order, advisory, ban or curfew: lifted vs in effect (extended counts as in effect); the cued phrases only where the sentence names an order',
    values: {
      lifted: ['lifted', 'rescinded', 'revoked', 'ended', 'expired', 'all clear', 'called off', 'no longer in effect', 'no longer in place', 'no curfew', 'no more curfew', 'no burn ban', 'no ban', 'no boil', 'been lifted', 'has ended', 'is over', "it's over", 'its over'],
      in_effect: ['in effect', 'in place', 'extended', 'extends', 'remains in effect', 'remain in effect', 'remains in place', 'remain in place', 'still in effect', 'still in place', 'issued', 'imposed', 'enforced', 'reinstated', 'expanded', 'not over', 'still going on'],
    },
    except: ["it's over there", "it's over here", 'its over there', 'its over here', 'is over there', 'is over here'],
    cued: {
      // A cancelled order is a lifted one; cancelled trains or games are status:schedule (below).
      lifted: ['cancelled', 'canceled', 'over now', 'are over', 'done', 'finished', 'no more', 'dropped', 'no longer', 'gone'],
      // "NF-6 still under evac warning", "remains under a mandatory evacuation order".
      in_effect: ['still going', 'still on', 'still active', 'still up', 'still under', 'remains under', 'remain under', 'remains', 'remain', 'continues', 'continue', 'continuing', 'stays', 'still a thing', 'ongoing', 'pushed back'],
    },
    cues: ['order', 'advisory', 'notice', 'warning', 'watch', 'alert', 'ban', 'curfew', 'lockdown', 'evacuation', 'evacuations', 'evac', 'restriction', 'restrictions', 'emergency', 'closure', 'closures', 'shelter', 'boil', 'mandate', 'detour'],
  },
  {
    // Councils, boards and commissions: a plan, fee, purchase or rule is proposed (to be heard,
    // voted on) or approved. A rumour turns the one into the other ("council approved the drones").
    slot: 'status:decision',
    kind: 'status',
    note: 'a plan, fee, rule or purchase: proposed (a proposal, a hearing, a vote to come) vs approved (passed, adopted); "approved" and "passed" only next to who decides or what is decided (not "passed inspection", "approved vendors")',
    values: {
      proposed: ['proposed', 'proposal', 'under consideration', 'no decision', 'will consider', 'to consider', 'will vote', 'to vote on', 'public hearing', 'draft plan', 'nothing approved', 'nothing has been approved', "nothing's been approved", 'nothings been approved', 'nothing is approved', 'nothing is final', 'not final'],
      approved: ['voted to approve', 'signed off on', 'greenlit', 'green lit', 'done deal'],
    },
    // "no proposal would close it" and "not proposed" deny a plan; they approve nothing.
    except: ['no proposal', 'not proposed', 'no plan', 'passed through', 'passed over', 'passed by', 'passed away', 'passed out', 'passed inspection', 'passed its inspection', 'passed the area'],
    cued: {
      // Past forms only: "the board passes the fare hike in march, calling it now" and "if the
      // plan passes" foretell; "approved" says it happened.
      approved: ['approved', 'passed', 'adopted', 'finalized'],
    },
    cues: ['council', 'board', 'commission', 'commissioners', 'commissioner', 'supervisors', 'trustees', 'voters', 'vote', 'voted', 'ordinance', 'ordinances', 'county', 'city', 'township', 'legislature', 'lawmakers', 'rule', 'rules', 'law', 'regulation', 'regulations', 'budget', 'levy', 'measure', 'plan', 'fee', 'fees', 'rate', 'rates', 'increase', 'hike', 'ballot', 'tax', 'millage', 'bond', 'purchase', 'funding', 'contract', 'restrictions', 'stage', 'policy', 'curfew', 'ban'],
  },
  {
    // NWCG wildfire and hazmat reporting: under control or growing.
    slot: 'status:spread',
    kind: 'status',
    note: 'a fire, spill or outbreak: contained vs spreading / out of control',
    values: {
      // A halted spread is a contained one ("forward spread was stopped at 3:25", "crews stopped the
      // spread"): longer phrases win, so these beat the bare "spread" of the other value.
      contained: ['contained', 'under control', 'extinguished', 'put out', 'knocked down', 'fully contained', 'controlled', 'spread was stopped', 'spread was halted', 'spread stopped', 'spread halted', 'stopped the spread', 'halted the spread', 'stopped its spread', 'stopped from spreading', 'kept from spreading', 'no longer spreading'],
      spreading: ['spreading', 'out of control', 'uncontained', 'growing', 'raging', 'spread', 'jumped the', 'expanding', 'uncontrolled'],
    },
  },
  {
    // Drills and tests announced ahead against "this is real": a rumor turns one into the other.
    slot: 'status:exercise',
    kind: 'status',
    note: 'a drill, exercise or test vs a real emergency; "real", "genuine" and "test" alone only next to what is drilled or tested (not "our real phone number", "lead tests")',
    values: {
      test: ['drill', 'exercise', 'training exercise', 'simulation', 'simulated', 'rehearsal', 'mock', 'planned exercise', 'scheduled test', 'training burn'],
      real: ['real emergency', 'real incident', 'for real', 'live incident', 'actual emergency'],
    },
    cued: {
      test: ['test', 'testing', 'tested'],
      real: ['real', 'actual', 'genuine'],
    },
    // "sirens to be tested Wednesday", "a real tornado warning not a test".
    cues: ['drill', 'exercise', 'training', 'simulation', 'siren', 'sirens', 'alarm', 'alert', 'shots', 'gunfire', 'shooting', 'explosion', 'explosions', 'evacuation', 'lockdown', 'broadcast', 'system', 'warning', 'tornado'],
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
    // "no damage found", "found no problems": an inspection's finding, not a person found.
    except: ['no damage found', 'nothing found', 'nothing was found', 'no problems found', 'no issues found', 'found no'],
    values: {
      found: ['found', 'located', 'recovered', 'reunited', 'returned home', 'turned up'],
      missing: ['missing', 'unaccounted for', 'still missing', 'disappeared', 'vanished', 'search continues', 'no sign of', 'still no sign'],
    },
  },
  {
    // Police press releases: a suspect is in custody or at large.
    slot: 'status:custody',
    kind: 'status',
    note: 'a suspect: arrested / in custody vs at large / on the loose / escaped ("caught" only with a suspect or police: hikers are caught in a rockslide)',
    except: ['suspect caught on camera', 'suspect caught on video', 'suspects caught on camera', 'been caught in', 'been caught up', 'been caught on', 'escaped injury', 'escaped unharmed', 'escaped unhurt', 'escaped without', 'escaped the fire', 'escaped the flames'],
    values: {
      arrested: ['arrested', 'in custody', 'taken into custody', 'detained', 'apprehended', 'captured', 'suspect caught', 'suspects caught', 'shooter caught', 'gunman caught', 'killer caught', 'caught the suspect', 'caught the shooter', 'caught the guy', 'caught him', 'caught her', 'police caught', 'cops caught', 'caught by police', 'caught by the police', 'caught by cops', 'caught by deputies', 'got caught', 'been caught', 'under arrest', 'arrest made', 'made an arrest', 'locked up', 'booked', 'jailed', 'behind bars', 'turned himself in', 'turned herself in', 'surrendered', 'charged'],
      at_large: ['at large', 'on the loose', 'escaped', 'fled the scene', 'on the run', 'still at large', 'wanted', 'evading', 'being sought', 'manhunt', 'got away', 'still out there', 'not caught', 'not been caught', 'never caught'],
    },
  },
  {
    // Bridges, buildings, dams: a rumor collapses what an inspection found standing.
    slot: 'status:structure',
    kind: 'status',
    note: 'a bridge, building or dam: collapsed / damaged vs intact / standing',
    values: {
      collapsed: ['collapsed', 'collapse', 'caved in', 'fell down', 'gave way', 'washed out', 'washed away', 'destroyed', 'breached', 'crumbled'],
      // A structure said to be about to fail is said to be damaged now ("it could give out any day").
      damaged: ['damaged', 'cracked', 'cracks', 'structural damage', 'could give out', 'about to give out', 'could collapse', 'about to collapse', 'going to collapse', 'unsafe to cross', 'not safe to cross'],
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
      evacuate: ['evacuate', 'evacuation', 'evacuated', 'evac', 'evacuating', 'leave the area', 'leave now', 'get out', 'ordered to evacuate', 'ordered to leave', 'told to evacuate', 'told to leave'],
      shelter: ['shelter in place', 'sheltering in place', 'stay indoors', 'stay inside', 'remain indoors', 'stay home', 'stay put', 'keep windows closed', 'keep your windows closed', 'keep windows shut', 'keep your windows shut', 'shelter in place order', 'sheltering'],
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
      out: ['outage', 'power outage', 'without power', 'lost power', 'power is out', 'power out', 'still out', 'still down', 'no power', 'no water', 'no internet', 'no cell service', 'out of service', 'blackout', 'went down', 'is down', 'are down', 'lines down', 'no service', 'cut off'],
      restored: ['restored', 'up and running', 'working again', 'back online', 'power restored', 'power is back', "power's back", 'power back', "power's on", 'power is on', 'service is back', 'back to normal'],
    },
    cued: {
      // "back on" and "back up" say service only beside what is served: not "back on duty", "put
      // your car back on the snow routes" or "traffic backed up".
      restored: ['back on', 'back up'],
    },
    cues: ['power', 'lights', 'light', 'electricity', 'electric', 'water', 'service', 'internet', 'phone', 'phones', 'cell', 'signals', 'signal', 'gas', 'heat', '911', 'lines', 'outage', 'customers', 'homes'],
  },
  {
    // Drinking water: the advisory's subject.
    slot: 'status:water',
    kind: 'status',
    note: 'tap water: unsafe / contaminated vs safe to drink',
    values: {
      unsafe: ['contaminated', 'unsafe to drink', 'do not drink', 'not drink', "don't drink", 'dont drink', "can't drink", 'cant drink', 'cannot drink', 'poisoned', 'toxic', 'undrinkable', 'boil before', 'boil your water', 'boil the water', 'not safe to drink'],
      safe: ['safe to drink', 'drinkable', 'potable', 'meets standards', 'clean water', 'can drink', 'ok to drink', 'okay to drink', 'fine to drink', 'good to drink', 'drink the water again', 'drink the tap water again', 'drink tap water again', 'water is safe', 'water is fine'],
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
    // Texts, calls and pages that use a department's name: a rumor calls a real notice a scam or the reverse.
    slot: 'status:legitimacy',
    kind: 'status',
    note: 'a message, call or page: a scam / fake vs legit / really from the agency',
    values: {
      scam: ['scam', 'scams', 'scammer', 'scammers', 'fraud', 'fraudulent', 'phishing', 'impostor', 'imposter', 'impersonating', 'fake text', 'fake call', 'fake page', 'fake account'],
      legit: ['legit', 'legitimate', 'authentic', 'really from', 'really them', 'not a scam'],
    },
  },
  {
    // Trips, games, events and classes: a rumour cancels what the department says runs, or the
    // reverse ("TRT will cancel light rail trips" against "No trains will be cancelled"). A
    // cancelled order is status:order's, cued by the order's name, which comes first.
    slot: 'status:schedule',
    kind: 'status',
    note: 'a trip, game, event or class: cancelled vs going ahead as planned',
    values: {
      cancelled: ['cancel', 'cancelled', 'canceled', 'canceling', 'cancelling', 'cancellation', 'cancellations', 'scrapped'],
      going_ahead: ['as scheduled', 'as planned', 'going ahead', 'will go ahead', 'will go on', 'on schedule'],
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
      dead: ['dead', 'die', 'died', 'dies', 'killed', "didn't make it", 'didnt make it', 'did not make it', 'found dead', 'shot dead', 'fatality', 'fatalities', 'death', 'deaths', 'body found', 'body was found', 'bodies', 'deceased', 'passed away', 'fatal', 'fatally', 'lost his life', 'lost her life', 'lost their lives', 'succumbed', 'perished', 'drowned'],
      alive: ['alive', 'survived', 'treated and released', 'released from hospital', 'found safe', 'safe and sound', 'recovering', 'stable condition', 'doing well', 'expected to recover', 'expected to survive', 'safe and well', 'rescued', 'made it out'],
      // Being shot or stabbed is an injury at least ("hearing a student got shot" against "no one
      // was injured"); the bare verb stays an incident word (event:shooting), as in "shots fired".
      injured: ['injured', 'injury', 'injuries', 'hurt', 'wounded', 'hospitalized', 'hospitalised', 'taken to hospital', 'critical condition', 'serious condition', 'treated',
        'got shot', 'was shot', 'were shot', 'been shot', 'gunshot wound', 'gunshot wounds', 'got stabbed', 'was stabbed', 'were stabbed', 'been stabbed'],
      unharmed: ['unharmed', 'unhurt', 'uninjured', 'without injury', 'escaped injury', 'escaped unharmed', 'no injuries', 'not injured', 'not hurt', 'everyone is ok', 'everyone is okay', 'everyone is safe', 'everyone is fine', 'everyone ok', 'everyone safe', 'are ok', 'are okay', 'were ok', 'were okay', 'are both ok', 'are all ok', 'both ok', 'all ok'],
    },
    opposed: [
      ['dead', 'alive'],
      ['dead', 'unharmed'],
      ['injured', 'unharmed'],
    ],
    opposedAlone: [['dead', 'injured']],
    negated: { dead: 'alive', alive: 'dead', injured: 'unharmed', unharmed: 'injured' },
    // "didn't make it" is a death, not "we didnt make it to the game" or "in time".
    except: ["didn't make it to", 'didnt make it to', 'did not make it to', "didn't make it in", 'didnt make it in', 'did not make it in', "didn't make it on", 'didnt make it on', "didn't make it back", 'didnt make it back', "didn't make it home", 'didnt make it home'],
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
