import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DRAFT_KINDS, measureDraft } from '../../../src/core/drafts';
import { DRAFT_PLATFORMS, PLATFORMS, POST_PLATFORMS, platformLabel, postPlatformAliases } from '../../../src/core/platforms';
import { platformFromName, platformFromUrl } from '../../../src/usecases/batch/platform-name';
import { postInputSchema } from '../../../src/usecases/posts/post-input';

const root = join(__dirname, '../../..');

describe('the platform registry', () => {
  it('derives the post and draft lists, each in registry order', () => {
    const order = (ids: readonly string[]) => ids.map((id) => PLATFORMS.findIndex((p) => p.id === id));
    expect(order(POST_PLATFORMS)).toEqual([...order(POST_PLATFORMS)].sort((a, b) => a - b));
    expect(order(DRAFT_PLATFORMS)).toEqual([...order(DRAFT_PLATFORMS)].sort((a, b) => a - b));
    // `other` is the post schema's default, so it must be a post platform; SMS is outbound only.
    expect(POST_PLATFORMS).toContain('other');
    expect(POST_PLATFORMS).not.toContain('sms');
    expect(DRAFT_PLATFORMS).toContain('sms');
  });

  it('has a measuring rule with a positive limit for every draft platform', () => {
    for (const platform of DRAFT_PLATFORMS) expect(measureDraft(platform, 'Elm St bridge is open.').limit).toBeGreaterThan(0);
    expect(measureDraft('x', 'Open https://a.gov/x')).toEqual({ length: 28, limit: 280 });
  });

  it('gives every id one owner: no alias names two platforms, and no alias is another id', () => {
    const names = PLATFORMS.flatMap((p) => [p.id, ...p.aliases]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toBe(name.toLowerCase());
  });

  it('labels every platform, and shows an unknown id as it is', () => {
    expect(platformLabel('x')).toBe('X');
    expect(platformLabel('sms')).toBe('SMS');
    expect(platformLabel('myspace')).toBe('myspace');
  });

  it('is what the post schema accepts', () => {
    for (const platform of POST_PLATFORMS) expect(postInputSchema.safeParse({ platform, text: 'a' }).success).toBe(true);
    expect(postInputSchema.safeParse({ platform: 'sms', text: 'a' }).success).toBe(false);
  });

  it('is what ingest reads from names and post URLs', () => {
    for (const [name, id] of postPlatformAliases()) expect(platformFromName(` ${name.toUpperCase()} `)).toBe(id);
    expect(platformFromName('sms')).toBeNull();
    expect(platformFromUrl('https://t.co/abc')).toBe('x');
    expect(platformFromUrl('https://m.facebook.com/story')).toBe('facebook');
    expect(platformFromUrl('https://example.org/x')).toBeNull();
  });

  it('has a template for every draft kind on every draft platform', () => {
    const files = new Set(readdirSync(join(root, 'templates/drafts')));
    for (const kind of DRAFT_KINDS) for (const platform of DRAFT_PLATFORMS) expect(files).toContain(`${kind}.${platform}.hbs`);
  });

  it('is what the README lists for posts and for drafts', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const postList = POST_PLATFORMS.map((p) => `\`${p}\``);
    expect(readme).toContain(`| \`platform\` | ${postList.slice(0, -1).join(', ')} or ${postList.at(-1)} |`);
    expect(readme).toContain(`[--platform ${[...DRAFT_PLATFORMS, 'all'].join('\\|')}]`);
  });
});
