import { hostSetting, specificUrls } from '../../../src/core/clustering/specific-urls';

describe('specificUrls', () => {
  it('canonicalises article links (tracking parameters, fragment, www) and drops homepages and section fronts', () => {
    expect(specificUrls(['https://www.news.example/story/123?utm_source=x&fbclid=abc#top', 'https://news.example/', 'https://news.example/local'], [])).toEqual(['news.example/story/123']);
  });

  it('keeps status links and shortener codes, drops the department site', () => {
    expect(specificUrls(['https://x.com/ann/status/1790000000', 'https://bit.ly/3xYz9', 'https://www.ridgeportpd.gov/news/2026/flood-update'], [hostSetting('https://ridgeportpd.gov/')])).toEqual([
      'x.com/ann/status/1790000000',
      'bit.ly/3xYz9',
    ]);
  });
});
