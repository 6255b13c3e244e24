import { compareFacts, extractKeyFacts } from '../../../src/core/facts';
import { factsOf, lexicon } from './lexicon';

// Claims written the way people post them: caps, typos, hashtags, emoji, hearsay. Each lists the
// facts that must be read (`slot=value`, `!` for a negated fact) and, where a wrong reading was
// seen, the facts that must not be.
const CLAIMS: Array<[string, string[], string[]?]> = [
  // closures
  ['MAIN ST IS CLOSED AGAIN?? 😡 #traffic', ['status:closure=closed']],
  ['my cousin says the bridge is back open lol', ['status:closure=open']],
  ['heard hwy 9 reopened finally 🙏', ['status:closure=open']],
  ['the road closure is still going, avoid rt 30', ['status:closure=closed', 'status:order=in_effect']],
  ['schools r closed tmrw!!! #snowday', ['status:closure=closed']],
  ['Lincoln Park is NOT closed, ppl are still walking dogs there', ['status:closure=open!']],
  ['keep your windows shut, smoke is bad today', ['status:protective_action=shelter'], ['status:closure=closed']],
  ['close your eyes and doors, the air smells like chemicals', [], ['status:closure=closed']],
  ['the trail is shut down until spring', ['status:closure=closed']],
  ['on ramp to I-5 blocked by a wreck', ['status:closure=closed', 'event=crash']],
  // water
  ['BOIL WATER NOTICE STILL IN EFFECT for eastside!!', ['status:alert_level=advisory', 'status:order=in_effect']],
  ['you can drink the tap water again 🎉', ['status:water=safe']],
  ['dont drink the tap water, its contaminated', ['status:water=unsafe']],
  ['boil notice is over, water is safe now', ['status:order=lifted', 'status:water=safe']],
  ['heard the boil advisory hasnt been lifted yet', ['status:order=in_effect!']],
  // evacuation levels
  ['evac order for zone 3 just dropped, GET OUT NOW', ['status:alert_level=order', 'status:protective_action=evacuate']],
  ['its only an evacuation warning not an order lol', ['status:alert_level=warning']],
  ['MANDATORY evacuation for the canyon rn', ['status:mandate=mandatory', 'status:protective_action=evacuate']],
  ['evacuations are voluntary for now', ['status:mandate=voluntary']],
  ['the evacuation warning got upgraded to an order', ['status:alert_level=order'], ['status:alert_level=warning']],
  ['evacuation order is over, we can go home', ['status:order=lifted']],
  // shelter in place
  ['shelter in place order still in effect!!! stay inside', ['status:protective_action=shelter', 'status:order=in_effect'], ['status:order=lifted']],
  ['shelter-in-place has been lifted', ['status:protective_action=shelter', 'status:order=lifted'], ['status:order=in_effect']],
  ['is the shelter in place still on?? my cousin says it is', ['status:order=in_effect']],
  // fires
  ['the fire is 50% contained now', ['status:spread=contained', 'event=fire']],
  ['FIRE IS SPREADING TOWARDS THE HIGHWAY 🔥🔥', ['status:spread=spreading', 'event=fire']],
  ['fire jumped the river, out of control', ['status:spread=spreading']],
  ['they put out the brush fire already', ['status:spread=contained']],
  // missing / found
  ['the missing girl was FOUND safe!!! 🙏', ['status:search=found', 'outcome:person=alive'], ['status:search=missing']],
  ['hiker still missing, search continues', ['status:search=missing']],
  ['they never found the kid', ['status:search=missing!']],
  ['missing man found dead near the river', ['status:search=found', 'outcome:person=dead']],
  // arrests / at large
  ['suspect caught!! cops got him', ['status:custody=arrested']],
  ['the shooter is still on the loose, lock ur doors', ['status:custody=at_large']],
  ['heard they made an arrest in the stabbing', ['status:custody=arrested', 'event=stabbing']],
  ['the guy who did it got away', ['status:custody=at_large']],
  ['two hikers caught in the rockslide', ['event=landslide', 'count:hiker=2'], ['status:custody=arrested']],
  ['drivers caught in traffic for hours', [], ['status:custody=arrested']],
  ['3 hikers were rescued off the ridge', ['outcome:person=alive', 'count:rescued=3'], ['status:custody=arrested']],
  ['the suspect hasnt been caught yet', ['status:custody=at_large!'], ['status:custody=arrested']],
  // casualties
  ['2 ppl killed in the crash on 5th', ['outcome:person=dead', 'count:dead=2', 'event=crash']],
  ['no one was hurt thank god', ['outcome:person=unharmed!', 'count:injured=0!']],
  ['driver treated and released, everyone else unharmed', ['outcome:person=alive', 'outcome:person=unharmed']],
  ['a dozen people injured at the concert', ['outcome:person=injured', 'count:injured=12']],
  ['the officer is in critical condition', ['outcome:person=injured']],
  ['3 ppl dead??? my cousin was there', ['count:dead=3', 'outcome:person=dead']],
  ['everyone is ok!! 🙏', ['outcome:person=unharmed']],
  // drills
  ['its just a drill ppl calm down', ['status:exercise=test']],
  ['THIS IS NOT A DRILL', ['status:exercise=real!']],
  ['the sirens were a test', ['status:exercise=test']],
  // scams
  ['that text from the sheriff is a SCAM dont click', ['status:legitimacy=scam']],
  ['the alert text is legit, it really is from the county', ['status:legitimacy=legit']],
  ['its not a scam, the fundraiser is real', ['status:legitimacy=legit']],
  // bans / curfews
  ['BURN BAN IN EFFECT til further notice', ['status:order=in_effect']],
  ['curfew lifted!!! 🎉🎉', ['status:order=lifted']],
  ['no curfew tonight, they called it off', ['status:order=lifted']],
  ['curfew extended through Friday smh', ['status:order=in_effect', 'time:day=friday']],
  ['the curfew continues tonight', ['status:order=in_effect']],
  ['lockdown is done, kids are being released', ['status:order=lifted']],
  ['curfew is no longer in effect', ['status:order=lifted']],
  ['hikers have been caught in the flood', [], ['status:custody=arrested']],
  ['all clear given at the school', ['status:order=lifted']],
  ['the ban was cancelled', ['status:order=lifted']],
  ['the party is still going lol', [], ['status:order=in_effect']],
  ['over 200 homes are under the evacuation order', [], ['status:order=lifted']],
  // outages
  ['power is out on the whole east side', ['status:service=out']],
  ['power is back on in my area!!', ['status:service=restored']],
  ['911 lines are down, call the non emergency number', ['status:service=out']],
  ['water service restored on Elm St', ['status:service=restored']],
  // changes told in one sentence
  ['the road was closed but has now reopened', ['status:closure=open'], ['status:closure=closed']],
  ['I-90 reopened earlier but is closed again', ['status:closure=closed'], ['status:closure=open']],
];

// Statement wording the claim vocabulary above must not misread.
const STATEMENTS: Array<[string, string[], string[]?]> = [
  ['The evacuation order was lifted; the road remains closed.', ['status:order=lifted', 'status:closure=closed'], ['status:order=in_effect']],
  ['Evacuation orders remain in place for Zones 4 and 5.', ['status:order=in_effect'], ['status:order=lifted']],
  ['Police made an arrest; a second suspect remains at large.', ['status:custody=arrested', 'status:custody=at_large']],
  // Two clauses, two things: both values stand.
  ['The boat launch is closed until April 10; the walking trail stays open.', ['status:closure=closed', 'status:closure=open']],
  ['The suspect was caught on camera leaving the store.', [], ['status:custody=arrested']],
  ['Residents should remain indoors with windows and doors closed.', ['status:protective_action=shelter'], ['status:closure=closed']],
  ['School doors will be locked, but the school remains open.', ['status:closure=open'], ['status:closure=closed']],
  ['The boil water advisory issued Monday has been lifted.', ['status:order=lifted'], ['status:order=in_effect']],
  ['The evacuation warning was upgraded to an order at 3 p.m.', ['status:alert_level=order'], ['status:alert_level=warning']],
  ['Crews reopened the road that was closed by the crash.', ['status:closure=open'], ['status:closure=closed']],
  ['Lanes reopened after the crash closed them.', ['status:closure=open'], ['status:closure=closed']],
  ['The road is open again after being closed for hours.', ['status:closure=open'], ['status:closure=closed']],
  ['The store is open; please keep the door closed to keep smoke out.', ['status:closure=open'], ['status:closure=closed']],
  ['No one has been arrested.', ['status:custody=at_large!', 'count:arrested=0!'], ['status:custody=arrested']],
  ["It's over there by the bridge.", [], ['status:order=lifted']],
];

describe('extractKeyFacts on statements', () => {
  it.each(STATEMENTS)('%s', (text, want, never = []) => {
    const got = factsOf(text);
    expect(got).toEqual(expect.arrayContaining(want));
    for (const fact of never) expect(got).not.toContain(fact);
  });
});

describe('extractKeyFacts on social-media claims', () => {
  it.each(CLAIMS)('%s', (text, want, never = []) => {
    const got = factsOf(text);
    expect(got).toEqual(expect.arrayContaining(want));
    for (const fact of never) expect(got).not.toContain(fact);
  });
});

// [claim, statement, what the comparison must report: 'shared' | 'conflict' | 'claimOnly', the slot]
const PAIRS: Array<[string, string, 'shared' | 'conflict' | 'claimOnly', string]> = [
  ['shelter in place is still going??', 'The shelter-in-place order has been lifted.', 'conflict', 'status:order'],
  ['heard the curfew is over', 'The curfew remains in effect until 6 a.m.', 'conflict', 'status:order'],
  ['curfew still on tonight?', 'The curfew remains in effect until 6 a.m.', 'shared', 'status:order'],
  ['the boil notice hasnt been lifted', 'The boil water notice for Eastgate was lifted Monday.', 'conflict', 'status:order'],
  ['you can drink the tap water again', 'Residents must not drink tap water until further notice.', 'conflict', 'status:water'],
  ['MAIN ST IS CLOSED', 'Main St was closed overnight but has now reopened.', 'conflict', 'status:closure'],
  ['main st is open again', 'Main St was closed overnight but has now reopened.', 'shared', 'status:closure'],
  ['boat launch closed until april 10', 'The boat launch is closed until April 10; the walking trail stays open.', 'shared', 'status:closure'],
  ['its only an evacuation warning', 'The evacuation warning for Zone 3 was upgraded to an order.', 'conflict', 'status:alert_level'],
  ['evac ORDER for zone 3', 'The evacuation warning for Zone 3 was upgraded to an order.', 'shared', 'status:alert_level'],
  ['the fire is spreading fast', 'The Ridge Fire is 80% contained.', 'conflict', 'status:spread'],
  ['the missing boy was found!!', 'The boy reported missing Sunday has been found safe.', 'shared', 'status:search'],
  ['they never found the boy', 'The boy reported missing Sunday has been found safe.', 'conflict', 'status:search'],
  ['suspect still on the loose', 'The suspect was taken into custody at 4 p.m.', 'conflict', 'status:custody'],
  ['hikers caught in the rockslide', 'Two hikers were rescued after the rockslide.', 'shared', 'event'],
  ['3 ppl dead in the crash', 'One person died in the crash.', 'conflict', 'count:dead'],
  ['no one was hurt', 'Two people were treated for minor injuries.', 'conflict', 'outcome:person'],
  ['its just a drill', 'This was not a drill; crews responded to a real gas leak.', 'conflict', 'status:exercise'],
  ['that text is a scam', 'The text message about road closures is legitimate and was sent by the county.', 'conflict', 'status:legitimacy'],
  ['no curfew tonight', 'A curfew is in effect from 9 p.m. tonight.', 'conflict', 'status:order'],
  ['power is back on', 'About 2,000 customers remain without power.', 'conflict', 'status:service'],
  ['keep your windows shut', 'Highway 12 is closed.', 'claimOnly', 'status:protective_action'],
  ['the burn ban is in effect', 'Open fires are not allowed.', 'claimOnly', 'status:order'],
];

describe('compareFacts on social-media claims', () => {
  it.each(PAIRS)('%s / %s → %s %s', (claimText, statementText, expected, slot) => {
    const result = compareFacts(extractKeyFacts(claimText, lexicon), extractKeyFacts(statementText, lexicon), lexicon);
    const shared = result.shared.some((p) => p.claim.slot === slot);
    const conflict = result.conflicts.some((p) => p.claim.slot === slot);
    const claimOnly = result.claimOnly.some((f) => f.slot === slot);
    expect({ shared, conflict, claimOnly }).toEqual({ shared: expected === 'shared', conflict: expected === 'conflict', claimOnly: expected === 'claimOnly' });
  });
});
