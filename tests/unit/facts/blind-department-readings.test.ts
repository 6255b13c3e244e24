import { compareFacts, extractKeyFacts } from '../../../src/core/facts';
import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';
import { factsOf, lexicon } from './lexicon';

/**
 * Readings the blind departments of the eleventh session showed wrong (issue 16), each in words
 * of its own, with the reading that must not change beside it.
 */
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);
const conflicts = (claim: string, statement: string): string[] =>
  compareFacts(extractKeyFacts(claim, lexicon), extractKeyFacts(statement, lexicon), lexicon).conflicts.map((c) => `${c.claim.slot}:${c.why}`);

describe('key facts the blind departments showed wrong', () => {
  // Fifteenth session: 27 false rumours over the fixture and training departments turned a
  // proposal into an approval ("council approved the police drones") and were 'unclear'.
  it('reads a decision as proposed or approved, "approved" and "passed" only beside who decides or what', () => {
    expect(factsOf('so city council approved the police drones')).toContain('status:decision=approved');
    expect(factsOf('The Council will consider a proposal to buy two drones. No decision has been made.')).toContain('status:decision=proposed');
    expect(factsOf("its only a proposal, nothing's been approved yet")).toContain('status:decision=proposed');
    expect(factsOf('the board has not approved the fare hike')).toContain('status:decision=proposed!');
    expect(factsOf('the levee passed inspection').filter((f) => f.startsWith('status:decision'))).toEqual([]);
    expect(factsOf('calling it now, the board passes the fare hike in march').filter((f) => f.startsWith('status:decision'))).toEqual([]);
    // "no proposal would close it" approves nothing.
    expect(factsOf('no proposal before the board would close the station')).not.toContain('status:decision=approved');
  });

  // Third blind round (ocem-09, ocem-10, wcso-06): true posts said contradicted.
  it('reads no shooting from "shot records", no one found from "no damage found", and "CR 12 is open again" as open', () => {
    expect(factsOf('bring shot records and a leash').filter((f) => f.startsWith('event'))).toEqual([]);
    expect(factsOf('the dam got inspected, no damage found').filter((f) => f.startsWith('status:search'))).toEqual([]);
    expect(factsOf('the missing boy was found safe')).toContain('status:search=found');
    expect(factsOf('fyi CR 12 is open again since 8 this morning')).toContain('status:closure=open');
  });

  it('gives a claim slot two values when the aligned sentence leaves one open and the other is looked up elsewhere', () => {
    const claim = [...extractKeyFacts('county road 12 is open again', lexicon), ...extractKeyFacts('elm st still blocked off', lexicon)];
    const closed = claim.filter((f) => f.slot === 'status:closure' && f.value === 'closed');
    expect(closed).toHaveLength(1);
    // Compared alone, "blocked" conflicts with "reopened"; read with the whole claim, which also says open, it does not.
    const statement = extractKeyFacts('County Road 12 reopened this morning.', lexicon);
    expect(compareFacts(closed, statement, lexicon).conflicts).toHaveLength(1);
    expect(compareFacts(closed, statement, lexicon, claim).conflicts).toHaveLength(0);
  });

  it('contradicts an approval the statement says is only proposed, and supports "only a proposal"', () => {
    const drones = 'Council to consider police drone pilot. The City Council will consider a proposal to buy two drones for the police department at its May 4 meeting. A public hearing will be held first. No decision has been made.';
    expect(verdict('so city council approved the police drones, flying next week', drones).stance).toBe('contradicts');
    expect(verdict('the police drone thing is just a proposal, public hearing before the may 4 council vote', drones).stance).not.toBe('contradicts');
  });

  it('reads "only a proposal", "just a drill" as merely that, not as a scope', () => {
    expect(factsOf("the fare hike is NOT final, it's only a proposal")).not.toContain('scope=only');
    expect(factsOf('relax, it was only a drill')).not.toContain('scope=only');
    expect(factsOf('only the northbound lanes are closed')).toContain('scope=only');
    // Seventeenth session: said of a state, with no article.
    expect(factsOf('the curfew thing is only PROPOSED btw, council hasnt voted')).not.toContain('scope=only');
    expect(factsOf('the evacuation is only voluntary for now')).not.toContain('scope=only');
    expect(factsOf('only residents are allowed past the barricade')).toContain('scope=only');
  });

  it('lets two scopes conflict only when they scope the same thing or two parts of roads, lines or areas', () => {
    expect(conflicts('the work is only Harbor Point to Selwyn Park', 'Shuttles run every 10 minutes, and all shuttle buses are wheelchair accessible.')).not.toContain('scope:scope');
    expect(conflicts('only the northbound lanes are closed', 'the whole highway is shut down')).toContain('scope:scope');
  });

  it('lets a scope over a named county conflict with one over part of a township ("ALL OF HALDEN COUNTY")', () => {
    expect(conflicts('EVACUATION ORDER FOR ALL OF HALDEN COUNTY because of the grass fire', 'Evacuation Order Lifted for Part of Welland Township After Grass Fire Contained.')).toContain('scope:scope');
    expect(factsOf('all clear given at noon')).not.toContain('scope=all');
  });

  it('reads "no $$ approved" as negated like "no funding has been approved"', () => {
    expect(factsOf("Commission hasn't voted and no $$ approved")).toContain('contrast:approv|disapprov=disapprov!');
  });

  it('reads "the missing-person investigation is closed" as no one missing', () => {
    expect(factsOf('The missing-person investigation is closed.')).not.toContain('status:search=missing');
    expect(factsOf('a missing person report was filed')).not.toContain('status:search=missing');
    expect(factsOf('the girl is STILL missing')).toContain('status:search=missing');
  });

  it('reads which way of a road a post names', () => {
    expect(factsOf('Six vehicles crashed on southbound State Route 41')).toContain('place:direction=southbound');
    expect(conflicts('crash on southbound Route 41 near the Maple Ford exit', 'A crash closed two lanes of northbound Route 41 near the Maple Ford exit.')).toContain('place:direction:place');
  });

  it('names no area from a headline that capitalises every word', () => {
    expect(factsOf('Swimmer Rescued at Osterly Beach in Stable Condition').filter((f) => f.startsWith('place:area'))).toEqual([]);
    expect(factsOf('a crash near Northgate this morning')).toContain('place:area=northgate');
  });

  it('reads "closed to the public" as closed, and "close to" as near', () => {
    expect(factsOf('Dock C is closed to the public until cleanup is complete.')).toContain('status:closure=closed');
    expect(factsOf('the shelter is close to the school')).not.toContain('status:closure=closed');
  });

  it('reads "March 14" as a date, not a protest march', () => {
    expect(factsOf('Since Saturday, March 14, we have received 38 reports.')).not.toContain('event=protest');
    expect(factsOf('a march is planned downtown')).toContain('event=protest');
  });

  it('keeps two places\' opposite states apart when a clause names the second ("..., but Seaview Pier is still open")', () => {
    const facts = factsOf('Crescent Pier is shut while the surf is high, but Seaview Pier is still open');
    expect(facts).toEqual(expect.arrayContaining(['status:closure=closed', 'status:closure=open']));
    expect(factsOf('The evacuation warning for Zone 3 was upgraded to an order.')).not.toContain('status:alert_level=warning');
  });

  it('reads "the paddler who went missing" as who someone is, not that they are still missing', () => {
    expect(factsOf('the paddler who went missing out of Gull Cove is OK')).not.toContain('status:search=missing');
    expect(factsOf('the hiker who is still missing')).toContain('status:search=missing');
    expect(factsOf('a woman went missing Tuesday')).toContain('status:search=missing');
  });
  // Sixteenth session, round 4 (blind): "county just passed the 200 ft no wake rule" was not read
  // as an approval, and "Zones A and B" named no zone.
  it('reads "passed" beside a county, city or rule as approved, not a storm that passed through', () => {
    expect(factsOf('the township just passed the leash rule for the dog park')).toContain('status:decision=approved');
    expect(factsOf('the storm passed through the county overnight').filter((f) => f.startsWith('status:decision'))).toEqual([]);
    expect(factsOf('the front passed over the city at noon').filter((f) => f.startsWith('status:decision'))).toEqual([]);
  });

  it('reads each zone of a list under one word ("Zones A and B", "zones 3, 4 & 5")', () => {
    expect(factsOf('Mandatory evacuation for Zones A and B; voluntary for Zone C').filter((f) => f.startsWith('place:zone'))).toEqual(['place:zone=zone a', 'place:zone=zone b', 'place:zone=zone c']);
    expect(factsOf('zones 3, 4 & 5 must leave').filter((f) => f.startsWith('place:zone'))).toEqual(['place:zone=zone 3', 'place:zone=zone 4', 'place:zone=zone 5']);
  });
  // Sixteenth session, round 4 (read after its first run): true posts said contradicted or not
  // addressed by a misread word.
  it('reads "back on" as service back only beside what is served, and no count in a road\'s number', () => {
    expect(factsOf('one firefighter got hurt but he is already back on duty').filter((f) => f.startsWith('status:service'))).toEqual([]);
    expect(factsOf('dont put ur car back on the snow routes yet').filter((f) => f.startsWith('status:service'))).toEqual([]);
    expect(factsOf('power is back on across the east side')).toContain('status:service=restored');
    expect(factsOf('CR 9 CLOSED between mill rd and oak ln').filter((f) => f.startsWith('count:'))).toEqual([]);
  });

  it('lets two denials agree and a count of some people fit a count of all, not the reverse', () => {
    expect(conflicts('no boil order, the water is fine', 'The water remains safe to drink, and no boil-water advisory is in effect.')).toEqual([]);
    expect(conflicts('2 kids were taken to the hospital', 'Four people were taken to the hospital.')).toEqual([]);
    expect(conflicts('2 people SHOT at the dorm', 'One student was shot at the dorm.')).toContain('count:people:count');
  });

  it('does not oppose buying to selling', () => {
    expect(conflicts('you can still buy fireworks at the stands', 'Selling fireworks is not prohibited by this order; only setting them off is.')).toEqual([]);
  });
});

describe('verdicts the blind departments showed wrong', () => {
  // Sixteenth session: a post's value in conflict with the aligned sentence was rescued by the
  // same value said of another zone elsewhere in the statement (a training department's false
  // rumour, exposed when "CR-12" stopped being read as a count).
  it('does not take a state said of another zone elsewhere in the statement as said of the post\'s', () => {
    const zones = 'Fire update for Monday. As of 8 a.m. the evacuation warning for Zone EV-14 has been lifted. Zone EV-12 (Pine Flats) remains under a mandatory evacuation order. Crews are still working active fire near Pine Flats Road, and the roadblock there remains in place. The fire is 35% contained.';
    expect(verdict('EV-12 pine flats road folks can go home now, crews done with the fire!! order lifted', zones).stance).toBe('contradicts');
    // Nor is the number of a zone code a count: "EV-12 pine flats" is no twelve pines.
    expect(factsOf('EV-12 pine flats folks can go home').filter((f) => f.startsWith('count:'))).toEqual([]);
  });

  // Sixteenth session, round 5 (read after its first run): "NF-6 still under evac warning" against
  // "The warning for Zone NF-6 has been lifted" was 'not addressed': "still under" was no state.
  it('reads "still under" and "remains under" an order as in effect, and contradicts a lifted one', () => {
    expect(factsOf('ZN-9 still under evac warning')).toContain('status:order=in_effect');
    expect(factsOf('Zone ZN-2 remains under a mandatory evacuation order.')).toContain('status:order=in_effect');
    expect(factsOf('he is still under investigation').filter((f) => f.startsWith('status:order'))).toEqual([]);
    expect(verdict('ZN-9 still under evac warning', 'Evacuation update. The warning for Zone ZN-9 has been lifted. Residents may return.').stance).toBe('contradicts');
  });

  // Sixteenth session, round 5: "the sirens at 10am wed are a real tornado warning not a test" was
  // 'unclear' against "Outdoor warning sirens to be tested Wednesday": neither side's words read.
  it('reads "tested" beside sirens as a test and "a real tornado warning" as real, and contradicts the one with the other', () => {
    expect(factsOf('Outdoor warning sirens to be tested Wednesday at 10 a.m.')).toContain('status:exercise=test');
    expect(factsOf('that was a real tornado warning')).toContain('status:exercise=real');
    expect(factsOf('the well water was tested and is safe').filter((f) => f.startsWith('status:exercise'))).toEqual([]);
    const sirens = 'Outdoor warning sirens to be tested Wednesday. Harlan County will test all 18 of its outdoor warning sirens at 10 a.m. Wednesday. No action is needed.';
    expect(verdict('the sirens at 10am wednesday are a real tornado warning not a test, get to your basement!!!', sirens).stance).toBe('contradicts');
  });

  // Sixteenth session, round 5: "heard he didnt make it" against "in stable condition" and
  // "ACTIVE SHOOTER at linden springs high" against an announced active-threat drill had no reading.
  it('reads "didn\'t make it" as a death (not "didnt make it to the game") and an active threat as a shooting', () => {
    expect(factsOf('RIP to the man shot on elm road, heard he didnt make it')).toContain('outcome:person=dead');
    expect(factsOf('sadly she didn\'t make it')).toContain('outcome:person=dead');
    expect(factsOf('we didnt make it to the game').filter((f) => f.startsWith('outcome:'))).toEqual([]);
    expect(factsOf('a planned active-threat training drill at the high school')).toContain('event=shooting');
    const shot = 'Man shot on Elm Road. A 30-year-old man was shot late Thursday in the 400 block of Elm Road and is in stable condition.';
    expect(verdict('RIP to the guy shot on elm road 💔 heard he didnt make it', shot).stance).toBe('contradicts');
  });

  // Sixteenth session: true posts were 'not addressed' for a key fact that was no fact: "apr 14 thru
  // june 6" as a count of "thru", "23 vs 41 last yr" as a count of "last", "are just the monthly
  // test" as a scope.
  it('reads no count before "thru" or "last", and "is just the ..." as what a thing is, not a scope', () => {
    expect(factsOf('tree crews doing north + east districts apr 14 thru june 6').filter((f) => f.startsWith('count:'))).toEqual([]);
    expect(factsOf('bike thefts are DOWN, 23 vs 41 last yr').filter((f) => f.startsWith('count:'))).toEqual([]);
    expect(factsOf('2 killed last night')).toContain('count:dead=2');
    expect(factsOf('the 11am sirens are just the monthly test').filter((f) => f.startsWith('scope'))).toEqual([]);
    expect(factsOf('just the northbound lanes are closed')).toContain('scope=only');
  });

  // Sixteenth session: "5 ppl", "400 ppl marched" were counts of "ppl", never stated by a
  // statement that counts people; "2 ppl from the car" was a count of cars.
  it('reads "ppl" as people, and a place after people as no part of what is counted', () => {
    expect(factsOf('about 400 ppl marched from founders park to city hall')).toContain('count:people=320-480');
    expect(factsOf('2 ppl from the car went to the hospital').filter((f) => f.startsWith('count:vehicles'))).toEqual([]);
    expect(factsOf('2 ppl from the car went to the hospital')).toContain('count:people=2');
  });

  // Sixteenth session, round 6 (read after its first run): "north strand STILL closed from tower 5"
  // was supported by "Towers 9 and 10 stay closed": towers named no place.
  it('reads lifeguard towers, beach sections, berths, piers and lots as zones, one each in a list', () => {
    expect(factsOf('Towers 9 and 10 stay closed after a second sighting').filter((f) => f.startsWith('place:zone'))).toEqual(['place:zone=tower 9', 'place:zone=tower 10']);
    expect(factsOf('Sections C and D are closed to swimming').filter((f) => f.startsWith('place:zone'))).toEqual(['place:zone=section c', 'place:zone=section d']);
    expect(factsOf('park in lot a').filter((f) => f.startsWith('place:zone'))).toEqual([]);
    const beach = 'Beach partially reopens. The water reopened to swimming from Tower 5 to Tower 8 at 10 a.m. Sunday. The water from Tower 9 to Tower 10 remains closed.';
    expect(verdict('the beach is STILL closed at tower 6, dont bother driving out', beach).stance).not.toBe('supports');
  });

  // Sixteenth session: "GP-14 STILL MANDATORY" was supported by a headline that says "mandatory"
  // of another zone, while the body says GP-14 was downgraded from mandatory to a warning.
  it('does not support a state the statement says was changed at the post\'s place', () => {
    const update = 'Ridge Fire update: Zone RF-3 lowered to warning, Zone RF-5 now under mandatory order. As of 7 a.m. Thursday, Zone RF-3 (Pine Road and the Hollow subdivision) has been downgraded from a mandatory evacuation order to an evacuation warning. A new mandatory evacuation order is in effect for Zone RF-5.';
    const v = verdict('RF-3 STILL MANDATORY. do NOT go back to the hollow!!', update);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/"mandatory" no longer holds there/);
    expect(verdict('RF-5 is mandatory now, get out', update).reasons.map(describeStanceReason).join(' ')).not.toMatch(/no longer holds/);
  });

  it('does not let a word of a post\'s "if someone ..." clause decide a contradiction', () => {
    const scam = 'Jury duty scam calls. The Sheriff\'s Office does not call people about missed jury duty and will never ask for payment by gift card.';
    // The model leans to `contradicts` here (48%); the negated word is shown but does not decide.
    const post = 'if someone calls saying u missed jury duty and need to buy gift cards, HANG UP';
    expect(verdict(post, scam).reasons.map(describeStanceReason).join(' ')).toMatch(/"calls" did not happen/);
    expect(verdict(post, scam).stance).not.toBe('contradicts');
    // With the sheriff's word retold too, the model is sure enough (75%) to outweigh the word.
    expect(verdict(`PSA ${post}. the sheriff says they never do that`, scam).stance).toBe('supports');
  });

  // Sixteenth session, round 4 (blind): three false rumours were 'supports'.
  it('does not support a post that says of all what the statement says of some, nor a zone the order was not for', () => {
    const thefts = 'Five bikes stolen from the Elm Street rack. Five bicycles were stolen from the rack on Elm Street last week. Three of the bikes have been recovered. The other two have not been found.';
    const all = verdict('great news, all 5 bikes stolen from the elm st rack were found!', thefts);
    expect(all.stance).not.toBe('supports');
    expect(all.reasons.map(describeStanceReason).join(' ')).toMatch(/of only some/);
    // A post that tells the split itself is not held back by it.
    expect(verdict('3 of the elm st bikes were recovered, the other 2 still not found', thefts).reasons.map(describeStanceReason).join(' ')).not.toMatch(/of only some/);
    const zones = 'Evacuation orders. Mandatory evacuation for Zones 1 and 2; voluntary evacuation for Zone 3. Residents of Zone 3 who use medical equipment are urged to leave.';
    expect(verdict('ZONE 3 IS MANDATORY NOW. leave', zones).stance).not.toBe('supports');
    const ordinance = 'Hearing on a proposed leash ordinance. The Township Board will hold a public hearing on a proposed ordinance requiring dogs to be leashed at Miller Park. The ordinance has not been approved.';
    expect(verdict('township just passed the leash rule for miller park, they are writing tickets already', ordinance).stance).toBe('contradicts');
  });

  it('does not hear a denial in "wrong-way driver"', () => {
    const v = verdict('someone keeps breaking into trucks at the Pell Crossing park and ride', 'Wrong-way driver stopped on SR 112 near Pell Crossing and arrested. No one was injured.');
    expect(v.stance).not.toBe('contradicts');
  });

  it('does not contradict a post about the pier that stayed open with the one that closed', () => {
    const v = verdict('Crescent Pier is shut while the surf warning is on, but Seaview Pier is still open if you want to watch the waves', 'High Surf Warning Friday and Saturday; Crescent Pier Closed. Waves of 10 to 14 feet are expected. Crescent Pier is closed until the warning ends.');
    expect(v.stance).not.toBe('contradicts');
  });

  it("never supports a post whose state the statement says of another place", () => {
    const pass = 'Tamarack Pass (SR 19) closed for snow; chains required on SR 140 over Keller Summit. Crews expect to reopen Tamarack Pass Thursday.';
    const v = verdict("Don't bother with Keller Summit either, SR 140 is CLOSED. no way over the mountains today", pass);
    expect(v.stance).toBe('unclear');
    expect(v.reasons.map(describeStanceReason).join(' ')).toBe('the statement says it of "SR 19"; the claim says it of "SR 140": read the statement');
    expect(v.sentence).toMatch(/^Tamarack Pass/);
    const algae = 'Toxic Algae Advisory Issued for Fenmore Lake. We issued a toxic algae advisory for Fenmore Lake today. The advisory applies only to Fenmore Lake; other lakes, including Lake Osterly, are not affected.';
    expect(verdict('Toxic algae advisory issued for Lake Osterly, no swimming until further notice', algae).stance).not.toBe('supports');
  });

  // Fifteenth session's blind departments (gpso-23, kfe-27): a post's place or level is written in
  // lower case or shouted, so it is read by the names the statement gives.
  it('never supports a post whose level the statement gives another state of', () => {
    const stages = 'Commissioners to weigh Stage 3 water restrictions; Stage 2 stays in effect. The board meets Tuesday. No decision has been made on Stage 3.';
    const v = verdict('stage 3 water restrictions are in effect as of today, no lawn watering at all', stages);
    expect(v.stance).toBe('unclear');
    expect(v.reasons.map(describeStanceReason).join(' ')).toBe('the statement says it of "Stage 2"; the claim says it of "stage 3": read the statement');
    expect(verdict('stage 2 water restrictions stay in effect, the board has not decided on stage 3', stages).stance).not.toBe('unclear');
  });

  it('never supports a post giving a place the state the statement says of other places, when it says another of that place', () => {
    const fire = 'Harlow Fire update. The mandatory evacuation order for Quarry Lane and Tern Road was lifted at 5 p.m. The Maple Heights neighborhood remains under an evacuation warning: residents are not required to leave but should be ready.';
    const v = verdict('Maple Heights residents are under a mandatory evacuation order now', fire);
    expect(v.stance).toBe('unclear');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/says it of "Quarry Lane", "Tern Road"; the claim says it of "Maple Heights"/);
    // Nothing said of the post's place otherwise: a town and the street of the plant in it may be one place.
    const plant = 'Chlorine leak at the Dexter plant. Residents within half a mile of the plant on Mason Road should shelter in place. Keep windows closed.';
    expect(verdict('if you live near the dexter plant in Harlow Mills shelter in place and keep windows closed', plant).reasons.map(describeStanceReason).join(' ')).not.toMatch(/says it of/);
  });

  it('never supports a post giving a state to more of the statement\'s named places than it does', () => {
    const fire = 'Ashby Fire update. The evacuation warning for the Linden Hollow neighborhood was lifted at 9 a.m. The warning for Fox Meadow remains in effect.';
    expect(verdict('Evacuation warnings for Linden Hollow and Fox Meadow have been lifted', fire).stance).toBe('unclear');
    // An emoji parts a post's clauses: the state is given to the places before it only.
    const lifted = 'Shelter-in-place lifted for Linden Hollow; remains in effect for Fox Meadow. As of 2 p.m. the shelter-in-place order is lifted for the Linden Hollow neighborhood.';
    expect(verdict('shelter in place is lifted for linden hollow as of 2pm ✅ fox meadow still has to stay inside', lifted).reasons.map(describeStanceReason).join(' ')).not.toMatch(/says it of/);
  });

  // Training departments (mcc-29, olfd-17): "If approved, construction would begin".
  it('never supports a post asserting a state the statement says only as what may happen', () => {
    const bridge = 'Elm Street bridge inspection next week. Engineers will inspect the Elm Street bridge on Tuesday. If cracks are found, the bridge would close for repairs.';
    const v = verdict('the elm street bridge is closed for repairs, engineers found cracks', bridge);
    expect(v.stance).toBe('unclear');
    expect(v.reasons.map(describeStanceReason).join(' ')).toBe('the statement says "closed" only as what may happen ("would close"): read the statement');
    expect(verdict('engineers inspect the elm street bridge tuesday, if they find cracks it would close for repairs', bridge).stance).toBe('supports');
    // A decision said only as "if approved" against one "approved" is now read as proposed against approved.
    const wing = 'Board to weigh a new library wing. The Ashby Board will consider a $12 million library wing on May 4. The plan is a proposal only. If approved, construction would begin in 2028.';
    expect(verdict('the board approved the $12 million library wing, construction starts 2028', wing).stance).toBe('contradicts');
    // "Once" tells what happened.
    const cleared = 'Route 9 update. Once crews cleared the debris Route 9 reopened to traffic at 6 a.m. Drivers should expect delays.';
    expect(verdict('route 9 reopened to traffic at 6am after crews cleared the debris', cleared).reasons.map(describeStanceReason).join(' ')).not.toMatch(/what may happen/);
    expect(verdict('board will consider a $12 million library wing on may 4, if approved construction would begin in 2028', wing).reasons.map(describeStanceReason).join(' ')).not.toMatch(/what may happen/);
  });

  it('still supports a post that says the state of the place the statement says it of', () => {
    const closure = 'Miller Road closed at the creek crossing. Miller Road is closed at the creek crossing after a washout. Crews expect to reopen it Friday.';
    expect(verdict('Miller Road is closed at the creek crossing after a washout, crews say it reopens Friday', closure).stance).toBe('supports');
  });

  it('never supports a post that gives a state to more places than the statement does', () => {
    const lifted = 'Evacuation warning lifted on Elm Street. The evacuation warning on Elm Street was lifted at 10 a.m. The warning on Oak Street remains in place.';
    expect(verdict('The evacuation warnings on Elm Street and Oak Street have been lifted', lifted).stance).not.toBe('supports');
  });

  // Seventeenth session (round 7): a street "taped off" is closed.
  it('reads a street taped, coned or roped off as closed', () => {
    expect(factsOf('pruitt ave still taped off between 2nd and 4th')).toContain('status:closure=closed');
    expect(factsOf('the left lane is still coned off')).toContain('status:closure=closed');
  });
});
