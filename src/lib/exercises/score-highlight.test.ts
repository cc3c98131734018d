import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIT_COVERAGE, scoreHighlight } from './score-highlight';
import type { HighlightKey, HighlightPublic, PassageSpan } from './types';
import { tokenize } from './words';

function passageOf(text: string): HighlightPublic {
  const { words, gaps } = tokenize(text);
  return {
    type: 'highlight',
    id: 'hl',
    title: 'Find the problem',
    prompt: 'Mark the words that show the problem.',
    excerpt: { text, document: null, anchor: null },
    words,
    gaps,
  };
}

const span = (annotationId: string, technique: PassageSpan['technique'], from: number, to: number): PassageSpan => ({
  annotationId,
  technique,
  from,
  to,
  explanation: `About ${annotationId}.`,
});

// ---------------------------------------------------------------------------------------------
// Worked examples
// ---------------------------------------------------------------------------------------------

//              0   1   2     3    4    5   6     7     8    9   10     11
const text = 'One two three four five six seven eight nine ten eleven twelve';
const exercise = passageOf(text);
const T1 = span('t1', 'anonymous-source', 1, 3);
const T2 = span('t2', 'loaded-language', 6, 10);
const C1 = span('c1', 'named-source', 4, 6);
const N1 = span('n1', 'unverified-claim', 10, 12);
const key: HighlightKey = { type: 'highlight', targets: [T1, T2], controls: [C1], neutral: [N1] };
const TARGET_WORDS = [1, 2, 6, 7, 8, 9];

describe('scoreHighlight: worked examples', () => {
  it('has the passage the examples assume', () => {
    expect(exercise.words).toHaveLength(12);
    expect(exercise.words[6]!.text).toBe('seven');
  });

  it('scores 1 for marking exactly the targets, with every target hit and nothing else reported', () => {
    const r = scoreHighlight(exercise, key, { marked: TARGET_WORDS });
    expect(r.type).toBe('highlight');
    expect(r.score).toBe(1);
    expect(r.targets).toEqual([
      { span: T1, coverage: 1, status: 'hit' },
      { span: T2, coverage: 1, status: 'hit' },
    ]);
    expect(r.falseAlarms).toEqual([]);
    expect(r.otherProblems).toEqual([]);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 1, falseAlarms: 0, balanced: 1 });
  });

  it('scores 0 for no marks, with every target missed and the control rightly left', () => {
    const r = scoreHighlight(exercise, key, { marked: [] });
    expect(r.score).toBe(0);
    expect(r.targets.map((t) => [t.coverage, t.status])).toEqual([
      [0, 'miss'],
      [0, 'miss'],
    ]);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 1, falseAlarms: 0, hitRate: 0, correctRejectionRate: 1 });
  });

  it('counts a target as hit from half its words, and as partial below that', () => {
    expect(HIT_COVERAGE).toBe(0.5);
    const r = scoreHighlight(exercise, key, { marked: [1, 6] });
    expect(r.targets).toEqual([
      { span: T1, coverage: 0.5, status: 'hit' },
      { span: T2, coverage: 0.25, status: 'partial' },
    ]);
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1 });
    // Word-level F1: precision 2/2, recall 2/6.
    expect(r.score).toBeCloseTo(0.5, 12);
  });

  it('gives partial credit by word-level F1 for overlapping marks', () => {
    // Three of the six target words and one stray word: precision 3/4, recall 3/6.
    const r = scoreHighlight(exercise, key, { marked: [1, 2, 6, 0] });
    const p = 3 / 4;
    const rec = 3 / 6;
    expect(r.score).toBeCloseTo((2 * p * rec) / (p + rec), 12);
    expect(r.targets.map((t) => t.coverage)).toEqual([1, 0.25]);
  });

  it('lets marks on an unasked-for problem neither earn nor cost, and reports that problem', () => {
    const r = scoreHighlight(exercise, key, { marked: [...TARGET_WORDS, 10, 11] });
    expect(r.score).toBe(1);
    expect(r.falseAlarms).toEqual([]);
    expect(r.otherProblems).toEqual([N1]);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 1, falseAlarms: 0 });
  });

  it('reports an unasked-for problem even when only part of it is marked', () => {
    const r = scoreHighlight(exercise, key, { marked: [11] });
    expect(r.otherProblems).toEqual([N1]);
    expect(r.falseAlarms).toEqual([]);
    expect(r.score).toBe(0);
  });

  it('reports a stray mark as a false alarm with no control, and it costs precision', () => {
    const r = scoreHighlight(exercise, key, { marked: [0, ...TARGET_WORDS] });
    expect(r.falseAlarms).toEqual([{ from: 0, to: 1, control: null }]);
    // precision 6/7, recall 1.
    expect(r.score).toBeCloseTo(12 / 13, 12);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 1, falseAlarms: 1 });
  });

  it('reports a mark on good practice as a false alarm on that control', () => {
    const r = scoreHighlight(exercise, key, { marked: [...TARGET_WORDS, 5] });
    expect(r.falseAlarms).toEqual([{ from: 5, to: 6, control: C1 }]);
    expect(r.falseAlarms[0]!.control).toBe(C1);
    expect(r.score).toBeCloseTo(12 / 13, 12);
    expect(r.discernment).toMatchObject({ correctRejections: 0, falseAlarms: 1, correctRejectionRate: 0 });
  });

  it('groups stray marks into runs, counting a run that touches a control as that control', () => {
    const r = scoreHighlight(exercise, key, { marked: [3, 4, 5] });
    expect(r.falseAlarms).toEqual([{ from: 3, to: 6, control: C1 }]);
    expect(r.discernment).toMatchObject({ correctRejections: 0, falseAlarms: 1 });
    expect(r.score).toBe(0);
  });

  it('splits stray marks around target words into separate runs', () => {
    const r = scoreHighlight(exercise, key, { marked: [0, 1, 2, 3] });
    expect(r.falseAlarms).toEqual([
      { from: 0, to: 1, control: null },
      { from: 3, to: 4, control: null },
    ]);
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1, correctRejections: 1, falseAlarms: 2 });
  });

  it('ignores marks that are not word indexes of the passage', () => {
    const r = scoreHighlight(exercise, key, { marked: [...TARGET_WORDS, -1, 12, 100, 2.5, Number.NaN, Number.POSITIVE_INFINITY] });
    expect(r).toEqual(scoreHighlight(exercise, key, { marked: TARGET_WORDS }));
    expect(r.score).toBe(1);
  });

  it('does not depend on the order of the marks or on duplicates', () => {
    const r = scoreHighlight(exercise, key, { marked: [9, 0, 1, 8, 2, 7, 6, 1, 9, 0, 5] });
    expect(r).toEqual(scoreHighlight(exercise, key, { marked: [0, 1, 2, 5, 6, 7, 8, 9] }));
  });

  it('does not change the answer or the key', () => {
    const marked = [9, 1, 4];
    const keyBefore = JSON.stringify(key);
    scoreHighlight(exercise, key, { marked });
    expect(marked).toEqual([9, 1, 4]);
    expect(JSON.stringify(key)).toBe(keyBefore);
  });

  describe('with no targets (a passage that is fine as it is)', () => {
    const fineKey: HighlightKey = { type: 'highlight', targets: [], controls: [C1], neutral: [N1] };

    it('scores 1 for leaving it unmarked', () => {
      const r = scoreHighlight(exercise, fineKey, { marked: [] });
      expect(r.score).toBe(1);
      expect(r.targets).toEqual([]);
      expect(r.discernment).toMatchObject({ hits: 0, misses: 0, correctRejections: 1, falseAlarms: 0, hitRate: null, balanced: 1 });
    });

    it('scores 1 when the only marks are on an unasked-for problem', () => {
      const r = scoreHighlight(exercise, fineKey, { marked: [10] });
      expect(r.score).toBe(1);
      expect(r.otherProblems).toEqual([N1]);
    });

    it('scores 0 for any counted mark', () => {
      expect(scoreHighlight(exercise, fineKey, { marked: [0] }).score).toBe(0);
      const onControl = scoreHighlight(exercise, fineKey, { marked: [4] });
      expect(onControl.score).toBe(0);
      expect(onControl.discernment).toMatchObject({ correctRejections: 0, falseAlarms: 1, balanced: 0 });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated passages, spans and answers
// ---------------------------------------------------------------------------------------------

type Kind = 'plain' | 'target' | 'control' | 'neutral';

interface Case {
  exercise: HighlightPublic;
  key: HighlightKey;
  /** Every word index of every target. */
  targetWords: number[];
  wordCount: number;
}

const wordArb = fc.constantFrom('experts', 'say', 'the', 'plan', 'failed,', 'according', 'to', 'Dr', 'Lee.', '“so-called”', 'regime', '—', 'it', 'may');
const segmentArb = fc.record({
  kind: fc.constantFrom<Kind>('plain', 'target', 'control', 'neutral'),
  words: fc.array(wordArb, { minLength: 1, maxLength: 4 }),
});

/** A passage cut into consecutive segments; every non-plain segment is a span, so spans never overlap. */
const caseArb: fc.Arbitrary<Case> = fc
  .tuple(fc.array(segmentArb, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '  ', '\n'))
  .map(([segments, separator]) => {
    const targets: PassageSpan[] = [];
    const controls: PassageSpan[] = [];
    const neutral: PassageSpan[] = [];
    const all: string[] = [];
    segments.forEach((segment, n) => {
      const from = all.length;
      all.push(...segment.words);
      const to = all.length;
      if (segment.kind === 'target') targets.push(span(`t${n}`, 'anonymous-source', from, to));
      if (segment.kind === 'control') controls.push(span(`c${n}`, 'named-source', from, to));
      if (segment.kind === 'neutral') neutral.push(span(`n${n}`, 'loaded-language', from, to));
    });
    const targetWords = targets.flatMap((t) => Array.from({ length: t.to - t.from }, (_, i) => t.from + i));
    return {
      exercise: passageOf(all.join(separator)),
      key: { type: 'highlight', targets, controls, neutral },
      targetWords,
      wordCount: all.length,
    };
  });

/** A case and an answer: word indexes, a few of them outside the passage. */
const caseAndAnswerArb = caseArb.chain((c) =>
  fc.record({
    c: fc.constant(c),
    marked: fc.array(fc.integer({ min: -2, max: c.wordCount + 2 }), { maxLength: 2 * c.wordCount + 4 }),
  }),
);

describe('scoreHighlight: properties', () => {
  it('generates passages whose words match the spans', () => {
    fc.assert(
      fc.property(caseArb, ({ exercise: ex, key: k, wordCount }) => {
        expect(ex.words).toHaveLength(wordCount);
        for (const s of [...k.targets, ...k.controls, ...k.neutral]) {
          expect(s.from).toBeLessThan(s.to);
          expect(s.to).toBeLessThanOrEqual(wordCount);
        }
      }),
    );
  });

  it('always scores within [0, 1]', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const { score } = scoreHighlight(c.exercise, c.key, { marked });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(Number.isNaN(score)).toBe(false);
      }),
    );
  });

  it('scores 1 for marking exactly the target words', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = scoreHighlight(c.exercise, c.key, { marked: c.targetWords });
        expect(r.score).toBe(1);
        expect(r.targets.every((t) => t.status === 'hit' && t.coverage === 1)).toBe(true);
        expect(r.falseAlarms).toEqual([]);
      }),
    );
  });

  it('scores 0 for an empty answer whenever there is at least one target', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.key.targets.length > 0),
        (c) => {
          const r = scoreHighlight(c.exercise, c.key, { marked: [] });
          expect(r.score).toBe(0);
          expect(r.targets.every((t) => t.status === 'miss')).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the order of the marks or on duplicates', () => {
    const arb = caseAndAnswerArb.chain(({ c, marked }) =>
      fc.record({
        c: fc.constant(c),
        marked: fc.constant(marked),
        shuffled: fc.shuffledSubarray(marked, { minLength: marked.length, maxLength: marked.length }),
        extra: fc.subarray(marked),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, marked, shuffled, extra }) => {
        const reference = scoreHighlight(c.exercise, c.key, { marked });
        expect(scoreHighlight(c.exercise, c.key, { marked: [...shuffled, ...extra] })).toEqual(reference);
        expect(scoreHighlight(c.exercise, c.key, { marked: [...marked].reverse() })).toEqual(reference);
      }),
    );
  });

  it('never scores marking every word above marking exactly the targets', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const everything = Array.from({ length: c.wordCount }, (_, i) => i);
        const all = scoreHighlight(c.exercise, c.key, { marked: everything }).score;
        const exact = scoreHighlight(c.exercise, c.key, { marked: c.targetWords }).score;
        expect(all).toBeLessThanOrEqual(exact);
      }),
    );
  });

  it('scores marking every word below 1 whenever some counted word is not a target', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.key.controls.length > 0),
        (c) => {
          const everything = Array.from({ length: c.wordCount }, (_, i) => i);
          expect(scoreHighlight(c.exercise, c.key, { marked: everything }).score).toBeLessThan(1);
        },
      ),
    );
  });

  it('adds up its discernment counts', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const { discernment: d, targets, falseAlarms } = scoreHighlight(c.exercise, c.key, { marked });
        expect(d.hits + d.misses).toBe(c.key.targets.length);
        expect(d.correctRejections + d.falseAlarms).toBeGreaterThanOrEqual(c.key.controls.length);
        expect(d.hits).toBe(targets.filter((t) => t.status === 'hit').length);
        // Each control touched by a stray run is one false alarm; so is each stray run touching none.
        const touched = c.key.controls.filter((k) => falseAlarms.some((f) => k.from < f.to && f.from < k.to)).length;
        expect(d.falseAlarms).toBe(touched + falseAlarms.filter((f) => !f.control).length);
      }),
    );
  });

  it('lets marks on unasked-for problems change neither the score nor the false alarms', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const neutralWords = c.key.neutral.flatMap((s) => Array.from({ length: s.to - s.from }, (_, i) => s.from + i));
        const base = scoreHighlight(c.exercise, c.key, { marked });
        const more = scoreHighlight(c.exercise, c.key, { marked: [...marked, ...neutralWords] });
        expect(more.score).toBe(base.score);
        expect(more.falseAlarms).toEqual(base.falseAlarms);
        expect(more.otherProblems).toEqual(c.key.neutral);
      }),
    );
  });

  it('never lowers the score for marking one more target word, nor raises it for one more stray word', () => {
    const arb = caseAndAnswerArb.chain(({ c, marked }) =>
      fc.record({ c: fc.constant(c), marked: fc.constant(marked), word: fc.nat({ max: c.wordCount - 1 }) }),
    );
    fc.assert(
      fc.property(arb, ({ c, marked, word }) => {
        const before = scoreHighlight(c.exercise, c.key, { marked }).score;
        const after = scoreHighlight(c.exercise, c.key, { marked: [...marked, word] }).score;
        const isTarget = c.targetWords.includes(word);
        const isNeutral = c.key.neutral.some((s) => s.from <= word && word < s.to);
        if (isTarget) expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        else if (!isNeutral) expect(after).toBeLessThanOrEqual(before + 1e-12);
        else expect(after).toBe(before);
      }),
    );
  });

  it('reports target coverage as the share of the target words marked', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const r = scoreHighlight(c.exercise, c.key, { marked });
        r.targets.forEach((t, i) => {
          expect(t.span).toBe(c.key.targets[i]);
          let covered = 0;
          for (let w = t.span.from; w < t.span.to; w++) if (marked.includes(w)) covered++;
          expect(t.coverage).toBeCloseTo(covered / (t.span.to - t.span.from), 12);
          expect(t.status).toBe(t.coverage >= HIT_COVERAGE ? 'hit' : t.coverage > 0 ? 'partial' : 'miss');
        });
      }),
    );
  });
});

describe('scoreHighlight: controls side by side', () => {
  it('counts every control a single run of marks covers', () => {
    const ex = passageOf('a b c d e f');
    const twoControls: HighlightKey = {
      type: 'highlight',
      targets: [span('t', 'unverified-claim', 0, 1)],
      controls: [span('c1', 'named-source', 2, 3), span('c2', 'responsible-hedging', 3, 4)],
      neutral: [],
    };
    const result = scoreHighlight(ex, twoControls, { marked: [0, 2, 3] });
    expect(result.discernment).toMatchObject({ hits: 1, falseAlarms: 2, correctRejections: 0 });
  });
});
