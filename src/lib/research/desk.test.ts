import { describe, expect, it } from 'vitest';
import { displayAddress, exactSearch, matchSearches, noteDateLabel, normaliseQuery } from './desk';

const SEARCHES = [
  { id: 'veterans-today', query: 'Veterans Today', alsoMatches: ['VT', 'veteranstoday', 'who runs Veterans Today'] },
  { id: 'global-research', query: 'Global Research Chossudovsky', alsoMatches: ['Centre for Research on Globalization'] },
  { id: 'isis-oil-treasury', query: 'ISIS oil Turkey Treasury', alsoMatches: ['US Treasury ISIS oil'] },
  { id: 'russian-defense-ministry-oil', query: 'Russian Defense Ministry ISIS oil Turkey 2015', alsoMatches: [] },
];

describe('the desk search box', () => {
  it('finds a search by any of its phrasings, whatever the case, accents and punctuation', () => {
    expect(normaliseQuery('  Vétérans—TODAY! ')).toBe('veterans today');
    expect(matchSearches('veterans today', SEARCHES)).toEqual(['veterans-today']);
    expect(matchSearches('VT', SEARCHES)[0]).toBe('veterans-today');
    expect(matchSearches('Who runs Veterans Today?', SEARCHES)[0]).toBe('veterans-today');
  });

  it('knows a search by an exact phrasing even when other searches share its words', () => {
    expect(matchSearches('ISIS oil Turkey Treasury', SEARCHES).length).toBeGreaterThan(1);
    expect(exactSearch('isis oil turkey treasury!', SEARCHES)).toBe('isis-oil-treasury');
    expect(exactSearch('ISIS oil', SEARCHES)).toBeNull();
    expect(exactSearch('', SEARCHES)).toBeNull();
  });

  it('ranks by the share of the query’s words a search holds, and finds nothing for a query about something else', () => {
    expect(matchSearches('Treasury oil', SEARCHES)[0]).toBe('isis-oil-treasury');
    expect(matchSearches('ISIS oil', SEARCHES)).toEqual(expect.arrayContaining(['isis-oil-treasury', 'russian-defense-ministry-oil']));
    expect(matchSearches('chocolate cake recipe', SEARCHES)).toEqual([]);
    expect(matchSearches('the', SEARCHES)).toEqual([]);
    expect(matchSearches('   ', SEARCHES)).toEqual([]);
  });

  it('takes the start of a long word for the word (globalization, globalisation)', () => {
    expect(matchSearches('globalisation research centre', SEARCHES)[0]).toBe('global-research');
  });
});

describe('addresses and dates as a reader sees them', () => {
  it('shows a results-page address: host without www, then the path, long paths shortened', () => {
    expect(displayAddress('https://en.wikipedia.org/wiki/Veterans_Today')).toBe('en.wikipedia.org › wiki › Veterans_Today');
    expect(displayAddress('https://www.splcenter.org/a/b/c/d/buyer-beware')).toBe('splcenter.org › a › b › … › buyer-beware');
    expect(displayAddress('not a url')).toBe('not a url');
  });

  it('writes a date as published, or says there is none', () => {
    expect(noteDateLabel('2017-10-21')).toBe('21 October 2017');
    expect(noteDateLabel('2022-06')).toBe('June 2022');
    expect(noteDateLabel('2019')).toBe('2019');
    expect(noteDateLabel('undated')).toBe('no date given');
  });
});
