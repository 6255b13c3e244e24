import { safeAppearanceUrl } from '../../../src/core/drafts';

describe('safeAppearanceUrl: where a claim was seen, without the private account that posted it', () => {
  it.each([
    ['https://x.com/jane_w/status/123', 'https://x.com/i/web/status/123'],
    ['https://mobile.twitter.com/jane_w/status/123?s=20', 'https://mobile.twitter.com/i/web/status/123'],
    // The demo department's reserved-domain copy of X has the same shape and the same person in it.
    ['https://x.example/JakePham179/status/2114697622323561268', 'https://x.example/i/web/status/2114697622323561268'],
  ])('rewrites an X post %s to %s', (url, safe) => {
    expect(safeAppearanceUrl(url)).toBe(safe);
  });

  it.each([
    'https://nitter.net/jane_w/status/123',
    'https://facebook.example/dave.pham/posts/2114',
    'https://www.facebook.com/jane.doe/posts/pfbid02x',
    'https://m.facebook.com/jane.doe',
    'https://www.facebook.com/permalink.php?story_fbid=10&id=100012345',
    'https://www.tiktok.com/@jo.w/video/1',
    'https://www.threads.net/@jo.w/post/C1',
    'https://mastodon.social/@jo/111',
    'https://bsky.app/profile/jo.bsky.social/post/3kabc',
    'https://bsky.app/profile/did:plc:abc123/post/3kabc',
    'https://www.reddit.com/user/jo_w/comments/abc/',
    'https://www.youtube.com/@jo_w',
    'https://www.instagram.com/jo.w/',
    'javascript:alert(1)',
    'https://user:secret@news.example/story',
    'not a url',
  ])('drops %s', (url) => {
    expect(safeAppearanceUrl(url)).toBeNull();
  });

  it.each([
    'https://www.instagram.com/p/Cx1/',
    'https://www.facebook.com/groups/123/posts/456',
    'https://www.reddit.com/r/Ridgeport/comments/abc/bridge_closed/',
    'https://nextdoor.example/p/8812',
    'https://www.youtube.com/watch?v=abc&lc=Ugx1',
    'https://x.com/i/web/status/123',
    'https://news.example/2026/11/03/bridge-story',
  ])('keeps %s, which names no account', (url) => {
    expect(safeAppearanceUrl(url)).toBe(url);
  });

  it('keeps the accounts on the public list (the department, media)', () => {
    const publics = ['@RidgeportPD', 'KRDP7News'];
    expect(safeAppearanceUrl('https://x.example/RidgeportPD/status/9', publics)).toBe('https://x.example/RidgeportPD/status/9');
    expect(safeAppearanceUrl('https://facebook.example/ridgeportpd/posts/9', publics)).toBe('https://facebook.example/ridgeportpd/posts/9');
    expect(safeAppearanceUrl('https://bsky.app/profile/krdp7news/post/1', publics)).toBe('https://bsky.app/profile/krdp7news/post/1');
  });
});
