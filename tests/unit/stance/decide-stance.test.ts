import { decideStance, describeStanceReason, prepareClaimSide, prepareStatementSide, StanceJudge } from '../../../src/core/stance';
import { stanceReader } from '../../helpers/stance-reader';

// Invented statements and posts (not the demo department, not the fixture departments).
const reader = stanceReader();
const verdict = (claim: string, statement: string) => decideStance(prepareClaimSide(claim, reader.lexicon), prepareStatementSide(statement, reader.lexicon), reader);

const bridge = 'Oak Street Bridge update. The Oak Street bridge remains closed while engineers inspect the supports. Drivers should use Route 9.';
const rockslide = 'Miller Canyon rockslide. Both hikers caught in the rockslide on Saturday were rescued uninjured by our search and rescue team.';
const arrest = 'Kent Avenue stabbing. The suspect was arrested this morning and is in custody. There is no danger to the public.';

describe('decideStance', () => {
  // Sixteenth session: a statement's "warning residents about a scam in which texts claim to come
  // from BPD" gave no facts (it reports what the texts say), so "those texts are legit" had no
  // conflict with the department's "scam".
  it('keeps a rumour-reporting sentence\'s own word that the messages are a scam', () => {
    const scam = 'Fake warrant texts. The Alder Police Department is warning residents about a scam in which text messages claim to come from the department and say the recipient has an outstanding warrant. The department does not text anyone to demand payment for a warrant, and officers will never ask for gift cards.';
    const v = verdict('FYI those alder PD warrant texts are legit, my cousin paid with a gift card and they cleared his warrant. dont ignore them!!', scam);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason)).toContain('the statement says "scam"; the claim says "legit" (the opposite, on legitimacy)');
  });

  // Sixteenth session: "robber is STILL on the loose" against a statement that told of the search
  // and then the arrest was 'not addressed' (the statement also says "was wanted").
  it('contradicts a post that says a state still holds after the statement\'s last word changed it, of the post\'s place', () => {
    const station = 'Fenwick Square station closed after a water main break. Fenwick Square station was closed Tuesday morning after a water main break. Crews repaired the main overnight, and Fenwick Square station reopened at 6 a.m. Wednesday.';
    const v = verdict('fenwick square station STILL closed and trains blowing right thru it', station);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason)).toEqual(['the statement\'s latest word is "reopened"; the claim says it is still "closed"']);
    const parks = 'Fire update. The Pell Hollow day-use area has reopened. Larkspur Flat Campground remains closed.';
    expect(verdict('Larkspur Flat campground is STILL closed, dont drive up there', parks).stance).not.toBe('contradicts');
    expect(verdict('is fenwick square station still closed?', station).reasons.map(describeStanceReason).join(' ')).not.toMatch(/latest word/);
  });

  // Sixteenth session: posts that retell the department's denial in their own negation were
  // 'contradicts' because the statement's "no" negated only the word after it ("No inmates
  // escaped" negated the inmates, "NOBODY escaped" the escape): 44 true posts over the fixtures.
  it('does not contradict a post that denies what the statement denies, worded its own way', () => {
    const jail = 'Lockdown at the county jail. The jail was locked down Tuesday after a fight in one housing unit. No inmates escaped, and all are accounted for.';
    expect(verdict('sheriff says NOBODY escaped from the jail, all inmates accounted for. lockdown was over a fight', jail).stance).not.toBe('contradicts');
    // The rumour the statement denies is still contradicted.
    expect(verdict('inmates escaped from the county jail during the lockdown, lock your doors', jail).stance).toBe('contradicts');
  });

  // Sixteenth session: a post that gives as current the place or time a statement says was
  // replaced was 'supports' (two false rumours, one a detour onto the wrong street).
  it('does not support a post that gives the replaced place or time as current', () => {
    const detour = 'Detours for the Harvest Parade on Saturday. Routes 5 and 9 will use Birch Street instead of Main Street between 1st Street and 8th Street from 9 a.m. to 2 p.m.';
    const wrong = verdict('parade saturday: routes 5 and 9 detouring onto Cedar Street instead of Main St, 9 to 2', detour);
    expect(wrong.stance).not.toBe('supports');
    expect(wrong.reasons.map(describeStanceReason).join(' ')).toMatch(/Birch Street/);
    const moved = 'Library story hour moves. Story hour at the Elm Branch Library will be held on Thursdays at 4 p.m., instead of the previous Tuesday 10 a.m. session.';
    const old = verdict('story hour at elm branch library is tuesdays at 10am', moved);
    expect(old.stance).not.toBe('supports');
    expect(old.reasons.map(describeStanceReason).join(' ')).toMatch(/no longer holds/);
  });

  // Fifteenth session: 21 false rumours over the fixture and training departments told an
  // announced drill as a real emergency ("ACTIVE SHOOTER AT TIDEWATER COMMONS!!!") and were
  // 'unclear' or 'not addressed'.
  it('contradicts a post that tells an announced drill as a real emergency, not one that retells the drill or asks', () => {
    const drill = 'Active-shooter training exercise at Harlow Mall on Sunday. Police, fire and EMS crews will hold an active-shooter training exercise at Harlow Mall on Sunday from 7 to 11 a.m. Residents may see police cars and ambulances and hear simulated gunfire.';
    const v = verdict('ACTIVE SHOOTER AT HARLOW MALL sunday morning!!! cops and ambulances everywhere, heard shots', drill);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason)).toEqual(['the statement announces it as a drill ("training exercise"); the claim tells it as a real emergency']);
    expect(verdict('heads up, big police training at harlow mall sunday morning, dont panic', drill).stance).not.toBe('contradicts');
    expect(verdict('is there an active shooter at harlow mall?? cops everywhere', drill).reasons.map(describeStanceReason).join(' ')).not.toMatch(/as a drill/);
    // A drill the statement announces of another incident says nothing of this one.
    const fire = 'House fire on Birch Road. Crews put out a house fire on Birch Road on Tuesday night; no one was hurt. The department will hold a training burn at the old Quarry Road school next month.';
    expect(verdict('HOUSE FIRE on birch road tuesday night, huge smoke, hope everyone got out', fire).reasons.map(describeStanceReason).join(' ')).not.toMatch(/as a drill/);
    // A post that puts the incident on another day may tell of a real one.
    expect(verdict('ACTIVE SHOOTER AT HARLOW MALL tuesday night!!! cops everywhere, heard shots', drill).reasons.map(describeStanceReason).join(' ')).not.toMatch(/as a drill/);
    // A statement that says the incident was real is no drill announcement.
    const real = 'Shooting at Harlow Mall. This was not a drill: officers responded to a real shooting at Harlow Mall on Sunday. One person was hurt.';
    expect(verdict('ACTIVE SHOOTER AT HARLOW MALL sunday!!! cops everywhere', real).reasons.map(describeStanceReason).join(' ')).not.toMatch(/as a drill/);
  });

  // Fifteenth session: a WordNet-axis word of the post the statement does not use ("glad",
  // "cold") made "not covered" of posts whose key facts the statement states.
  it('does not call a post "not addressed" for a feeling word, once the statement backs its key fact', () => {
    const arrest = 'Arrest made in Birch Avenue hit-and-run. Officers arrested a 41-year-old man on Monday in connection with the hit-and-run that injured a cyclist on Birch Avenue. The pickup involved was recovered. The cyclist remains in the hospital in serious condition.';
    const v = verdict('they arrested a 41 yr old for the birch ave hit and run and found the pickup. cold hearted', arrest);
    expect(v.stance).toBe('supports');
    expect(verdict('arrest made in the birch ave hit and run, pickup recovered. so glad, the cyclist is a sweet kid', arrest).stance).not.toBe('not_addressed');
    // Without a key fact backed, the unstated word still says the statement does not address it.
    expect(verdict('so glad the weather is cold and sunny on birch ave today', arrest).stance).not.toBe('supports');
  });

  it('says contradicts when the post reverses the statement\'s status, naming both words', () => {
    const v = verdict('The Oak Street bridge has reopened to traffic', bridge);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/closed.*reopened/);
    expect(v.sentence).toMatch(/remains closed/);
  });

  it('says contradicts when the post reverses an outcome or a custody status', () => {
    expect(verdict('two hikers died in the Miller Canyon rockslide', rockslide).stance).toBe('contradicts');
    expect(verdict('suspect from the Kent Ave stabbing is still on the loose, lock your doors', arrest).stance).toBe('contradicts');
  });

  // Until the fourteenth session's refit this came out `unclear` (the model fitted on public sets
  // alone gave one conflict little weight); the refitted model calls it what it is.
  it('says contradicts, not "not addressed", when a post sharing few words states a key fact the statement states otherwise', () => {
    const statement = 'UPDATE: Arrest made in Kent Avenue stabbing. Officers arrested a 24-year-old man at his home on Birch Lane on Tuesday night. He faces charges of aggravated assault.';
    const v = verdict('the guy who stabbed that man on Kent Ave is STILL out there, lock your doors and keep your kids inside tonight', statement);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/Arrest made.*still "?out there/i);
    expect(v.sentence).toMatch(/Arrest made/);
  });

  it('names the statement sentence that holds the deciding fact, even outside the best-aligned ones', () => {
    const statement = 'Pine Street Bridge closed as a precaution. Engineers closed the Pine Street Bridge over the Clear River to all traffic at dawn. This is a precaution. The bridge has not collapsed.';
    const v = verdict('The Pine Street Bridge just collapsed into the Clear River!!!', statement);
    expect(v.stance).toBe('contradicts');
    expect(v.sentence).toBe('The bridge has not collapsed.');
  });

  it('never says supports for a post that has someone shot where the statement says no one was hurt', () => {
    const lockdown = 'Ridgeline High School lockdown lifted. At 10:42 a.m. today Ridgeline High School was placed on lockdown after a caller reported seeing a person carrying what appeared to be a rifle near the student parking lot. Officers located a student carrying a long black umbrella. No weapon was found. Police lifted the lockdown at 11:31 a.m. No one was injured.';
    const v = verdict('Praying for Ridgeline High, hearing a student got shot during the lockdown this morning', lockdown);
    expect(['contradicts', 'unclear']).toContain(v.stance);
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/got shot/);
  });

  it('never says supports for a post that makes a closure last longer than the statement says', () => {
    const closure = 'Juniper Elementary closed Thursday due to a water main break. Juniper Elementary will be closed on Thursday. Students will attend classes at Lakeview Elementary. We expect Juniper Elementary to reopen on Friday.';
    const v = verdict('Juniper Elementary closed the rest of the week for that water main break, good luck parents', closure);
    expect(v.stance).not.toBe('supports');
    expect(verdict('Juniper Elementary is closed Thursday for the water main break, classes at Lakeview', closure).stance).not.toBe('contradicts');
  });

  it("does not read a post that calls the department's scam warning a scam as restating the rumour", () => {
    const scam = 'Beware of a fake free bus pass offer. Posts on Facebook offer a "free one-year pass" to anyone who shares the post and pays a $1.99 "shipping fee." This offer is a scam and is not from the transit authority. We never ask for card details in messages.';
    const v = verdict('That free one-year bus pass post is a SCAM, they never ask for card details, do not pay the shipping fee', scam);
    expect(v.stance).not.toBe('contradicts');
    expect(verdict('The free one-year bus pass is real, just pay the $1.99 shipping fee', scam).stance).not.toBe('supports');
  });

  it('never says supports for a post that reverses a key fact', () => {
    for (const claim of ['The Oak Street bridge has reopened to traffic', 'two hikers died in the Miller Canyon rockslide', 'Kent Ave stabbing suspect escaped and is at large']) {
      expect(verdict(claim, claim.includes('Oak') ? bridge : claim.includes('Miller') ? rockslide : arrest).stance).not.toBe('supports');
    }
  });

  it('says supports only with the statement\'s key facts shared and names them', () => {
    const v = verdict('Oak St bridge is still closed while engineers inspect it, use Route 9', bridge);
    expect(['supports', 'unclear']).toContain(v.stance);
    if (v.stance === 'supports') expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/closed/);
  });

  it("does not read a statement's denial against a post that calls the rumour false too", () => {
    const water = 'Westside tap water is safe to drink; contamination posts are false. Tests at the plant found no bacteria.';
    expect(verdict('From @WestsideWater: Westside tap water is safe to drink; contamination posts are false', water).stance).not.toBe('contradicts');
    expect(verdict('Westside tap water is contaminated, do not drink it', water).stance).not.toBe('supports');
  });

  it('does not claim a statement settles a post about something else', () => {
    const v = verdict('Great pizza place opened on Oak Street, go try it', arrest);
    expect(v.stance === 'supports' || v.stance === 'contradicts').toBe(false);
  });

  it('gives probabilities that sum to one, a confidence among them, and at least one reason', () => {
    const v = verdict('The Oak Street bridge has reopened to traffic', bridge);
    const { supports, contradicts, not_addressed: notAddressed } = v.probabilities;
    expect(supports + contradicts + notAddressed).toBeCloseTo(1, 6);
    expect([supports, contradicts, notAddressed]).toContain(v.confidence);
    expect(v.reasons.length).toBeGreaterThan(0);
  });
  it('a question asserts nothing a negation in the statement could flip', () => {
    const plant = 'Ammonia leak at the Harlow ice plant stopped. Crews closed the leaking valve, and air monitoring found no ammonia in the neighborhood after 4 p.m.';
    const v = verdict('is Harlow getting fined for the ammonia leak or nah', plant);
    expect(v.stance).not.toBe('contradicts');
    expect(verdict('Is the Harlow plant getting fined for the ammonia leak?', plant).stance).not.toBe('contradicts');
  });

  it('reads "not hurt" against "uninjured" as agreement, not as opposite words', () => {
    const found = 'Missing hiker found. The hiker reported missing on the Cold Spring trail was found alive and uninjured this morning.';
    const v = verdict('Cold Spring hiker FOUND alive and not hurt this morning!!', found);
    expect(v.reasons.some((r) => r.kind === 'opposite_words')).toBe(false);
    expect(v.stance).not.toBe('contradicts');
  });

  it('a post restating the rumour a statement calls false is contradicted, wherever the statement says so', () => {
    const elm = 'Elm Street water main work. Crews are replacing a water main on Elm Street this week. Posts saying Elm Street tap water is contaminated with lead are false; tests found no lead.';
    const v = verdict('Elm Street tap water is contaminated with lead!! dont drink it', elm);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.some((r) => r.kind === 'statement_denies')).toBe(true);
    expect(v.sentence).toMatch(/^Posts saying/);
    expect(verdict('Elm Street water main replacement this week, expect low pressure', elm).stance).not.toBe('contradicts');
  });

  it('a statement quoting a rumour and calling it untrue denies it, and its quoted words support nothing', () => {
    const school = 'Elm School water. Posts shared online say the Elm School drinking fountains were shut off because of lead. That is not correct. All fountains tested below the lead action level.';
    const v = verdict('Elm School shut off all its drinking fountains because of lead!!', school);
    expect(v.reasons.some((r) => r.kind === 'statement_denies')).toBe(true);
    expect(v.stance).not.toBe('supports');
    const agreeing = verdict('that post saying the Elm School fountains were shut off because of lead is fake', school);
    expect(agreeing.reasons.some((r) => r.kind === 'statement_denies')).toBe(false);
    expect(agreeing.stance).not.toBe('contradicts');
  });

  it('a post giving the quoted rumour the opposite status denies it too', () => {
    const station = 'Station 9 stays open. Some posts claim Fire Station 9 on Birch Road will close because of budget cuts. That is not true: Station 9 stays in service.';
    const v = verdict("Station 9 isn't closing, the engine was just out for repairs", station);
    expect(v.reasons.some((r) => r.kind === 'statement_denies')).toBe(false);
    expect(v.stance).not.toBe('contradicts');
    expect(verdict('Fire Station 9 on Birch Road will close because of budget cuts', station).stance).toBe('contradicts');
  });

  it('a sentence that quotes a rumour or sets a condition asserts none of its words for a negation to flip', () => {
    const bat = 'Rabid bat on Poplar Lane. A bat found on Poplar Lane tested positive for rabies. If you or your pet touched a bat near Poplar Lane this week, call the health department.';
    const v = verdict('a bat on Poplar Lane had rabies, nobody touched it, call the health dept if your pet did', bat);
    expect(v.reasons.some((r) => r.kind === 'negation')).toBe(false);
    expect(v.stance).not.toBe('contradicts');
  });
});

describe('StanceJudge', () => {
  it('reads a statement again when its text changes under the same id', () => {
    const judge = new StanceJudge(reader);
    const before = judge.judge('The Oak Street bridge has reopened to traffic', { id: 1, title: 'Oak Street Bridge', body: 'The Oak Street bridge remains closed for inspection.' });
    const after = judge.judge('The Oak Street bridge has reopened to traffic', { id: 1, title: 'Oak Street Bridge', body: 'The Oak Street bridge has reopened to traffic after inspection.' });
    expect(before.stance).toBe('contradicts');
    expect(after.stance).not.toBe('contradicts');
  });
});

describe('a post that denies the rumour as the statement does', () => {
  // Invented: a statement that quotes a fake notice, calls it fake and denies its content.
  const fakeNotice =
    "There is NO curfew in Tarrow Springs. Posts claiming that the county has imposed a 9 p.m. curfew because of the storm, and that deputies will arrest anyone outdoors, are false. There is no curfew. A picture made to look like a Tarrow Springs Sheriff news release announcing a curfew is being shared. It is fake. Our real releases are on our website.";

  it('is not contradicted by the statement calling the rumour fake', () => {
    const v = verdict('There is no curfew in Tarrow Springs', fakeNotice);
    expect(v.stance).not.toBe('contradicts');
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/calls it "fake"/);
  });

  it('while a post that asserts the rumour still is', () => {
    expect(verdict('Curfew tonight in Tarrow Springs, deputies will arrest anyone outdoors after 9', fakeNotice).stance).toBe('contradicts');
  });
});

describe('a prohibition says "no" without a negating word', () => {
  // Invented: a fire-restriction notice of a district this project has no fixture for.
  const restrictions =
    'Stage 2 fire restrictions in Wexley County. Starting Saturday, campfires, charcoal fires and fireworks are prohibited on all county land. Propane stoves with a shut-off valve are still allowed.';

  it('so "no campfires" is not flipped against "campfires are prohibited"', () => {
    const v = verdict('no campfires on county land this weekend, propane stoves are still ok', restrictions);
    expect(v.reasons.some((r) => r.kind === 'negation')).toBe(false);
    expect(v.stance).not.toBe('contradicts');
  });

  it('while a post that denies the ban itself still is', () => {
    const v = verdict('there is no campfire ban in Wexley County, the fire restrictions are just a rumor', restrictions);
    expect(v.stance).not.toBe('supports');
  });
});

describe('numbers spelled in words', () => {
  // Invented: a recruitment notice of an office this project has no fixture for.
  const recruiting = 'Poll workers wanted. The Alderney County clerk is hiring 650 poll workers for the March 3 primary. Pay is $200 for the day.';

  it('are the same number as in digits ("six hundred fifty" and "650")', () => {
    const v = verdict('alderney county is hiring six hundred fifty poll workers for the primary, $200 for the day', recruiting);
    expect(v.reasons.some((r) => r.kind === 'number_conflict' || (r.kind === 'fact_conflict' && r.why === 'count'))).toBe(false);
    expect(v.stance).not.toBe('contradicts');
  });

  it('and still differ when they differ', () => {
    const v = verdict('alderney county is hiring six hundred poll workers for the primary', recruiting);
    expect(v.stance).not.toBe('supports');
  });
});

describe('a zone named by a capital letter', () => {
  // Invented, after a QA report: the statement orders one zone out and says the other is not.
  const zones = 'Evacuation order for Zone A. Residents of Zone A must evacuate now. Zone B is not under an evacuation order.';

  it('is a place, so an order for Zone A does not support one for Zone B', () => {
    expect(verdict('Zone B residents ordered to evacuate now', zones).stance).not.toBe('supports');
    expect(verdict('zone b residents ordered to evacuate now', zones).stance).not.toBe('supports');
  });
});

describe("a post's shorthand", () => {
  // Invented: an event's rules that a post repeats in shorthand.
  const rules = 'Fair rules. Drones are not allowed without a permit from the fair office. Parking is free.';

  it('is read in words: "no drones w/o a permit" repeats "not allowed without a permit"', () => {
    const v = verdict('fair reminder: no drones w/o a permit, parking is free', rules);
    expect(v.stance).not.toBe('contradicts');
  });
});

describe('a denial in another clause of the sentence', () => {
  // Invented after a QA report: the statement says the water is safe and calls the contamination posts false.
  const water = 'Water update. Ridgeport tap water is safe to drink; contamination posts are false. Testing found no bacteria.';

  it('does not contradict a post that says what the other clause says', () => {
    const v = verdict('Ridgeport tap water is safe to drink', water);
    expect(v.stance).not.toBe('contradicts');
    expect(v.reasons.some((r) => r.kind === 'statement_denies')).toBe(false);
  });

  it('still contradicts a post that says the denied thing', () => {
    expect(verdict('the tap water is contaminated, dont drink it', water).stance).toBe('contradicts');
  });

  it('still denies what a clause names before "no, it\'s a hoax"', () => {
    const hoax = 'Six days of darkness. Agency confirms six days of darkness in December: no, they do not - it is a hoax.';
    expect(verdict('Earth will have six days of darkness in December', hoax).stance).toBe('contradicts');
  });
});

describe('a clock time in the statement', () => {
  it('is no clause break: "10:30; rumors it collapsed are false" keeps its time whole', () => {
    const bridge = 'Bridge update. The bridge reopens at 10:30; rumors it collapsed are false.';
    expect(verdict('the bridge reopens at 10:30', bridge).stance).not.toBe('contradicts');
    expect(verdict('the bridge collapsed this morning', bridge).stance).toBe('contradicts');
  });
});

describe('a street named only as a detour', () => {
  // Invented: the closure is of a sidewalk; the street is where people are sent instead.
  const sidewalk = 'Sinkhole on Oak Avenue. The sidewalk between Oak Avenue and Pine Street is closed and fenced, and pedestrians are being detoured to the south side of Fourth Street.';

  it('is no support for a post that says the street is closed, even shouted', () => {
    expect(verdict('FOURTH STREET CLOSED to traffic bc of the sinkhole, find another route', sidewalk).stance).not.toBe('supports');
  });
});

describe('a zone named by a code', () => {
  // Invented: an evacuation by zone code, one zone ordered out, the next told to be ready.
  const levels = 'Brush fire evacuations. Level 3 (GO, leave now) evacuation orders are in effect for zones KR-4 and KR-5. Zone KR-6 is at Level 2 (be ready to leave); KR-6 is not under an evacuation order.';

  it('is a place, and a post that names it first then runs on with commas is about it', () => {
    expect(verdict('KR-6 just got the GO order, leave now people, no more waiting', levels).stance).not.toBe('supports');
    // Named in the same clause it was already bound.
    expect(verdict('KR-6 residents must leave now', levels).stance).not.toBe('supports');
  });
});

describe('trips or events said to be cancelled', () => {
  // Invented: a heat slow order with trains running slower and none cancelled.
  const heat = 'Heat slow order. Ferries will run at reduced speed from 1 p.m. to 7 p.m. today. No sailings will be cancelled, and all docks stay open.';

  it('contradict a statement that says none will be', () => {
    const v = verdict('heat order means the ferry company will cancel sailings from 1 to 7 today', heat);
    expect(v.stance).toBe('contradicts');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/cancel/);
  });

  it('leave a cancelled order a lifted one, so a post saying so restates the lifting', () => {
    const lifted = 'Curfew update. The citywide curfew order was lifted at 6 a.m. today.';
    expect(verdict('the citywide curfew order was cancelled at 6am today', lifted).reasons.map(describeStanceReason).join(' ')).not.toMatch(/schedule/);
  });

  it('are not read as a lifted order ("the curfew was cancelled" still is)', () => {
    const v = verdict('the ferry sailings are cancelled this afternoon', heat);
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/order/);
  });
});

describe('the part of the day', () => {
  // Invented: overnight lane closures that a post moves to the daytime.
  const overnight = 'Route 30 repaving. Crews will close one lane of Route 30 at Mill Road overnight Monday and Tuesday, from 10 p.m. to 5 a.m.';

  it('differs when a post moves overnight work to the day', () => {
    const v = verdict('Route 30 lane closures at Mill Road are Monday and Tuesday during the day, expect backups', overnight);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/overnight/);
  });

  it('agrees when the post says overnight too', () => {
    const v = verdict('Route 30 lane closures at Mill Road are overnight Monday and Tuesday', overnight);
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/different time/);
  });
});

describe('a word negated on one side only', () => {
  // Invented: a fee scam warning that a post repeats in its own words.
  const permitScam = "Permit fee scam. Callers claiming to be from the Orland County Clerk are asking residents to pay a permit fee by gift card. The clerk's office does not charge for these permits and never asks for payment by phone.";

  it('is a reason to read the sentence, not grounds for contradicts, in a post that retells a scam warning', () => {
    const v = verdict('if someone calls asking for a "permit fee" HANG UP. the clerk\'s office doesnt charge for permits. its a scam', permitScam);
    expect(v.stance).not.toBe('contradicts');
  });

  it('is read in the second sentence too, so the statement does not support what it denies there', () => {
    // Was 'supports' before: the best-aligned sentence is the march's, the denial the next one.
    const statement = 'March update. The march on Front Street was peaceful. The state militia was not deployed, and no arrests were made.';
    const v = verdict('the state militia was deployed to Front Street for the march', statement);
    expect(v.stance).not.toBe('supports');
    expect(v.reasons.map(describeStanceReason).join(' ')).toMatch(/"deployed" did not happen/);
  });

  it('still decides when the statement denies what a plain post asserts', () => {
    const statement = 'March update. The state militia was not deployed to Front Street.';
    expect(verdict('the state militia was deployed to Front Street for the march', statement).stance).toBe('contradicts');
  });

  it('still contradicts when the negated word is a key fact ("the school is not closing")', () => {
    expect(verdict('Lincoln Elementary is closing for good next year', 'Lincoln Elementary update. Lincoln Elementary is not closing. Classes continue next year as planned.').stance).toBe('contradicts');
  });
});

describe('a "no" on each side', () => {
  // Invented: a denial of a vehicle rumour and a post that spreads it.
  const denial = 'No abduction in Willow Park case; "grey truck" posts are not connected. Detectives have confirmed that no one else was involved in Monday\'s missing child case. The girl left Willow Park on her own and walked to a relative\'s home. Posts claiming that a man in a grey truck tried to take her are not connected to this case.';

  it('is not a key fact the two share', () => {
    const v = verdict('grey truck no plates at Willow Park before the girl went missing, share', denial);
    expect(v.reasons.map(describeStanceReason).join(' ')).not.toMatch(/"No"/);
  });
});
