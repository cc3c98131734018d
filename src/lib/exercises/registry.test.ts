/**
 * The registry joins the exercise types: each is scored by its own runtime, stored answers are
 * checked before scoring, discernment is reported only where items are problem-or-sound
 * judgements, and each runtime puts answers and their mistakes into words for the teacher.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '../techniques';
import { optionId } from './choices';
import { extentOf, sentencesOf, tokenize } from './highlight/words';
import { discernmentOf, EXERCISE_TYPES, RUNTIMES, runtimeOf, scoreExercise, scoreStored } from './registry';
import { catalogEntryOf, reportOf } from './reports';
import { NO_PROBLEM, type AnswerOf, type Category, type Excerpt, type ExerciseOf, type ExerciseType, type PassageSpan, type Rating } from './types';

const excerpt = (text: string): Excerpt => ({ text, document: null, anchor: null });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

// ---------------------------------------------------------------------------------------------
// One exercise of each type, with a right answer, a wrong one and stored answers that do not fit
// ---------------------------------------------------------------------------------------------

interface Fixture<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  right: AnswerOf<T>;
  wrong: AnswerOf<T>;
  /** Stored answers of the wrong shape for this exercise. */
  invalid: unknown[];
}
type AnyFixture = { [T in ExerciseType]: Fixture<T> }[ExerciseType];

const single: Fixture<'single-choice'> = {
  exercise: {
    type: 'single-choice',
    public: {
      type: 'single-choice',
      id: 'sc',
      title: 'Who is speaking?',
      prompt: 'Who is the source?',
      excerpt: excerpt('Officials said the bridge would close.'),
      options: [
        { id: 'a', text: 'Named officials' },
        { id: 'b', text: 'Unnamed officials' },
        { id: 'c', text: 'The author' },
      ],
    },
    key: { type: 'single-choice', correct: 'b', feedback: { b: 'The article never names them.' } },
  },
  right: { choice: 'b' },
  wrong: { choice: 'a' },
  invalid: [null, 'b', [], {}, { choice: 'd' }, { choice: 2 }],
};

const choiceOptions = [
  { id: 'a', text: 'No source' },
  { id: 'b', text: 'Loaded words' },
  { id: 'c', text: 'A named expert' },
  { id: 'd', text: 'A stated uncertainty' },
];
const multiple: Fixture<'multiple-choice'> = {
  exercise: {
    type: 'multiple-choice',
    public: { type: 'multiple-choice', id: 'mc', title: 'Warning signs', prompt: 'Which are warning signs?', excerpt: null, options: choiceOptions },
    key: { type: 'multiple-choice', correct: ['a', 'b'], feedback: {} },
  },
  right: { choices: ['b', 'a'] },
  wrong: { choices: ['a', 'c'] },
  invalid: [null, { choices: 'a' }, { choices: ['a', 'e'] }, { choices: [1] }, { choice: 'a' }],
};

const compareFixture: Fixture<'compare'> = {
  exercise: {
    type: 'compare',
    public: {
      type: 'compare',
      id: 'cmp',
      title: 'Two reports',
      prompt: 'What does the left report do better?',
      left: { label: 'A', excerpts: [excerpt('Dr Lee said…')] },
      right: { label: 'B', excerpts: [excerpt('Experts say…')] },
      options: choiceOptions.slice(0, 3),
    },
    key: { type: 'compare', correct: ['c'], feedback: {} },
  },
  right: { choices: ['c'] },
  wrong: { choices: ['a', 'b', 'c'] },
  invalid: [{ choices: ['d'] }, { choices: null }, 'c'],
};

// Experts(0) say(1) the(2) plan(3) failed.(4) According(5) to(6) Dr(7) Lee,(8) it(9) did(10) not.(11) The(12) end.(13)
const passage = 'Experts say the plan failed. According to Dr Lee, it did not. The end.';
const { words: passageWords, gaps: passageGaps } = tokenize(passage);
const highlightFixture: Fixture<'highlight'> = {
  exercise: {
    type: 'highlight',
    public: { type: 'highlight', id: 'hl', title: 'Find the source', prompt: 'Mark it.', excerpt: excerpt(passage), words: passageWords, gaps: passageGaps },
    key: {
      type: 'highlight',
      targets: [{ annotationId: 't', technique: 'anonymous-source', from: 0, to: 2, explanation: 'Which experts?', extent: { from: 0, to: 5 } }],
      controls: [{ annotationId: 'c', technique: 'named-source', from: 5, to: 9, explanation: 'Named.' }],
      neutral: [],
    },
  },
  right: { marked: [0, 1] },
  wrong: { marked: [7, 8] },
  invalid: [{ marked: [14] }, { marked: [-1] }, { marked: [1.5] }, { marked: '1' }, { marked: [[1]] }, null],
};

const classifyFixture: Fixture<'classify'> = {
  exercise: {
    type: 'classify',
    public: {
      type: 'classify',
      id: 'cl',
      title: 'Sort them',
      prompt: 'What does each show?',
      categories: ['anonymous-source', 'loaded-language', 'named-source', 'none'],
      items: ['Sources said…', 'The thugs…', 'Dr Lee said…', 'It began at noon.'].map((t, i) => ({ id: `item-${i + 1}`, excerpt: excerpt(t) })),
    },
    key: { type: 'classify', answers: { 'item-1': 'anonymous-source', 'item-2': 'loaded-language', 'item-3': 'named-source', 'item-4': 'none' }, alsoAccepted: {}, feedback: {} },
  },
  right: { answers: { 'item-1': 'anonymous-source', 'item-2': 'loaded-language', 'item-3': 'named-source', 'item-4': 'none' } },
  wrong: { answers: { 'item-1': 'loaded-language', 'item-2': 'loaded-language', 'item-3': 'none', 'item-4': null } },
  invalid: [{ answers: { 'item-5': 'none' } }, { answers: { 'item-1': 'conspiracism' } }, { answers: [] }, { 'item-1': 'none' }, null],
};

const rateFixture: Fixture<'rate-source'> = {
  exercise: {
    type: 'rate-source',
    public: {
      type: 'rate-source',
      id: 'rs',
      title: 'How reliable?',
      prompt: 'Rate it.',
      excerpt: excerpt('An anonymous post says the vote was rigged.'),
      reasons: [
        { id: 'a', text: 'The author is anonymous' },
        { id: 'b', text: 'No evidence is offered' },
        { id: 'c', text: 'The post is long' },
        { id: 'd', text: 'It uses capital letters' },
      ],
    },
    key: { type: 'rate-source', rating: { min: 1, max: 2 }, ratingExplanation: 'Anonymous.', expertReasons: ['a', 'b'], feedback: {} },
  },
  right: { rating: 1, reasons: ['b', 'a'] },
  wrong: { rating: 4, reasons: ['a', 'c'] },
  invalid: [{ rating: 5, reasons: [] }, { rating: 0, reasons: [] }, { rating: 2, reasons: ['e'] }, { rating: 2 }, { reasons: ['a'] }, null],
};

const RUBRIC = { strong: { answer: 'Police ended the protest.', why: 'All kept.' }, partial: { answer: 'Police stopped the protest hard.', why: 'Still judges.' }, weak: { answer: 'Thugs ended it.', why: 'An insult kept.' } };
const rewriteFixture: Fixture<'rewrite'> = {
  exercise: {
    type: 'rewrite',
    public: { type: 'rewrite', id: 'rw', title: 'Say it plainly', prompt: 'Rewrite it.', excerpt: excerpt('The thugs crushed the protest.'), checklist: ['Gone', 'Kept', 'Nothing new'] },
    key: { type: 'rewrite', loadedWords: [{ text: 'thugs', why: 'Insult.' }, { text: 'crushed', why: 'Drama.' }], keep: ['protest', 'police|thugs'], newClaims: [], modelAnswer: 'The police ended the protest.', rubric: RUBRIC },
  },
  right: { text: 'The police ended the protest.', ticked: [0, 1, 2] },
  wrong: { text: 'asdf', ticked: [] },
  invalid: [{ text: 3, ticked: [] }, { text: 'x', ticked: [3] }, { text: 'x' }, 'x'],
};

const deskNote = (title: string) => ({ title, publisher: 'A publisher', dateLabel: '2020', url: 'https://example.org/page', address: 'example.org › page', readIn: null, says: 'What it says.', quote: null, standpoint: 'Who it is.' });
const searchFixture: Fixture<'search-task'> = {
  exercise: {
    type: 'search-task',
    public: {
      type: 'search-task',
      id: 'st',
      title: 'Who runs it?',
      prompt: 'Find out who is behind the outlet.',
      search: 'the-outlet',
      query: 'The Outlet',
      results: [
        { id: 'outlet-about', snippet: 'The outlet on itself.', note: deskNote('About us') },
        { id: 'friendly-blog', snippet: 'A friendly blog.', note: deskNote('A friend writes') },
        { id: 'encyclopedia', snippet: 'A reference entry.', note: deskNote('The Outlet (encyclopedia)') },
      ],
      question: 'What can you conclude?',
      options: [
        { id: 'a', text: 'It is a news agency' },
        { id: 'b', text: 'Its owners are named elsewhere' },
        { id: 'c', text: 'Nothing can be known' },
      ],
      liveWeb: 'Search the outlet online.',
    },
    key: { type: 'search-task', values: { 'outlet-about': 'poor', 'friendly-blog': 'fair', encyclopedia: 'best' }, resultFeedback: {}, correct: 'b', feedback: {} },
  },
  right: { opened: ['encyclopedia', 'outlet-about'], judgement: 'b' },
  wrong: { opened: ['outlet-about', 'encyclopedia'], judgement: 'a' },
  invalid: [{ opened: ['nowhere'], judgement: 'b' }, { opened: ['encyclopedia', 'encyclopedia'], judgement: 'b' }, { opened: [], judgement: 'd' }, { opened: 'encyclopedia', judgement: 'b' }, { judgement: 'b' }, null],
};

const fixtures: AnyFixture[] = [single, multiple, compareFixture, highlightFixture, classifyFixture, rateFixture, rewriteFixture, searchFixture];

// ---------------------------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------------------------

describe('RUNTIMES and runtimeOf', () => {
  it('has one runtime for each of the eight types, and the fixtures cover them all', () => {
    expect(EXERCISE_TYPES).toEqual(['single-choice', 'multiple-choice', 'highlight', 'classify', 'compare', 'rate-source', 'rewrite', 'search-task']);
    expect(fixtures.map((f) => f.exercise.type).sort()).toEqual([...EXERCISE_TYPES].sort());
    for (const type of EXERCISE_TYPES) expect(runtimeOf(type)).toBe(RUNTIMES[type]);
  });

  it('says that only highlight and classify judge problems', () => {
    expect(EXERCISE_TYPES.filter((t) => RUNTIMES[t].judgesProblems)).toEqual(['highlight', 'classify']);
  });
});

describe('scoreExercise', () => {
  it.each(fixtures.map((f) => [f.exercise.type, f] as const))('scores %s with its runtime: the right answer 1, the wrong one less', (_type, f) => {
    const runtime = runtimeOf(f.exercise.type);
    for (const answer of [f.right, f.wrong]) {
      const result = scoreExercise(f.exercise, answer);
      expect(result).toEqual(runtime.score(f.exercise.public, f.exercise.key, answer));
      expect(result.type).toBe(f.exercise.type);
    }
    expect(scoreExercise(f.exercise, f.right).score).toBe(1);
    expect(scoreExercise(f.exercise, f.wrong).score).toBeLessThan(1);
  });

  it('is pure: the exercise and the answer are unchanged and a second call gives the same result', () => {
    for (const f of fixtures) {
      const before = JSON.stringify(f);
      const first = scoreExercise(f.exercise, f.wrong);
      expect(scoreExercise(f.exercise, f.wrong)).toEqual(first);
      expect(JSON.stringify(f)).toBe(before);
    }
  });
});

describe('scoreStored', () => {
  it.each(fixtures.map((f) => [f.exercise.type, f] as const))('scores a stored %s answer that fits, as scoreExercise does', (_type, f) => {
    const empty = runtimeOf(f.exercise.type).empty(f.exercise.public);
    for (const stored of [f.right, f.wrong, empty]) {
      expect(runtimeOf(f.exercise.type).accepts(f.exercise.public, stored)).toBe(true);
      expect(scoreStored(f.exercise, JSON.parse(JSON.stringify(stored)))).toEqual(scoreExercise(f.exercise, stored));
    }
  });

  it.each(fixtures.map((f) => [f.exercise.type, f] as const))('gives null for a stored %s answer of the wrong shape', (_type, f) => {
    for (const stored of [...f.invalid, undefined, 42]) expect(scoreStored(f.exercise, stored)).toBeNull();
  });

  it('gives null for another type’s answer', () => {
    expect(scoreStored(single.exercise, multiple.right)).toBeNull();
    expect(scoreStored(multiple.exercise, single.right)).toBeNull();
    expect(scoreStored(highlightFixture.exercise, rateFixture.right)).toBeNull();
    expect(scoreStored(rateFixture.exercise, highlightFixture.right)).toBeNull();
    expect(scoreStored(rewriteFixture.exercise, classifyFixture.right)).toBeNull();
  });
});

describe('discernmentOf', () => {
  it('gives the discernment of highlight and classify results only', () => {
    for (const f of fixtures) {
      for (const answer of [f.right, f.wrong]) {
        const result = scoreExercise(f.exercise, answer);
        const d = discernmentOf(result);
        if (f.exercise.type === 'highlight' || f.exercise.type === 'classify') {
          expect(d).not.toBeNull();
          expect(d).toBe((result as { discernment: unknown }).discernment);
        } else {
          expect(d).toBeNull();
        }
      }
    }
  });

  it('reports the problems found and the sound items left alone', () => {
    expect(discernmentOf(scoreExercise(classifyFixture.exercise, classifyFixture.wrong))).toMatchObject({ hits: 1, misses: 1, correctRejections: 2, falseAlarms: 0 });
    expect(discernmentOf(scoreExercise(highlightFixture.exercise, highlightFixture.wrong))).toMatchObject({ hits: 0, misses: 1, correctRejections: 0, falseAlarms: 1 });
  });
});

describe('empty and missing', () => {
  it.each(fixtures.map((f) => [f.exercise.type, f] as const))('asks for more than the empty %s answer, and nothing more of the right one', (_type, f) => {
    const runtime = runtimeOf(f.exercise.type);
    expect(runtime.missing(f.exercise.public, runtime.empty(f.exercise.public))).toEqual(expect.any(String));
    expect(runtime.missing(f.exercise.public, f.right)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Answers in words for the teacher
// ---------------------------------------------------------------------------------------------

const entryOf = (f: AnyFixture) => catalogEntryOf(f.exercise);
const sig = (f: AnyFixture, answer: AnyFixture['right']) => runtimeOf(f.exercise.type).signature(answer);
const words = (f: AnyFixture, s: string) => reportOf(f.exercise.type).describe(entryOf(f), s);
const mistakes = (f: AnyFixture, s: string) => reportOf(f.exercise.type).mistakes(entryOf(f), s);

describe('signature, describe and mistakes', () => {
  it('single choice: the option chosen', () => {
    expect(entryOf(single)).toEqual({ title: 'Who is speaking?', type: 'single-choice', options: { a: 'Named officials', b: 'Unnamed officials', c: 'The author' }, right: ['b'], explanation: 'The article never names them.' });
    expect(sig(single, { choice: 'a' })).toBe('a');
    expect(sig(single, { choice: null })).toBe('');
    expect(words(single, 'a')).toBe('Named officials');
    expect(words(single, '')).toBe('no answer');
    expect(mistakes(single, 'a')).toEqual(['chose “Named officials”']);
    expect(mistakes(single, 'b')).toEqual([]);
  });

  it('multiple choice and compare: the options chosen, in id order; wrong ones chosen and right ones missed', () => {
    expect(sig(multiple, { choices: ['c', 'a'] })).toBe('ac');
    expect(words(multiple, 'ac')).toBe('No source + A named expert');
    expect(words(multiple, '')).toBe('nothing chosen');
    expect(mistakes(multiple, 'ac')).toEqual(['chose “A named expert”', 'missed “Loaded words”']);
    expect(mistakes(multiple, 'ab')).toEqual([]);
    expect(mistakes(multiple, '')).toEqual(['missed “No source”', 'missed “Loaded words”']);
    expect(mistakes(compareFixture, 'abc')).toEqual(['chose “No source”', 'chose “Loaded words”']);
    expect(entryOf(compareFixture)).toMatchObject({ type: 'compare', right: ['c'] });
  });

  it('highlight: the runs marked; sound text marked and targets missed', () => {
    expect(entryOf(highlightFixture)).toEqual({
      title: 'Find the source',
      type: 'highlight',
      words: passageWords.map((w) => w.text),
      sound: [5, 6, 7, 8, 9, 10, 11, 12, 13],
      targets: [{ from: 0, to: 2 }],
      explanation: 'Which experts?',
    });
    expect(sig(highlightFixture, { marked: [8, 1, 0, 7, 3] })).toBe('0-2,3-4,7-9');
    expect(sig(highlightFixture, { marked: [] })).toBe('');
    expect(words(highlightFixture, '0-2,7-9')).toBe('“Experts say”, “Dr Lee,”');
    expect(words(highlightFixture, '')).toBe('nothing marked');
    expect(mistakes(highlightFixture, '7-9')).toEqual(['marked “Dr Lee,”', 'missed “Experts say”']);
    expect(mistakes(highlightFixture, '0-1,12-14')).toEqual(['marked “The end.”']);
    expect(mistakes(highlightFixture, '0-2,10-12')).toEqual(['marked “did not.”']);
    // The rest of the target's sentence is not a mistake.
    expect(mistakes(highlightFixture, '0-5')).toEqual([]);
  });

  it('classify: a code per item in item order; each item in the wrong category', () => {
    expect(entryOf(classifyFixture)).toEqual({ title: 'Sort them', type: 'classify', right: ['A', 'L', 'N', '0'], explanation: '' });
    expect(sig(classifyFixture, { answers: { 'item-4': null, 'item-2': 'none', 'item-1': 'anonymous-source', 'item-3': 'named-source' } })).toBe('A0N_');
    expect(words(classifyFixture, 'A0N_')).toBe('1: Anonymous source; 2: No problem here; 3: Named, checkable source; 4: no answer');
    expect(mistakes(classifyFixture, 'A0N_')).toEqual(['excerpt 2 as No problem here (it is Loaded language)', 'excerpt 4 as no answer (it is No problem here)']);
    expect(mistakes(classifyFixture, 'ALN0')).toEqual([]);
  });

  it('rate the source: the rating and the reasons; a rating out of range, reasons given wrongly and missed', () => {
    expect(entryOf(rateFixture)).toMatchObject({ type: 'rate-source', right: ['a', 'b'], rating: { min: 1, max: 2 }, explanation: 'Anonymous.' });
    expect(sig(rateFixture, { rating: 4, reasons: ['c', 'a'] })).toBe('4:ac');
    expect(sig(rateFixture, { rating: null, reasons: [] })).toBe('_:');
    expect(words(rateFixture, '4:ac')).toBe('rated Strong; reasons: The author is anonymous + The post is long');
    expect(words(rateFixture, '_:')).toBe('rated no rating; no reasons');
    expect(mistakes(rateFixture, '4:ac')).toEqual(['rated it Strong', 'gave the reason “The post is long”', 'missed the reason “No evidence is offered”']);
    expect(mistakes(rateFixture, '2:ab')).toEqual([]);
    expect(mistakes(rateFixture, '3:ab')).toEqual(['rated it Fair']);
  });

  it('rewrite: the student’s own text, never a mistake', () => {
    expect(sig(rewriteFixture, rewriteFixture.wrong)).toBe('asdf');
    expect(words(rewriteFixture, 'asdf')).toBe('“asdf”');
    expect(mistakes(rewriteFixture, 'asdf')).toEqual([]);
  });

  it('search task: the results in the order opened, and the conclusion; a first click that was not the best, and a wrong conclusion', () => {
    expect(entryOf(searchFixture)).toMatchObject({ type: 'search-task', right: ['b'], best: ['encyclopedia'], options: { 'outlet-about': 'About us', b: 'Its owners are named elsewhere' } });
    expect(sig(searchFixture, { opened: ['outlet-about', 'encyclopedia'], judgement: 'a' })).toBe('outlet-about>encyclopedia:a');
    expect(sig(searchFixture, { opened: [], judgement: null })).toBe(':');
    expect(words(searchFixture, 'outlet-about>encyclopedia:a')).toBe('opened “About us” first (2 results in all); concluded “It is a news agency”');
    expect(words(searchFixture, ':')).toBe('opened nothing; no conclusion');
    expect(mistakes(searchFixture, 'outlet-about>encyclopedia:a')).toEqual(['opened “About us” first', 'concluded “It is a news agency”']);
    expect(mistakes(searchFixture, 'encyclopedia:a')).toEqual(['concluded “It is a news agency”']);
    expect(mistakes(searchFixture, 'friendly-blog:b')).toEqual(['opened “A friend writes” first']);
  });

  it('search task: half for the first click (best 1, fair half, poor 0), half for the conclusion; what is opened later does not count', () => {
    const score = (opened: string[], judgement: string | null) => scoreExercise(searchFixture.exercise, { opened, judgement }).score;
    expect(score(['encyclopedia'], 'b')).toBe(1);
    expect(score(['friendly-blog', 'encyclopedia'], 'b')).toBe(0.75);
    expect(score(['outlet-about', 'encyclopedia', 'friendly-blog'], 'b')).toBe(0.5);
    expect(score(['encyclopedia'], 'c')).toBe(0.5);
    expect(score([], 'b')).toBe(0.5);
    expect(score([], null)).toBe(0);
  });

  it.each(fixtures.map((f) => [f.exercise.type, f] as const))('lists no mistake for the right %s answer, and some for the wrong one (but rewrite)', (type, f) => {
    expect(mistakes(f, sig(f, f.right))).toEqual([]);
    if (type !== 'rewrite') expect(mistakes(f, sig(f, f.wrong)).length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated exercises: a right answer scores 1, fits, and names no mistake
// ---------------------------------------------------------------------------------------------

/** Score the right answer, check it fits, and return the mistakes a teacher would see for it. */
function checkRight<T extends ExerciseType>(exercise: ExerciseOf<T>, right: AnswerOf<T>): string[] {
  const runtime = runtimeOf(exercise.type);
  expect(runtime.accepts(exercise.public, JSON.parse(JSON.stringify(right)))).toBe(true);
  expect(runtime.missing(exercise.public, right)).toBeNull();
  expect(scoreExercise(exercise, right).score).toBe(1);
  return reportOf(exercise.type).mistakes(catalogEntryOf(exercise), runtime.signature(right));
}

const optionsArb = fc.array(fc.boolean(), { minLength: 2, maxLength: 8 }).filter((r) => r.some(Boolean));
const optionsOf = (n: number) => range(0, n).map((i) => ({ id: optionId(i), text: `Option ${i + 1}` }));

describe('right answers, generated for every type', () => {
  it('single choice', () => {
    const arb = fc.integer({ min: 2, max: 8 }).chain((n) => fc.record({ n: fc.constant(n), correct: fc.nat({ max: n - 1 }) }));
    fc.assert(
      fc.property(arb, ({ n, correct }) => {
        const ex: ExerciseOf<'single-choice'> = {
          type: 'single-choice',
          public: { ...single.exercise.public, options: optionsOf(n) },
          key: { type: 'single-choice', correct: optionId(correct), feedback: {} },
        };
        expect(checkRight(ex, { choice: optionId(correct) })).toEqual([]);
      }),
    );
  });

  it('multiple choice and compare', () => {
    fc.assert(
      fc.property(optionsArb, fc.boolean(), (rights, asCompare) => {
        const options = optionsOf(rights.length);
        const correct = options.filter((_, i) => rights[i]).map((o) => o.id);
        const right = { choices: [...correct].reverse() };
        const mistakes = asCompare
          ? checkRight({ type: 'compare', public: { ...compareFixture.exercise.public, options }, key: { type: 'compare', correct, feedback: {} } }, right)
          : checkRight({ type: 'multiple-choice', public: { ...multiple.exercise.public, options }, key: { type: 'multiple-choice', correct, feedback: {} } }, right);
        expect(mistakes).toEqual([]);
      }),
    );
  });

  it('classify, with up to twelve items answered in any order', () => {
    const categoryArb = fc.constantFrom<Category>(...TECHNIQUE_IDS, NO_PROBLEM);
    const arb = fc.array(categoryArb, { minLength: 2, maxLength: 12 }).chain((answers) => fc.record({ answers: fc.constant(answers), order: fc.shuffledSubarray(range(0, answers.length), { minLength: answers.length, maxLength: answers.length }) }));
    fc.assert(
      fc.property(arb, ({ answers, order }) => {
        const ids = answers.map((_, i) => `item-${i + 1}`);
        const ex: ExerciseOf<'classify'> = {
          type: 'classify',
          public: { ...classifyFixture.exercise.public, categories: [...new Set(answers)], items: ids.map((id) => ({ id, excerpt: excerpt(id) })) },
          key: { type: 'classify', answers: Object.fromEntries(ids.map((id, i) => [id, answers[i]!])), alsoAccepted: {}, feedback: {} },
        };
        expect(checkRight(ex, { answers: Object.fromEntries(order.map((i) => [ids[i]!, answers[i]!])) })).toEqual([]);
      }),
    );
  });

  it('rate the source', () => {
    const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4);
    const arb = fc.record({
      bounds: fc.tuple(ratingArb, ratingArb),
      pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      experts: fc.array(fc.boolean(), { minLength: 3, maxLength: 8 }).filter((e) => e.some(Boolean) && e.some((x) => !x)),
    });
    fc.assert(
      fc.property(arb, ({ bounds, pick, experts }) => {
        const min = Math.min(...bounds) as Rating;
        const max = Math.max(...bounds) as Rating;
        const rating = (min + Math.floor(pick * (max - min + 1))) as Rating;
        const reasons = optionsOf(experts.length);
        const expertReasons = reasons.filter((_, i) => experts[i]).map((r) => r.id);
        const ex: ExerciseOf<'rate-source'> = {
          type: 'rate-source',
          public: { ...rateFixture.exercise.public, reasons },
          key: { ...rateFixture.exercise.key, rating: { min, max }, expertReasons },
        };
        expect(checkRight(ex, { rating, reasons: [...expertReasons].reverse() })).toEqual([]);
      }),
    );
  });

  it('highlight: the key phrases, or each target’s whole extent', () => {
    type Kind = 'plain' | 'target' | 'control' | 'neutral';
    const segmentArb = fc.record({ kind: fc.constantFrom<Kind>('plain', 'target', 'control', 'neutral'), length: fc.integer({ min: 1, max: 3 }), ends: fc.boolean() });
    fc.assert(
      fc.property(fc.array(segmentArb, { minLength: 1, maxLength: 10 }).filter((s) => s.some((x) => x.kind === 'target')), (segments) => {
        const texts: string[] = [];
        const spans: Record<Kind, PassageSpan[]> = { plain: [], target: [], control: [], neutral: [] };
        const technique = { plain: 'named-source', target: 'unverified-claim', control: 'responsible-hedging', neutral: 'conspiracism' } as const;
        segments.forEach((s, n) => {
          const from = texts.length;
          for (let i = 0; i < s.length; i++) texts.push(`w${texts.length}`);
          if (s.ends) texts[texts.length - 1] += '.';
          spans[s.kind].push({ annotationId: `s${n}`, technique: technique[s.kind], from, to: texts.length, explanation: 'Why.' });
        });
        const { words: w, gaps } = tokenize(texts.join(' '));
        const sentences = sentencesOf(w, gaps);
        const targets = spans.target.map((t) => ({ ...t, extent: extentOf(t, sentences, spans.control) }));
        const ex: ExerciseOf<'highlight'> = {
          type: 'highlight',
          public: { ...highlightFixture.exercise.public, words: w, gaps },
          key: { type: 'highlight', targets, controls: spans.control, neutral: spans.neutral },
        };
        expect(checkRight(ex, { marked: targets.flatMap((t) => range(t.from, t.to)) })).toEqual([]);
        expect(checkRight(ex, { marked: targets.flatMap((t) => range(t.extent.from, t.extent.to)) })).toEqual([]);
      }),
    );
  });

  it('rewrite: no text is ever a mistake', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const runtime = runtimeOf('rewrite');
        expect(reportOf('rewrite').mistakes(catalogEntryOf(rewriteFixture.exercise), runtime.signature({ text, ticked: [] }))).toEqual([]);
      }),
    );
    expect(checkRight(rewriteFixture.exercise, { text: rewriteFixture.exercise.key.modelAnswer, ticked: [] })).toEqual([]);
  });
});
