import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_AT_LEAST, REWRITE_SHARE_LIMIT, rewrite } from '.';
import { rewriteReport } from './report';
import type { RewriteAnswer, RewriteKey, RewritePublic } from './schema';
import { containsWord, fold, keepsWord, keyWordLabel, sharedContentWords } from './words';

const rewriteText = 'The corrupt regime’s thugs crushed the peaceful protest.';
const rewritePublic: RewritePublic = {
  type: 'rewrite',
  id: 'rw-1',
  title: 'Say it plainly',
  prompt: 'Rewrite the sentence without loaded words.',
  excerpt: { text: rewriteText, document: null, anchor: null },
  checklist: ['No judgement words', 'Facts kept'],
};
const rewriteKey: RewriteKey = {
  type: 'rewrite',
  loadedWords: [
    { text: 'corrupt', why: 'A judgement, not a fact.' },
    { text: 'thugs', why: 'Insults the people described.' },
    { text: 'crushed', why: 'Dramatises what happened.' },
    { text: 'regime', why: 'Implies illegitimacy.' },
  ],
  keep: ['protest', 'peaceful', 'government|regime'],
  newClaims: [
    { text: 'violent', why: 'The excerpt does not say so.' },
    { text: 'illegal', why: 'The excerpt does not say so.' },
  ],
  modelAnswer: 'The government’s police ended the peaceful protest.',
  rubric: { strong: { answer: 'x', why: 'x' }, partial: { answer: 'x', why: 'x' }, weak: { answer: 'x', why: 'x' } },
};
const answer = (text: string): RewriteAnswer => ({ text, ticked: [] });
const score = (text: string, key: RewriteKey = rewriteKey) => rewrite.score(rewritePublic, key, answer(text));

// ---------------------------------------------------------------------------------------------
// Word tests
// ---------------------------------------------------------------------------------------------

describe('containsWord', () => {
  it('finds the word in any case', () => {
    expect(containsWord('The THUGS came.', 'thugs')).toBe(true);
    expect(containsWord('the thugs came.', 'Thugs')).toBe(true);
  });

  it('matches whole words only, letters outside ASCII included', () => {
    expect(containsWord('The regimen worked.', 'regime')).toBe(false);
    expect(containsWord('A thuggish act.', 'thug')).toBe(false);
    expect(containsWord('Incorrupt officials.', 'corrupt')).toBe(false);
    expect(containsWord('corrupt2', 'corrupt')).toBe(false);
    expect(containsWord('Ein Regimeé.', 'regime')).toBe(false);
    expect(containsWord('Ein Regime.', 'regime')).toBe(true);
  });

  it('finds the word at the start, at the end and next to punctuation', () => {
    expect(containsWord('Thugs!', 'thugs')).toBe(true);
    expect(containsWord('they were thugs', 'thugs')).toBe(true);
    expect(containsWord('(thugs)', 'thugs')).toBe(true);
    expect(containsWord('the regime’s men', 'regime')).toBe(true);
  });

  it('matches a phrase across any run of whitespace, and only as written', () => {
    expect(containsWord('the so-called\n   experts said', 'so-called experts')).toBe(true);
    expect(containsWord('the so-called  experts said', 'So-Called Experts')).toBe(true);
    expect(containsWord('the so-called wise experts', 'so-called experts')).toBe(false);
  });

  it('treats curly and straight quotes as the same', () => {
    expect(containsWord('the regime’s thugs', "regime's")).toBe(true);
    expect(containsWord("the regime's thugs", 'regime’s')).toBe(true);
    expect(containsWord('so-called “experts”', '"experts"')).toBe(true);
  });

  it('takes regular-expression characters literally', () => {
    expect(containsWord('a total disaster', 'dis.ster')).toBe(false);
    expect(containsWord('it was (allegedly) fine', '(allegedly)')).toBe(true);
    expect(containsWord('it was allegedly fine', '(allegedly)')).toBe(false);
    expect(containsWord('it is a+ work', 'a+')).toBe(true);
    expect(containsWord('it is aa work', 'a+')).toBe(false);
  });

  it('is false for a text without the word', () => {
    expect(containsWord('', 'thugs')).toBe(false);
    expect(containsWord('The police came.', 'thugs')).toBe(false);
  });
});

describe('fold', () => {
  it('lower-cases, evens out quotes and whitespace, and trims', () => {
    expect(fold('  The  Regime’s\n“Men”  ')).toBe('the regime\'s "men"');
  });
});

describe('keepsWord', () => {
  it('finds the word itself, in any case', () => {
    expect(keepsWord('The Protest went on.', 'protest')).toBe(true);
    expect(keepsWord('the protest', 'PROTEST')).toBe(true);
  });

  it('finds another form sharing its stem', () => {
    expect(keepsWord('The terrorists fled.', 'terrorist')).toBe(true);
    expect(keepsWord('One terrorist fled.', 'terrorists')).toBe(true);
    expect(keepsWord('Protesters gathered.', 'protest')).toBe(true);
    expect(keepsWord('He fled to Turkey’s border.', 'Turkey')).toBe(true);
  });

  it('does not count a form too far from the word, a shorter stem, or a word merely inside another', () => {
    expect(keepsWord('The terrorists fled.', 'terror')).toBe(false);
    expect(keepsWord('They ran.', 'running')).toBe(false);
    expect(keepsWord('An unprotested march.', 'protest')).toBe(false);
    expect(keepsWord('The police ended it.', 'protest')).toBe(false);
    expect(keepsWord('', 'protest')).toBe(false);
  });

  it('keeps a word listed with alternatives when any alternative is there', () => {
    expect(keepsWord('ISIS fighters fled.', 'Daesh|ISIS')).toBe(true);
    expect(keepsWord('Daesh fighters fled.', 'Daesh|ISIS')).toBe(true);
    expect(keepsWord('Daesh fighters fled.', ' ISIS | Daesh ')).toBe(true);
    expect(keepsWord('The group’s fighters fled.', 'Daesh|ISIS')).toBe(false);
    expect(keepsWord('Anything at all.', 'Daesh||')).toBe(false);
  });
});

describe('sharedContentWords', () => {
  it('lists the content words the version shares with the source, leaving out stopwords, short words and loaded words', () => {
    expect(sharedContentWords(rewriteText, rewriteKey.modelAnswer, rewriteKey.loadedWords.map((w) => w.text))).toEqual(['peaceful', 'protest']);
    expect(sharedContentWords('The angry crowds marched on city hall.', 'Crowds marched to the city hall, they said.', ['angry'])).toEqual(['crowds', 'marched', 'city', 'hall']);
  });
});

describe('keyWordLabel', () => {
  it('joins alternatives with "or"', () => {
    expect(keyWordLabel('Daesh | ISIS')).toBe('“Daesh” or “ISIS”');
    expect(keyWordLabel('protest')).toBe('“protest”');
  });
});

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

describe('rewrite: score', () => {
  it('scores the model answer 1, checked, with every loaded word removed and every key word kept', () => {
    expect(score(rewriteKey.modelAnswer)).toEqual({
      type: 'rewrite',
      score: 1,
      verdict: 'checked',
      remaining: [],
      removed: rewriteKey.loadedWords,
      kept: rewriteKey.keep,
      lost: [],
      added: [],
    });
  });

  it('scores an empty or blank text 0, as empty', () => {
    for (const text of ['', '   \n\t ']) {
      expect(score(text)).toMatchObject({ score: 0, verdict: 'empty' });
    }
  });

  it('scores the unchanged text 0, even with different case, spacing or quotes', () => {
    for (const text of [rewriteText, `  ${rewriteText.toUpperCase()}  `, rewriteText.replace('’', "'").replace(/ /g, '\n ')]) {
      const r = score(text);
      expect(r.verdict).toBe('unchanged');
      expect(r.score).toBe(0);
      expect(r.remaining).toHaveLength(rewriteKey.loadedWords.length);
    }
  });

  it('scores a near copy 0: the excerpt with other punctuation, or with a word added that keeps every loaded word', () => {
    for (const text of [rewriteText.replace(/\.$/, ''), rewriteText.replace(/\.$/, '!'), `${rewriteText.replace(/\.$/, '')}, yes.`]) {
      const r = score(text);
      expect(['unchanged', 'loaded-kept'], text).toContain(r.verdict);
      expect(r.score, text).toBe(0);
    }
    expect(score(rewriteText.replace(/\.$/, '!')).verdict).toBe('unchanged');
    const kept = score(`Reports say ${rewriteText}`);
    expect(kept.verdict).toBe('loaded-kept');
    expect(kept.remaining).toHaveLength(rewriteKey.loadedWords.length);
  });

  it('scores gibberish 0, as claim lost', () => {
    for (const text of ['asdf', 'qwerty uiop', 'Nothing to see here.']) {
      const r = score(text);
      expect(r.verdict).toBe('claim-lost');
      expect(r.score).toBe(0);
      expect(r.kept).toEqual([]);
      expect(r.lost).toEqual(rewriteKey.keep);
    }
  });

  it('scores 0 as claim lost when fewer than half the key words are kept, however clean the text', () => {
    expect(KEEP_AT_LEAST).toBe(0.5);
    // One key word of three: the loaded words are gone, but so is the claim.
    const r = score('The police ended the march peacefully.');
    expect(r.removed).toEqual(rewriteKey.loadedWords);
    expect(r.kept).toEqual(['peaceful']);
    expect(r.verdict).toBe('claim-lost');
    expect(r.score).toBe(0);
  });

  it('checks a text that keeps exactly half the key words', () => {
    const key: RewriteKey = { ...rewriteKey, keep: ['protest', 'peaceful'] };
    const r = score('The police ended the protest.', key);
    expect(r.verdict).toBe('checked');
    expect(r.kept).toEqual(['protest']);
    expect(r.lost).toEqual(['peaceful']);
    expect(r.score).toBe((1 + 0.5) / 2);
  });

  it('gives half for the share of loaded words removed and half for the share of key words kept', () => {
    const r = score('The regime’s police crushed the peaceful protest.');
    expect(r.verdict).toBe('checked');
    expect(r.remaining.map((w) => w.text)).toEqual(['crushed', 'regime']);
    expect(r.removed.map((w) => w.text)).toEqual(['corrupt', 'thugs']);
    expect(r.kept).toEqual(rewriteKey.keep);
    expect(r.score).toBe((0.5 + 1) / 2);
    const twoOfThree = score('The police ended the peaceful protest.');
    expect(twoOfThree.lost).toEqual(['government|regime']);
    expect(twoOfThree.score).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });

  it('takes off a quarter for each new claim, never below 0', () => {
    const one = score('The government’s police ended the violent protest, once peaceful.');
    expect(one.added.map((w) => w.text)).toEqual(['violent']);
    expect(one.score).toBe(1 - 0.25);
    const two = score('The government’s police ended the violent, illegal but peaceful protest.');
    expect(two.added.map((w) => w.text)).toEqual(['violent', 'illegal']);
    expect(two.score).toBe(1 - 0.5);
    const many: RewriteKey = { ...rewriteKey, newClaims: ['violent', 'illegal', 'armed', 'paid', 'foreign'].map((text) => ({ text, why: 'New.' })) };
    const r = score('The government’s armed police ended the violent, illegal, paid, foreign but peaceful protest.', many);
    expect(r.verdict).toBe('checked');
    expect(r.added).toHaveLength(5);
    expect(r.score).toBe(0);
  });

  it('counts every loaded word removed when the key lists none, and every key word kept when it lists none', () => {
    expect(score('The police ended the peaceful protest under the government.', { ...rewriteKey, loadedWords: [] }).score).toBe(1);
    expect(score('The thugs ended it.', { ...rewriteKey, keep: [] })).toMatchObject({ verdict: 'checked', score: (0.75 + 1) / 2 });
  });

  it('ignores the ticked checklist when scoring', () => {
    const text = 'The regime’s police ended the peaceful protest.';
    const a = rewrite.score(rewritePublic, rewriteKey, { text, ticked: [] });
    const b = rewrite.score(rewritePublic, rewriteKey, { text, ticked: [0, 1] });
    expect(b).toEqual(a);
    expect(a.score).toBe((0.75 + 1) / 2);
  });

  it('property: within [0, 1]; 0 unless checked; checked by the formula', () => {
    const piece = fc.constantFrom('the', 'police', 'government', 'regime’s', 'thugs', 'corrupt', 'ended', 'crushed', 'peaceful', 'protests', 'violent', 'illegal', 'asdf', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const r = score(pieces.join(' '));
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.removed.length + r.remaining.length).toBe(rewriteKey.loadedWords.length);
        expect(r.kept.length + r.lost.length).toBe(rewriteKey.keep.length);
        if (r.verdict !== 'checked') expect(r.score).toBe(0);
        else {
          expect(r.kept.length / rewriteKey.keep.length).toBeGreaterThanOrEqual(KEEP_AT_LEAST);
          const expected = (r.removed.length / rewriteKey.loadedWords.length + r.kept.length / rewriteKey.keep.length) / 2 - 0.25 * r.added.length;
          expect(r.score).toBeCloseTo(Math.max(0, expected), 12);
        }
        if (pieces.length === 0) expect(r.verdict).toBe('empty');
      }),
    );
  });
});

describe('rewrite: answer checks and teacher view', () => {
  it('asks for a text, and accepts only texts with ticks on this checklist', () => {
    expect(rewrite.missing(rewritePublic, rewrite.empty(rewritePublic))).not.toBeNull();
    expect(rewrite.missing(rewritePublic, answer('  '))).not.toBeNull();
    expect(rewrite.missing(rewritePublic, answer('asdf'))).toBeNull();
    expect(rewrite.accepts(rewritePublic, { text: 'x', ticked: [0, 1] })).toBe(true);
    expect(rewrite.accepts(rewritePublic, { text: 'x', ticked: [2] })).toBe(false);
    expect(rewrite.accepts(rewritePublic, { text: 1, ticked: [] })).toBe(false);
    expect(rewrite.accepts(rewritePublic, { text: 'x' })).toBe(false);
  });

  it('keeps the student’s own text, whitespace evened out and cut to the share limit', () => {
    expect(rewrite.signature(answer('  The police\n\n ended  it. '))).toBe('The police ended it.');
    expect(rewrite.signature(answer('x'.repeat(REWRITE_SHARE_LIMIT + 50)))).toHaveLength(REWRITE_SHARE_LIMIT);
    const entry = rewriteReport.catalog(rewritePublic, rewriteKey);
    expect(entry).toEqual({ title: 'Say it plainly', type: 'rewrite', model: rewriteKey.modelAnswer, explanation: rewriteKey.rubric.strong.why });
    expect(rewriteReport.describe(entry, 'The police ended it.')).toBe('“The police ended it.”');
    expect(rewriteReport.describe(entry, '')).toBe('nothing written');
    // A rewrite is read, not counted: even gibberish is never tallied as a mistake.
    expect(rewriteReport.mistakes(entry, 'asdf')).toEqual([]);
  });
});
