import path from 'path';
import { redactPrivacy, scanPrivacy } from '../../../src/core/privacy';
import { composeDraft, summarizeClaim } from '../../../src/core/drafts';
import { loadTemplates } from '../../../src/render';
import { department } from '../../fixtures/drafts/draft-inputs';

const none = { allowedNames: [], publicHandles: [] };
const redact = (text: string) => redactPrivacy(text, none).text;
const templates = loadTemplates([path.resolve(__dirname, '../../../templates/drafts')]);

describe("a child's school is personal data", () => {
  it.each([
    ['The 12-year-old from Lincoln Elementary was the one shot', 'The 12-year-old from [school removed] was the one shot'],
    ['a 7th grader at Roosevelt Middle School', 'a 7th grader at [school removed]'],
    ['the 14 year old boy who died went to Westfield High.', 'the 14 year old boy who died went to [school removed].'],
    ["my daughter says the girl at St. Mary's Academy did it", "my daughter says the girl at [school removed] did it"],
    ['the kid is 9 and attends Oak Ridge Elementary School', 'the kid is 9 and attends [school removed]'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Lincoln Elementary is on lockdown',
    'Westfield High will open at 10 a.m. tomorrow',
    'The 45-year-old man was taken to Mercy Hospital',
    'High School students were evacuated', // no school is named
    'Grant Middle School was evacuated and reopened',
  ])('leaves %s alone (no child, or no school named)', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('says what it removed without repeating it', () => {
    const redacted = redactPrivacy('the 8-year-old at Lincoln Elementary', none);
    expect(redacted.report).toEqual(["child's school removed at characters 18-36 (18 characters)"]);
  });
});

describe('a place named after a person names nobody', () => {
  it.each([
    'Lincoln Elementary is on lockdown',
    'Martin Luther King Jr. Boulevard reopened at noon',
    'Grant Middle School was evacuated',
  ])('%s', (text) => {
    expect(scanPrivacy(text, none).findings).toEqual([]);
  });

  it('still reads a person whose surname is also a place word', () => {
    expect(redact('Sarah Church saw it all')).toBe('[name removed] saw it all');
  });
});

describe('a surname alone is a name when the post accuses its bearer', () => {
  it.each([
    ['People say Hendricks did it. Hendricks lives on our street.', 'People say [name removed] did it. [name removed] lives on our street.'],
    ['They arrested Okafor for the shooting', 'They arrested [name removed] for the shooting'],
    ['The shooter was a Johnson, everyone knows it', 'The shooter was a [name removed], everyone knows it'],
    ['Yesterday Hendricks shot a man', 'Yesterday [name removed] shot a man'],
    ['ATF agents arrested Jo Hendricks and D. Tran', 'ATF agents arrested [name removed] and [name removed]'],
    ['Nobody was arrested; Marco Diaz was charged', 'Nobody was arrested; [name removed] was charged'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Police shot the suspect near the FBI office',
    'Officers arrested two people Monday',
    'He was arrested Tuesday',
    'Deputies booked him at 4pm',
    'The FBI arrested nobody',
    // Review: a cause of death or the people of a place is no accused name.
    'Flooding killed two people on Route 9',
    'Carbon Monoxide killed 2 in a home',
    'Wind shot debris across the road',
    'Lightning killed a hiker',
    'Deputies detained Ridgeport residents after the march',
  ])('leaves %s alone (no one is named)', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('drafts', () => {
  const school = {
    title: 'Lincoln Elementary lockdown lifted',
    body: 'The lockdown at Lincoln Elementary was lifted at 11 a.m. No student was hurt. Parents can pick up children at the front office.',
    url: 'https://ridgeport.example.gov/news/lincoln-lockdown-lifted',
    publishedAt: '2026-11-02T14:05:00.000Z',
  };

  it("never name an accused person or a child's school from the claim", () => {
    for (const claimText of ['People say Hendricks did it, the cops know', 'the 9-year-old at Westfield High was shot, my son says']) {
      const draft = composeDraft(
        {
          statement: null,
          claim: { text: claimText, topic: null },
          stance: 'not_addressed',
          decision: 'none',
          department,
          allowedNames: [],
          platform: 'facebook',
        },
        templates,
      );
      expect(draft.text).not.toMatch(/Hendricks|Westfield/);
    }
  });

  it("leave out of a holding message's claim summary the clause that names a child's school", () => {
    const summary = summarizeClaim('Police grabbed a 14-year-old this morning, she goes to Westfield High, the bridge is closed', none);
    expect(summary).not.toMatch(/Westfield|removed/);
    expect(summary).toContain('the bridge is closed');
  });

  it('keep a school that the statement itself names', () => {
    const draft = composeDraft(
      {
        statement: school,
        claim: { text: 'a 9-year-old at Lincoln Elementary was shot', topic: null },
        stance: 'contradicts',
        decision: 'strong',
        department,
        allowedNames: [],
        platform: 'facebook',
      },
      templates,
    );
    expect(draft.text).toContain('Lincoln Elementary');
    expect(draft.privacy.findings).toEqual([]);
  });
});

// QA (fourteenth session): names the tagger does not know leaked into the weekly summary.
describe('a name the tagger does not know, said of what happened to someone', () => {
  it.each([
    ['Priya Raman from 4th grade at Westside Elementary was taken by a stranger', '[name removed] from 4th grade at [school removed] was taken by a stranger'],
    ['Ananya Iyer is missing since 4pm', '[name removed] is missing since 4pm'],
    ['Ravi Shankar stole the car', '[name removed] stole the car'],
    ['BREAKING Tendai Moyo was found safe', 'BREAKING [name removed] was found safe'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Westside Elementary was found to have lead pipes',
    'Heavy Rain was found to be the cause',
    'Main Street Pharmacy was robbed',
    'Fire Crews were hurt',
    'Oak Ridge Elementary is missing its roof',
  ])('leaves %s alone (a place or a thing)', (text) => {
    expect(redact(text)).toBe(text);
  });
});
