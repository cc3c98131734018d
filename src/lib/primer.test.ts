import { describe, expect, it } from 'vitest';
import { formsOf, mentionedEntries, otherSpellings } from './primer';

const isis = { id: 'isis', name: 'ISIS (Daesh)', aliases: ['ISIS', 'Daesh', 'IS'] };
const ypg = { id: 'ypg', name: 'YPG (People’s Protection Units)', aliases: ['YPG'] };
const idlib = { id: 'idlib', name: 'Idlib', aliases: [] };

describe('mentionedEntries', () => {
  it('finds whole-word mentions, in the order the text first makes them', () => {
    expect(mentionedEntries('Fighters held by the YPG said Daesh ...', [isis, ypg]).map((e) => e.id)).toEqual(['ypg', 'isis']);
  });

  it('matches case and whole words only: "is" and "ISISx" are not ISIS', () => {
    expect(mentionedEntries('This is what ISISx means.', [isis])).toEqual([]);
    expect(mentionedEntries('IS’ so-called authorities', [isis])).toEqual([isis]);
  });

  it('looks for the name before any bracket when an entry has no aliases', () => {
    expect(formsOf(ypg)).toEqual(['YPG']);
    expect(formsOf(idlib)).toEqual(['Idlib']);
    expect(mentionedEntries('the fight for Idlib.', [idlib])).toEqual([idlib]);
  });

  it('takes aliases with regex characters literally', () => {
    const odd = { id: 'x', name: 'X', aliases: ['S.D.F.'] };
    expect(mentionedEntries('the SxDxFx', [odd])).toEqual([]);
    expect(mentionedEntries('the S.D.F. said', [odd])).toEqual([odd]);
  });
});

describe('otherSpellings', () => {
  it('shows each spelling once, whatever its case or apostrophe, and not the name itself', () => {
    const qaeda = { id: 'q', name: 'Al-Qaeda', aliases: ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'al-Qa’ida', "al-Qa'ida"] };
    expect(otherSpellings(qaeda)).toEqual(['al Qaeda', 'al-Qa’ida']);
  });
});
