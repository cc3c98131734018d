import { describe, expect, it } from 'vitest';
import { tally } from './discernment';
import { discernmentOf, scoreExercise, type ExerciseResult } from './score';
import { scoreManyChoice, scoreSingleChoice } from './score-choice';
import { flagsProblem, scoreClassify } from './score-classify';
import { scoreRateSource } from './score-rate-source';
import { containsLoadedWord, scoreRewrite } from './score-rewrite';
import { tokenize } from './words';
import type {
  Answer,
  ClassifyKey,
  ClassifyPublic,
  CompareKey,
  ComparePublic,
  Excerpt,
  Exercise,
  HighlightKey,
  HighlightPublic,
  MultipleChoiceKey,
  MultipleChoicePublic,
  RateSourceKey,
  RateSourcePublic,
  RewriteKey,
  RewritePublic,
  SingleChoiceKey,
  SingleChoicePublic,
} from './types';

const excerpt = (text: string): Excerpt => ({ text, document: null, anchor: null });

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const singlePublic: SingleChoicePublic = {
  type: 'single-choice',
  id: 'sc-1',
  title: 'Who is speaking?',
  prompt: 'Who is the source of the claim?',
  excerpt: excerpt('Officials said the bridge would close.'),
  options: [
    { id: 'a', text: 'Named officials' },
    { id: 'b', text: 'Unnamed officials' },
    { id: 'c', text: 'The author' },
  ],
};
const singleKey: SingleChoiceKey = {
  type: 'single-choice',
  correct: 'b',
  feedback: { a: 'No names are given.', b: 'Right.', c: 'The author reports it.' },
};

const multiplePublic: MultipleChoicePublic = {
  type: 'multiple-choice',
  id: 'mc-1',
  title: 'Warning signs',
  prompt: 'Which of these are warning signs?',
  excerpt: null,
  options: [
    { id: 'a', text: 'No source' },
    { id: 'b', text: 'Loaded words' },
    { id: 'c', text: 'A named expert' },
    { id: 'd', text: 'A stated uncertainty' },
  ],
};
const multipleKey: MultipleChoiceKey = { type: 'multiple-choice', correct: ['a', 'b'], feedback: {} };

const comparePublic: ComparePublic = {
  type: 'compare',
  id: 'cmp-1',
  title: 'Two reports',
  prompt: 'What does the left report do better?',
  left: { label: 'Report A', excerpts: [excerpt('Dr Lee, a virologist, said…')] },
  right: { label: 'Report B', excerpts: [excerpt('Experts say…')] },
  options: [
    { id: 'x', text: 'Names its source' },
    { id: 'y', text: 'Uses calmer words' },
    { id: 'z', text: 'Is longer' },
  ],
};
const compareKey: CompareKey = { type: 'compare', correct: ['x'], feedback: {} };

const classifyPublic: ClassifyPublic = {
  type: 'classify',
  id: 'cl-1',
  title: 'Sort the sentences',
  prompt: 'What does each sentence show?',
  categories: ['anonymous-source', 'loaded-language', 'named-source', 'none'],
  items: [
    { id: 'i1', excerpt: excerpt('Sources close to the minister said…') },
    { id: 'i2', excerpt: excerpt('The regime’s thugs…') },
    { id: 'i3', excerpt: excerpt('Dr Lee, of the city hospital, said…') },
    { id: 'i4', excerpt: excerpt('The meeting began at noon.') },
  ],
};
const classifyKey: ClassifyKey = {
  type: 'classify',
  answers: { i1: 'anonymous-source', i2: 'loaded-language', i3: 'named-source', i4: 'none' },
  feedback: {},
};

const ratePublic: RateSourcePublic = {
  type: 'rate-source',
  id: 'rs-1',
  title: 'How reliable?',
  prompt: 'Rate the source and give your reasons.',
  excerpt: excerpt('A post by an anonymous account says the vote was rigged.'),
  reasons: [
    { id: 'anon', text: 'The author is anonymous' },
    { id: 'noev', text: 'No evidence is offered' },
    { id: 'long', text: 'The post is long' },
    { id: 'caps', text: 'It uses capital letters' },
  ],
};
const rateKey: RateSourceKey = {
  type: 'rate-source',
  rating: { min: 1, max: 2 },
  ratingExplanation: 'Anonymous and unsupported.',
  expertReasons: ['anon', 'noev'],
  feedback: {},
};

const rewriteText = 'The corrupt regime’s thugs crushed the peaceful protest.';
const rewritePublic: RewritePublic = {
  type: 'rewrite',
  id: 'rw-1',
  title: 'Say it plainly',
  prompt: 'Rewrite the sentence without loaded words.',
  excerpt: excerpt(rewriteText),
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
  modelAnswer: 'The government’s police ended the protest.',
};

const passage = 'Experts say the plan failed, according to Dr Lee.';
const { words: passageWords, gaps: passageGaps } = tokenize(passage);
// Experts(0) say(1) the(2) plan(3) failed,(4) according(5) to(6) Dr(7) Lee.(8)
const highlightPublic: HighlightPublic = {
  type: 'highlight',
  id: 'hl-1',
  title: 'Find the anonymous source',
  prompt: 'Mark the anonymous source.',
  excerpt: excerpt(passage),
  words: passageWords,
  gaps: passageGaps,
};
const highlightKey: HighlightKey = {
  type: 'highlight',
  targets: [{ annotationId: 't1', technique: 'anonymous-source', from: 0, to: 2, explanation: 'Which experts?' }],
  controls: [{ annotationId: 'c1', technique: 'named-source', from: 5, to: 9, explanation: 'Named.' }],
  neutral: [],
};

// ---------------------------------------------------------------------------------------------
// Single choice
// ---------------------------------------------------------------------------------------------

describe('scoreSingleChoice', () => {
  it('scores 1 for the correct option and reports the choice and the answer', () => {
    expect(scoreSingleChoice(singlePublic, singleKey, { choice: 'b' })).toEqual({ type: 'single-choice', score: 1, chosen: 'b', correct: 'b' });
  });

  it('scores 0 for a wrong option', () => {
    expect(scoreSingleChoice(singlePublic, singleKey, { choice: 'a' })).toEqual({ type: 'single-choice', score: 0, chosen: 'a', correct: 'b' });
  });

  it('scores 0 when nothing is chosen, and says so', () => {
    expect(scoreSingleChoice(singlePublic, singleKey, { choice: null })).toEqual({ type: 'single-choice', score: 0, chosen: null, correct: 'b' });
  });

  it('scores 0 for an id that is not an option at all', () => {
    expect(scoreSingleChoice(singlePublic, singleKey, { choice: 'B' }).score).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Multiple choice and compare
// ---------------------------------------------------------------------------------------------

describe('scoreManyChoice', () => {
  it('scores 1 for exactly the correct options, with a verdict per option in option order', () => {
    const r = scoreManyChoice(multiplePublic, multipleKey, { choices: ['b', 'a'] });
    expect(r.type).toBe('multiple-choice');
    expect(r.score).toBe(1);
    expect(r.options).toEqual([
      { id: 'a', verdict: 'hit' },
      { id: 'b', verdict: 'hit' },
      { id: 'c', verdict: 'correct-rejection' },
      { id: 'd', verdict: 'correct-rejection' },
    ]);
    expect(r.discernment.balanced).toBe(1);
  });

  it('counts both kinds of error: a missed option and a wrongly chosen one', () => {
    const r = scoreManyChoice(multiplePublic, multipleKey, { choices: ['a', 'c'] });
    expect(r.options).toEqual([
      { id: 'a', verdict: 'hit' },
      { id: 'b', verdict: 'miss' },
      { id: 'c', verdict: 'false-alarm' },
      { id: 'd', verdict: 'correct-rejection' },
    ]);
    expect(r.score).toBe(0.5);
    expect(r.discernment).toEqual(tally([
      { isProblem: true, flagged: true },
      { isProblem: true, flagged: false },
      { isProblem: false, flagged: true },
      { isProblem: false, flagged: false },
    ]));
  });

  it('does not reward choosing everything', () => {
    const r = scoreManyChoice(multiplePublic, multipleKey, { choices: ['a', 'b', 'c', 'd'] });
    expect(r.score).toBe(0.5);
    expect(r.discernment.hitRate).toBe(1);
    expect(r.discernment.correctRejectionRate).toBe(0);
    expect(r.discernment.balanced).toBe(0.5);
  });

  it('gives credit only for the options left alone when nothing is chosen', () => {
    const r = scoreManyChoice(multiplePublic, multipleKey, { choices: [] });
    expect(r.score).toBe(0.5);
    expect(r.discernment.hits).toBe(0);
    expect(r.discernment.misses).toBe(2);
  });

  it('ignores chosen ids that are not options, and duplicates', () => {
    const r = scoreManyChoice(multiplePublic, multipleKey, { choices: ['a', 'a', 'b', 'zzz'] });
    expect(r.score).toBe(1);
    expect(r.options).toHaveLength(4);
    expect(r.discernment.falseAlarms).toBe(0);
  });

  it('scores 0 for an exercise without options', () => {
    const r = scoreManyChoice({ ...multiplePublic, options: [] }, multipleKey, { choices: ['a'] });
    expect(r.score).toBe(0);
    expect(r.options).toEqual([]);
  });

  it('keeps the compare type for a compare exercise', () => {
    const r = scoreManyChoice(comparePublic, compareKey, { choices: ['x', 'y'] });
    expect(r.type).toBe('compare');
    expect(r.score).toBeCloseTo(2 / 3, 12);
    expect(r.options.map((o) => o.verdict)).toEqual(['hit', 'false-alarm', 'correct-rejection']);
  });

  it('does not change the answer it reads', () => {
    const answer = { choices: ['c', 'a'] };
    scoreManyChoice(multiplePublic, multipleKey, answer);
    expect(answer).toEqual({ choices: ['c', 'a'] });
  });
});

// ---------------------------------------------------------------------------------------------
// Classify
// ---------------------------------------------------------------------------------------------

describe('flagsProblem', () => {
  it('is false for "no problem" and for good-practice techniques', () => {
    expect(flagsProblem('none')).toBe(false);
    expect(flagsProblem('named-source')).toBe(false);
    expect(flagsProblem('responsible-hedging')).toBe(false);
  });

  it('is true for warning signs', () => {
    expect(flagsProblem('anonymous-source')).toBe(true);
    expect(flagsProblem('loaded-language')).toBe(true);
    expect(flagsProblem('unverified-claim')).toBe(true);
    expect(flagsProblem('conspiracism')).toBe(true);
    expect(flagsProblem('context-collapse')).toBe(true);
  });

  it('is true for a context technique, which is not a control', () => {
    expect(flagsProblem('publisher-framing')).toBe(true);
  });
});

describe('scoreClassify', () => {
  it('scores 1 when every item is in its category', () => {
    const r = scoreClassify(classifyPublic, classifyKey, { answers: { ...classifyKey.answers } });
    expect(r.type).toBe('classify');
    expect(r.score).toBe(1);
    expect(r.items.every((i) => i.correct)).toBe(true);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 2, falseAlarms: 0, balanced: 1 });
  });

  it('reports each item with the choice and the answer, in item order', () => {
    const r = scoreClassify(classifyPublic, classifyKey, {
      answers: { i1: 'loaded-language', i2: 'loaded-language', i3: 'none', i4: 'anonymous-source' },
    });
    expect(r.items).toEqual([
      { id: 'i1', chosen: 'loaded-language', answer: 'anonymous-source', correct: false },
      { id: 'i2', chosen: 'loaded-language', answer: 'loaded-language', correct: true },
      { id: 'i3', chosen: 'none', answer: 'named-source', correct: false },
      { id: 'i4', chosen: 'anonymous-source', answer: 'none', correct: false },
    ]);
    expect(r.score).toBe(0.25);
  });

  it('counts a problem put in the wrong problem category as found for discernment, though not correct', () => {
    const r = scoreClassify(classifyPublic, classifyKey, {
      answers: { i1: 'loaded-language', i2: 'anonymous-source', i3: 'named-source', i4: 'none' },
    });
    expect(r.score).toBe(0.5);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 2, falseAlarms: 0 });
  });

  it('counts a good-practice item put in another non-problem category as a correct rejection', () => {
    const r = scoreClassify(classifyPublic, classifyKey, {
      answers: { i1: 'anonymous-source', i2: 'loaded-language', i3: 'none', i4: 'named-source' },
    });
    expect(r.score).toBe(0.5);
    expect(r.discernment).toMatchObject({ correctRejections: 2, falseAlarms: 0 });
  });

  it('counts flagging a good-practice item as a problem as a false alarm, and calling a problem fine as a miss', () => {
    const r = scoreClassify(classifyPublic, classifyKey, {
      answers: { i1: 'none', i2: 'loaded-language', i3: 'anonymous-source', i4: 'none' },
    });
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1, correctRejections: 1, falseAlarms: 1 });
  });

  it('treats unanswered and missing items as unflagged and wrong', () => {
    const r = scoreClassify(classifyPublic, classifyKey, { answers: { i1: null, i3: 'named-source' } });
    expect(r.items.map((i) => i.chosen)).toEqual([null, null, 'named-source', null]);
    expect(r.score).toBe(0.25);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 2, falseAlarms: 0 });
  });

  it('scores 0 for an exercise without items', () => {
    const r = scoreClassify({ ...classifyPublic, items: [] }, classifyKey, { answers: {} });
    expect(r.score).toBe(0);
    expect(r.items).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rate a source
// ---------------------------------------------------------------------------------------------

describe('scoreRateSource', () => {
  const expertReasons = ['anon', 'noev'];

  it('scores 1 for a rating in range and exactly the expert reasons', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: 2, reasons: expertReasons });
    expect(r.type).toBe('rate-source');
    expect(r.rating).toBe('in-range');
    expect(r.score).toBe(1);
    expect(r.reasons).toEqual([
      { id: 'anon', expert: true, chosen: true },
      { id: 'noev', expert: true, chosen: true },
      { id: 'long', expert: false, chosen: false },
      { id: 'caps', expert: false, chosen: false },
    ]);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 2, falseAlarms: 0 });
  });

  it('accepts both ends of the expert range', () => {
    expect(scoreRateSource(ratePublic, rateKey, { rating: 1, reasons: expertReasons }).rating).toBe('in-range');
    expect(scoreRateSource(ratePublic, rateKey, { rating: 2, reasons: expertReasons }).rating).toBe('in-range');
  });

  it('gives a quarter for a rating one step off', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: 3, reasons: expertReasons });
    expect(r.rating).toBe('close');
    expect(r.score).toBe(0.75);
  });

  it('counts one step below the range as close too', () => {
    const key: RateSourceKey = { ...rateKey, rating: { min: 3, max: 4 } };
    const r = scoreRateSource(ratePublic, key, { rating: 2, reasons: expertReasons });
    expect(r.rating).toBe('close');
    expect(r.score).toBe(0.75);
  });

  it('gives nothing for the rating when it is two or more steps off', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: 4, reasons: expertReasons });
    expect(r.rating).toBe('far');
    expect(r.score).toBe(0.5);
  });

  it('gives nothing for a missing rating', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: null, reasons: expertReasons });
    expect(r.rating).toBe('missing');
    expect(r.score).toBe(0.5);
  });

  it('gives half the reason credit for each reason handled rightly, chosen or left', () => {
    // anon chosen (right), noev left (wrong), long chosen (wrong), caps left (right): 2 of 4.
    const r = scoreRateSource(ratePublic, rateKey, { rating: 1, reasons: ['anon', 'long'] });
    expect(r.score).toBe((1 + 0.5) / 2);
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1, correctRejections: 1, falseAlarms: 1, balanced: 0.5 });
  });

  it('does not reward ticking every reason', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: 1, reasons: ['anon', 'noev', 'long', 'caps'] });
    expect(r.score).toBe(0.75);
    expect(r.discernment.balanced).toBe(0.5);
  });

  it('scores 0 for no rating and every reason wrong', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: null, reasons: ['long', 'caps'] });
    expect(r.score).toBe(0);
  });

  it('ignores reasons that are not offered', () => {
    const r = scoreRateSource(ratePublic, rateKey, { rating: 2, reasons: ['anon', 'noev', 'made-up'] });
    expect(r.score).toBe(1);
    expect(r.reasons.map((x) => x.id)).toEqual(['anon', 'noev', 'long', 'caps']);
  });
});

// ---------------------------------------------------------------------------------------------
// Rewrite
// ---------------------------------------------------------------------------------------------

describe('containsLoadedWord', () => {
  it('finds the word in any case', () => {
    expect(containsLoadedWord('The THUGS came.', 'thugs')).toBe(true);
    expect(containsLoadedWord('the thugs came.', 'Thugs')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(containsLoadedWord('The regimen worked.', 'regime')).toBe(false);
    expect(containsLoadedWord('A thuggish act.', 'thug')).toBe(false);
    expect(containsLoadedWord('Incorrupt officials.', 'corrupt')).toBe(false);
    expect(containsLoadedWord('corrupt2', 'corrupt')).toBe(false);
  });

  it('treats letters outside ASCII as part of a word', () => {
    expect(containsLoadedWord('Ein Regimeé.', 'regime')).toBe(false);
    expect(containsLoadedWord('Ein Regime.', 'regime')).toBe(true);
  });

  it('finds the word at the start, at the end and next to punctuation', () => {
    expect(containsLoadedWord('Thugs!', 'thugs')).toBe(true);
    expect(containsLoadedWord('they were thugs', 'thugs')).toBe(true);
    expect(containsLoadedWord('(thugs)', 'thugs')).toBe(true);
    expect(containsLoadedWord('the regime’s men', 'regime')).toBe(true);
  });

  it('matches a phrase across any run of whitespace', () => {
    expect(containsLoadedWord('the so-called\n   experts said', 'so-called experts')).toBe(true);
    expect(containsLoadedWord('the so-called  experts said', 'So-Called Experts')).toBe(true);
    expect(containsLoadedWord('the so-called wise experts', 'so-called experts')).toBe(false);
  });

  it('treats curly and straight quotes as the same', () => {
    expect(containsLoadedWord('the regime’s thugs', "regime's")).toBe(true);
    expect(containsLoadedWord("the regime's thugs", 'regime’s')).toBe(true);
    expect(containsLoadedWord('so-called “experts”', '"experts"')).toBe(true);
  });

  it('takes regular-expression characters in the word literally', () => {
    expect(containsLoadedWord('a total disaster', 'dis.ster')).toBe(false);
    expect(containsLoadedWord('it was (allegedly) fine', '(allegedly)')).toBe(true);
    expect(containsLoadedWord('it was allegedly fine', '(allegedly)')).toBe(false);
    expect(containsLoadedWord('it is a+ work', 'a+')).toBe(true);
    expect(containsLoadedWord('it is aa work', 'a+')).toBe(false);
  });

  it('is false for a text without the word', () => {
    expect(containsLoadedWord('', 'thugs')).toBe(false);
    expect(containsLoadedWord('The police came.', 'thugs')).toBe(false);
  });
});

describe('scoreRewrite', () => {
  const answer = (text: string): Answer<'rewrite'> => ({ text, ticked: [] });

  it('scores 1 when every loaded word is gone', () => {
    const r = scoreRewrite(rewritePublic, rewriteKey, answer('The government’s police ended the protest.'));
    expect(r).toEqual({
      type: 'rewrite',
      score: 1,
      remaining: [],
      removed: rewriteKey.loadedWords,
      empty: false,
      unchanged: false,
    });
  });

  it('gives the share of loaded words removed, and lists the ones that remain in key order', () => {
    const r = scoreRewrite(rewritePublic, rewriteKey, answer('The regime’s police crushed the protest.'));
    expect(r.score).toBe(0.5);
    expect(r.remaining.map((w) => w.text)).toEqual(['crushed', 'regime']);
    expect(r.removed.map((w) => w.text)).toEqual(['corrupt', 'thugs']);
  });

  it('scores 0 for an empty or blank text, and says it is empty', () => {
    for (const text of ['', '   \n\t ']) {
      const r = scoreRewrite(rewritePublic, rewriteKey, answer(text));
      expect(r.score).toBe(0);
      expect(r.empty).toBe(true);
      expect(r.unchanged).toBe(false);
    }
  });

  it('scores 0 for the unchanged text, even with different case, spacing or quotes', () => {
    for (const text of [rewriteText, `  ${rewriteText.toUpperCase()}  `, rewriteText.replace('’', "'").replace(/ /g, '\n ')]) {
      const r = scoreRewrite(rewritePublic, rewriteKey, answer(text));
      expect(r.unchanged).toBe(true);
      expect(r.empty).toBe(false);
      expect(r.score).toBe(0);
      expect(r.remaining).toHaveLength(rewriteKey.loadedWords.length);
    }
  });

  it('does not count a changed text as unchanged', () => {
    const r = scoreRewrite(rewritePublic, rewriteKey, answer(`${rewriteText} Really.`));
    expect(r.unchanged).toBe(false);
    expect(r.score).toBe(0);
    expect(r.remaining).toHaveLength(4);
  });

  it('scores 0 when the key lists no loaded words', () => {
    const r = scoreRewrite(rewritePublic, { ...rewriteKey, loadedWords: [] }, answer('The police ended the protest.'));
    expect(r.score).toBe(0);
    expect(r.remaining).toEqual([]);
    expect(r.removed).toEqual([]);
  });

  it('ignores the ticked checklist when scoring', () => {
    const text = 'The regime’s police ended the protest.';
    const a = scoreRewrite(rewritePublic, rewriteKey, { text, ticked: [] });
    const b = scoreRewrite(rewritePublic, rewriteKey, { text, ticked: [0, 1] });
    expect(b).toEqual(a);
    expect(a.score).toBe(0.75);
  });
});

// ---------------------------------------------------------------------------------------------
// Dispatcher
// ---------------------------------------------------------------------------------------------

describe('scoreExercise', () => {
  it('scores a single-choice exercise like scoreSingleChoice', () => {
    const exercise: Exercise = { type: 'single-choice', public: singlePublic, key: singleKey };
    expect(scoreExercise(exercise, { choice: 'b' })).toEqual(scoreSingleChoice(singlePublic, singleKey, { choice: 'b' }));
    expect(scoreExercise(exercise, { choice: 'c' }).score).toBe(0);
  });

  it('scores a multiple-choice exercise like scoreManyChoice', () => {
    const exercise: Exercise = { type: 'multiple-choice', public: multiplePublic, key: multipleKey };
    const result = scoreExercise(exercise, { choices: ['a', 'd'] });
    expect(result).toEqual(scoreManyChoice(multiplePublic, multipleKey, { choices: ['a', 'd'] }));
    expect(result.type).toBe('multiple-choice');
    expect(result.score).toBe(0.5);
  });

  it('scores a compare exercise with the many-choice scorer and keeps its type', () => {
    const exercise: Exercise = { type: 'compare', public: comparePublic, key: compareKey };
    const result = scoreExercise(exercise, { choices: ['x'] });
    expect(result.type).toBe('compare');
    expect(result.score).toBe(1);
  });

  it('scores a highlight exercise', () => {
    const exercise: Exercise = { type: 'highlight', public: highlightPublic, key: highlightKey };
    const exact = scoreExercise(exercise, { marked: [0, 1] });
    expect(exact.type).toBe('highlight');
    expect(exact.score).toBe(1);
    expect(scoreExercise(exercise, { marked: [] }).score).toBe(0);
    // Marking the named source as well is a false alarm: precision 2/6, recall 1, F1 0.5.
    const doubting = scoreExercise(exercise, { marked: [0, 1, 5, 6, 7, 8] });
    expect(doubting.score).toBeCloseTo(0.5, 12);
    expect(discernmentOf(doubting)).toMatchObject({ hits: 1, misses: 0, correctRejections: 0, falseAlarms: 1 });
  });

  it('scores a classify exercise like scoreClassify', () => {
    const exercise: Exercise = { type: 'classify', public: classifyPublic, key: classifyKey };
    const answer: Answer<'classify'> = { answers: { i1: 'anonymous-source', i2: 'none', i3: 'named-source', i4: 'none' } };
    const result = scoreExercise(exercise, answer);
    expect(result).toEqual(scoreClassify(classifyPublic, classifyKey, answer));
    expect(result.score).toBe(0.75);
  });

  it('scores a rate-source exercise like scoreRateSource', () => {
    const exercise: Exercise = { type: 'rate-source', public: ratePublic, key: rateKey };
    const answer: Answer<'rate-source'> = { rating: 3, reasons: ['anon', 'noev'] };
    const result = scoreExercise(exercise, answer);
    expect(result).toEqual(scoreRateSource(ratePublic, rateKey, answer));
    expect(result.score).toBe(0.75);
  });

  it('scores a rewrite exercise like scoreRewrite', () => {
    const exercise: Exercise = { type: 'rewrite', public: rewritePublic, key: rewriteKey };
    const answer: Answer<'rewrite'> = { text: 'The corrupt government’s police ended the protest.', ticked: [] };
    const result = scoreExercise(exercise, answer);
    expect(result).toEqual(scoreRewrite(rewritePublic, rewriteKey, answer));
    expect(result.score).toBe(0.75);
  });

  it('is pure: the exercise and the answer are unchanged and a second call gives the same result', () => {
    const exercise: Exercise = { type: 'multiple-choice', public: multiplePublic, key: multipleKey };
    const before = JSON.stringify(exercise);
    const answer = { choices: ['b', 'c'] };
    const first = scoreExercise(exercise, answer);
    expect(scoreExercise(exercise, answer)).toEqual(first);
    expect(JSON.stringify(exercise)).toBe(before);
    expect(answer).toEqual({ choices: ['b', 'c'] });
  });
});

describe('discernmentOf', () => {
  it('gives the discernment of the types that judge problem against good practice', () => {
    const results: ExerciseResult[] = [
      scoreManyChoice(multiplePublic, multipleKey, { choices: ['a'] }),
      scoreClassify(classifyPublic, classifyKey, { answers: {} }),
      scoreRateSource(ratePublic, rateKey, { rating: 1, reasons: [] }),
      scoreExercise({ type: 'highlight', public: highlightPublic, key: highlightKey }, { marked: [0] }),
    ];
    for (const r of results) {
      expect(discernmentOf(r)).not.toBeNull();
      expect(discernmentOf(r)).toBe((r as Extract<ExerciseResult, { discernment: unknown }>).discernment);
    }
    expect(discernmentOf(results[0]!)).toMatchObject({ hits: 1, misses: 1, correctRejections: 2, falseAlarms: 0 });
  });

  it('gives null for single choice and rewrite, which have none', () => {
    expect(discernmentOf(scoreSingleChoice(singlePublic, singleKey, { choice: 'b' }))).toBeNull();
    expect(discernmentOf(scoreRewrite(rewritePublic, rewriteKey, { text: 'x', ticked: [] }))).toBeNull();
  });
});
