import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIT_COVERAGE, highlight } from '.';
import { highlightReport } from './report';
import type { HighlightKey, HighlightPublic, PassageSpan, TargetSpan } from './schema';
import { extentOf, sentencesOf, tokenize } from './words';

function passageOf(text: string): HighlightPublic {
  const { words, gaps } = tokenize(text);
  return { type: 'highlight', id: 'hl', title: 'Find the problem', prompt: 'Mark the words that show the problem.', excerpt: { text, document: null, anchor: null }, words, gaps };
}

const span = (annotationId: string, technique: PassageSpan['technique'], from: number, to: number): PassageSpan => ({ annotationId, technique, from, to, explanation: `About ${annotationId}.` });

/** A key as the resolver builds it: each target's extent is its sentence, short of good practice. */
function keyOf(ex: HighlightPublic, targets: PassageSpan[], controls: PassageSpan[], neutral: PassageSpan[]): HighlightKey {
  const sentences = sentencesOf(ex.words, ex.gaps);
  return { type: 'highlight', targets: targets.map((t): TargetSpan => ({ ...t, extent: extentOf(t, sentences, controls) })), controls, neutral };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const score = (ex: HighlightPublic, key: HighlightKey, marked: number[]) => highlight.score(ex, key, { marked });

// ---------------------------------------------------------------------------------------------
// Worked examples
// ---------------------------------------------------------------------------------------------

//  0       1   2   3     4        5         6         7  8  9     10     11 12 13
// "Experts say the plan failed. Critics, according to Dr Lee, called it a disaster.
//  14 15  16 17    18   19      20  21   22 23 24
//  It was a sham, some claim. The vote is in May."
const text = 'Experts say the plan failed. Critics, according to Dr Lee, called it a disaster. It was a sham, some claim. The vote is in May.';
const exercise = passageOf(text);
const T1 = span('t1', 'anonymous-source', 0, 4); // "Experts say the plan"
const T2 = span('t2', 'loaded-language', 12, 14); // "a disaster."
const C1 = span('c1', 'named-source', 6, 10); // "according to Dr Lee,"
const N1 = span('n1', 'unverified-claim', 14, 20); // "It was a sham, some claim."
const key = keyOf(exercise, [T1, T2], [C1], [N1]);
const [K1, K2] = key.targets as [TargetSpan, TargetSpan];
const TARGET_WORDS = [...range(0, 4), ...range(12, 14)];
/** "Critics,", the named source and the last sentence. */
const SOUND = [5, 6, 7, 8, 9, 20, 21, 22, 23, 24];

describe('highlight: worked examples', () => {
  it('has the passage and extents the examples assume', () => {
    expect(exercise.words).toHaveLength(25);
    expect(exercise.words[12]!.text).toBe('a');
    expect(exercise.words[24]!.text).toBe('May.');
    // T1's extent is its whole sentence; T2's stops after the named source in its sentence.
    expect(K1.extent).toEqual({ from: 0, to: 5 });
    expect(K2.extent).toEqual({ from: 10, to: 14 });
    expect(highlightReport.catalog(exercise, key).sound).toEqual(SOUND);
  });

  it('scores 1 for marking only the key phrases, with every target hit and nothing else reported', () => {
    const r = score(exercise, key, TARGET_WORDS);
    expect(r.type).toBe('highlight');
    expect(r.score).toBe(1);
    expect(r.targets).toEqual([
      { span: K1, coverage: 1, status: 'hit' },
      { span: K2, coverage: 1, status: 'hit' },
    ]);
    expect(r.falseAlarms).toEqual([]);
    expect(r.otherProblems).toEqual([]);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 1, falseAlarms: 0, balanced: 1 });
  });

  it('scores 1 for marking each target’s whole extent: marking inside it is never a false alarm', () => {
    const r = score(exercise, key, [...range(0, 5), ...range(10, 14)]);
    expect(r.score).toBe(1);
    expect(r.falseAlarms).toEqual([]);
    expect(r.discernment).toMatchObject({ hits: 2, falseAlarms: 0 });
  });

  it('still counts good practice inside the target’s sentence as a false alarm', () => {
    // The whole second sentence, named source and all: 5 of the 10 sound words.
    const r = score(exercise, key, [...range(0, 4), ...range(5, 14)]);
    expect(r.falseAlarms).toEqual([{ from: 5, to: 10, control: C1 }]);
    expect(r.score).toBe(1 - 5 / 10);
    expect(r.discernment).toMatchObject({ hits: 2, correctRejections: 0, falseAlarms: 1, correctRejectionRate: 0 });
  });

  it('counts a target in full from half its words marked', () => {
    expect(HIT_COVERAGE).toBe(0.5);
    const r = score(exercise, key, [0, 1, 12]);
    expect(r.targets.map((t) => [t.coverage, t.status])).toEqual([
      [0.5, 'hit'],
      [0.5, 'hit'],
    ]);
    expect(r.score).toBe(1);
  });

  it('gives partial credit below half: coverage over one half, averaged over the targets', () => {
    const r = score(exercise, key, [0]);
    expect(r.targets.map((t) => [t.coverage, t.status])).toEqual([
      [0.25, 'partial'],
      [0, 'miss'],
    ]);
    expect(r.score).toBe((0.5 + 0) / 2);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2 });
    expect(score(exercise, key, [...range(0, 4)]).score).toBe(0.5);
  });

  it('gives nothing, and costs nothing, for marks in an extent but outside its target', () => {
    const r = score(exercise, key, [4, 10, 11]);
    expect(r.score).toBe(0);
    expect(r.falseAlarms).toEqual([]);
    expect(r.targets.every((t) => t.status === 'miss')).toBe(true);
  });

  it('scores marking nothing 0 and marking every word 0', () => {
    const none = score(exercise, key, []);
    expect(none.score).toBe(0);
    expect(none.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 1, falseAlarms: 0, hitRate: 0, correctRejectionRate: 1 });
    const all = score(exercise, key, range(0, 25));
    expect(all.score).toBe(0);
    expect(all.targets.every((t) => t.status === 'hit')).toBe(true);
  });

  it('takes off the share of sound words marked', () => {
    const stray = score(exercise, key, [...TARGET_WORDS, 20]);
    expect(stray.falseAlarms).toEqual([{ from: 20, to: 21, control: null }]);
    expect(stray.score).toBeCloseTo(1 - 1 / 10, 12);
    expect(stray.discernment).toMatchObject({ hits: 2, correctRejections: 1, falseAlarms: 1 });
    const lastSentence = score(exercise, key, [...TARGET_WORDS, ...range(20, 25)]);
    expect(lastSentence.score).toBeCloseTo(1 - 5 / 10, 12);
    // Never below 0.
    expect(score(exercise, key, [0, ...SOUND]).score).toBe(0);
  });

  it('reports a mark on good practice as a false alarm on that control', () => {
    const r = score(exercise, key, [...TARGET_WORDS, 8]);
    expect(r.falseAlarms).toEqual([{ from: 8, to: 9, control: C1 }]);
    expect(r.falseAlarms[0]!.control).toBe(C1);
    expect(r.score).toBeCloseTo(1 - 1 / 10, 12);
    expect(r.discernment).toMatchObject({ correctRejections: 0, falseAlarms: 1 });
  });

  it('lets marks on another, unasked-for problem neither earn nor cost, and reports that problem', () => {
    const r = score(exercise, key, [...TARGET_WORDS, ...range(14, 20)]);
    expect(r.score).toBe(1);
    expect(r.falseAlarms).toEqual([]);
    expect(r.otherProblems).toEqual([N1]);
    expect(r.discernment).toMatchObject({ hits: 2, correctRejections: 1, falseAlarms: 0 });
    const part = score(exercise, key, [17]);
    expect(part.otherProblems).toEqual([N1]);
    expect(part.falseAlarms).toEqual([]);
    expect(part.score).toBe(0);
  });

  it('splits stray marks around other marks into separate runs', () => {
    const r = score(exercise, key, range(9, 22));
    expect(r.falseAlarms).toEqual([
      { from: 9, to: 10, control: C1 },
      { from: 20, to: 22, control: null },
    ]);
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1, correctRejections: 0, falseAlarms: 2 });
  });

  it('ignores marks that are not word indexes of the passage', () => {
    const r = score(exercise, key, [...TARGET_WORDS, -1, 25, 100, 2.5, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(r).toEqual(score(exercise, key, TARGET_WORDS));
    expect(r.score).toBe(1);
  });

  it('does not depend on the order of the marks or on duplicates', () => {
    expect(score(exercise, key, [13, 0, 1, 12, 20, 1, 13, 0])).toEqual(score(exercise, key, [0, 1, 12, 13, 20]));
  });

  it('does not change the answer or the key', () => {
    const marked = [13, 1, 6];
    const before = JSON.stringify(key);
    score(exercise, key, marked);
    expect(marked).toEqual([13, 1, 6]);
    expect(JSON.stringify(key)).toBe(before);
  });

  it('counts every control a single run of marks covers', () => {
    const ex = passageOf('a b c d e f');
    const k = keyOf(ex, [span('t', 'unverified-claim', 0, 1)], [span('c1', 'named-source', 2, 3), span('c2', 'responsible-hedging', 3, 4)], []);
    expect(k.targets[0]!.extent).toEqual({ from: 0, to: 2 });
    const r = score(ex, k, [0, 2, 3]);
    expect(r.falseAlarms).toEqual([{ from: 2, to: 4, control: k.controls[0] }]);
    expect(r.discernment).toMatchObject({ hits: 1, falseAlarms: 2, correctRejections: 0 });
    expect(r.score).toBeCloseTo(1 - 2 / 4, 12);
  });

  it('counts good practice as sound even when a key’s extent runs over it', () => {
    // An extent written by hand over the whole second sentence, named source included.
    const wide: HighlightKey = { ...key, targets: [K1, { ...K2, extent: { from: 5, to: 14 } }] };
    expect(highlightReport.catalog(exercise, wide).sound).toEqual([6, 7, 8, 9, 20, 21, 22, 23, 24]);
    const r = score(exercise, wide, [...range(0, 4), ...range(5, 14)]);
    expect(r.falseAlarms).toEqual([{ from: 6, to: 10, control: C1 }]);
    expect(r.score).toBeCloseTo(1 - 4 / 9, 12);
  });

  it('has no false alarms to take off when the passage has no sound text', () => {
    const ex = passageOf('Experts say so. Some claim it.');
    const k = keyOf(ex, [span('t', 'anonymous-source', 0, 2)], [], [span('n', 'unverified-claim', 3, 6)]);
    expect(highlightReport.catalog(ex, k).sound).toEqual([]);
    expect(score(ex, k, range(0, 6)).score).toBe(1);
  });

  describe('with no targets (a passage that is fine as it is)', () => {
    const fineKey: HighlightKey = { type: 'highlight', targets: [], controls: [C1], neutral: [N1] };

    it('scores 1 for leaving it unmarked, or marking only an unasked-for problem', () => {
      const r = score(exercise, fineKey, []);
      expect(r.score).toBe(1);
      expect(r.discernment).toMatchObject({ hits: 0, misses: 0, correctRejections: 1, falseAlarms: 0, hitRate: null, balanced: 1 });
      expect(score(exercise, fineKey, [15]).score).toBe(1);
    });

    it('takes off the share of sound words marked', () => {
      // Without targets every word outside the other problem is sound: 19 of them.
      expect(score(exercise, fineKey, [0]).score).toBeCloseTo(1 - 1 / 19, 12);
      const onControl = score(exercise, fineKey, [6, 7]);
      expect(onControl.score).toBeCloseTo(1 - 2 / 19, 12);
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
  /** Every word of every target's extent, as worked out here from the generated sentences. */
  extentWords: number[];
  /** The words that are sound: good practice, or outside every extent and every other problem. */
  sound: number[];
  wordCount: number;
}

// No word ends a sentence by itself: only the last word of each generated sentence does.
const wordArb = fc.constantFrom('experts', 'say', 'the', 'plan', 'failed,', 'according', 'to', 'Kaya', 'Lee', '“so-called”', 'regime', '—', 'it', 'may');
const segmentArb = fc.record({
  kind: fc.constantFrom<Kind>('plain', 'target', 'control', 'neutral'),
  words: fc.array(wordArb, { minLength: 1, maxLength: 3 }),
});
const sentenceArb = fc.array(segmentArb, { minLength: 1, maxLength: 4 });

/** Sentences cut into consecutive segments; every non-plain segment is a span, so spans never overlap. */
const caseArb: fc.Arbitrary<Case> = fc
  .tuple(fc.array(sentenceArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '  ', '\n'))
  .map(([sentences, between]) => {
    const targets: PassageSpan[] = [];
    const controls: PassageSpan[] = [];
    const neutral: PassageSpan[] = [];
    const extents: { from: number; to: number }[] = [];
    const texts: string[] = [];
    let n = 0;
    for (const sentence of sentences) {
      const start = texts.length;
      const local: { kind: Kind; from: number; to: number }[] = [];
      for (const segment of sentence) {
        const from = texts.length;
        texts.push(...segment.words);
        local.push({ kind: segment.kind, from, to: texts.length });
      }
      const end = texts.length;
      texts[end - 1] += '.';
      // A sentence starts with a capital, as in the documents: a full stop before a lower-case word does not end one.
      texts[start] = texts[start]!.replace(/\p{L}/u, (c) => c.toUpperCase());
      for (const s of local) {
        n++;
        if (s.kind === 'target') targets.push(span(`t${n}`, 'anonymous-source', s.from, s.to));
        if (s.kind === 'control') controls.push(span(`c${n}`, 'named-source', s.from, s.to));
        if (s.kind === 'neutral') neutral.push(span(`n${n}`, 'loaded-language', s.from, s.to));
        if (s.kind !== 'target') continue;
        // The sentence, short of the nearest good practice on either side within it.
        const before = local.filter((c) => c.kind === 'control' && c.to <= s.from).map((c) => c.to);
        const after = local.filter((c) => c.kind === 'control' && c.from >= s.to).map((c) => c.from);
        extents.push({ from: Math.max(start, ...before), to: Math.min(end, ...after) });
      }
    }
    const ex = passageOf(texts.join(' ').replace(/\. /g, `.${between}`));
    const inside = (spans: readonly { from: number; to: number }[], i: number) => spans.some((s) => s.from <= i && i < s.to);
    const words = range(0, texts.length);
    return {
      exercise: ex,
      key: keyOf(ex, targets, controls, neutral),
      targetWords: words.filter((i) => inside(targets, i)),
      extentWords: words.filter((i) => inside(extents, i)),
      sound: words.filter((i) => inside(controls, i) || (!inside(extents, i) && !inside(neutral, i))),
      wordCount: texts.length,
    };
  });

/** A case and an answer: word indexes, a few of them outside the passage. */
const caseAndAnswerArb = caseArb.chain((c) =>
  fc.record({ c: fc.constant(c), marked: fc.array(fc.integer({ min: -2, max: c.wordCount + 2 }), { maxLength: 2 * c.wordCount + 4 }) }),
);
const withTargets = caseArb.filter((c) => c.key.targets.length > 0);

describe('highlight: properties', () => {
  it('generates passages whose words, sentences and extents match the spans', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(c.exercise.words).toHaveLength(c.wordCount);
        for (const s of [...c.key.targets, ...c.key.controls, ...c.key.neutral]) {
          expect(s.from).toBeLessThan(s.to);
          expect(s.to).toBeLessThanOrEqual(c.wordCount);
        }
        const extentWords = c.key.targets.flatMap((t) => range(t.extent.from, t.extent.to));
        expect([...new Set(extentWords)].sort((a, b) => a - b)).toEqual(c.extentWords);
        for (const t of c.key.targets) {
          expect(t.extent.from).toBeLessThanOrEqual(t.from);
          expect(t.extent.to).toBeGreaterThanOrEqual(t.to);
        }
        expect(highlightReport.catalog(c.exercise, c.key).sound).toEqual(c.sound);
      }),
    );
  });

  it('always scores within [0, 1]', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const { score: s } = score(c.exercise, c.key, marked);
        expect(Number.isNaN(s)).toBe(false);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('scores the mean of min(1, coverage / 0.5) over the targets, less the share of sound words marked', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const set = new Set(marked);
        const found = c.key.targets.length
          ? c.key.targets.reduce((sum, t) => sum + Math.min(1, range(t.from, t.to).filter((i) => set.has(i)).length / (t.to - t.from) / 0.5), 0) / c.key.targets.length
          : 1;
        const falseRate = c.sound.length ? c.sound.filter((i) => set.has(i)).length / c.sound.length : 0;
        expect(score(c.exercise, c.key, marked).score).toBeCloseTo(Math.max(0, found - falseRate), 12);
      }),
    );
  });

  it('scores 1 for marking only the target words, and 1 for marking each target’s whole extent', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const marked of [c.targetWords, c.extentWords]) {
          const r = score(c.exercise, c.key, marked);
          expect(r.score).toBe(1);
          expect(r.targets.every((t) => t.status === 'hit' && t.coverage === 1)).toBe(true);
          expect(r.falseAlarms).toEqual([]);
        }
      }),
    );
  });

  it('never counts a mark inside an extent or another problem as a false alarm', () => {
    const arb = caseArb.chain((c) => {
      const free = range(0, c.wordCount).filter((i) => !c.sound.includes(i));
      return fc.record({ c: fc.constant(c), marked: fc.subarray(free) });
    });
    fc.assert(
      fc.property(arb, ({ c, marked }) => {
        const r = score(c.exercise, c.key, marked);
        expect(r.falseAlarms).toEqual([]);
        expect(r.discernment.falseAlarms).toBe(0);
      }),
    );
  });

  it('scores marking nothing 0, and marking every word 0 when there is sound text', () => {
    fc.assert(
      fc.property(withTargets, (c) => {
        const none = score(c.exercise, c.key, []);
        expect(none.score).toBe(0);
        expect(none.targets.every((t) => t.status === 'miss')).toBe(true);
        if (c.sound.length > 0) expect(score(c.exercise, c.key, range(0, c.wordCount)).score).toBe(0);
      }),
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
        const reference = score(c.exercise, c.key, marked);
        expect(score(c.exercise, c.key, [...shuffled, ...extra])).toEqual(reference);
        expect(score(c.exercise, c.key, [...marked].reverse())).toEqual(reference);
      }),
    );
  });

  it('lets marks on unasked-for problems change neither the score nor the false alarms', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const neutralWords = c.key.neutral.flatMap((s) => range(s.from, s.to));
        const base = score(c.exercise, c.key, marked);
        const more = score(c.exercise, c.key, [...marked, ...neutralWords]);
        expect(more.score).toBe(base.score);
        expect(more.falseAlarms).toEqual(base.falseAlarms);
        expect(more.otherProblems).toEqual(c.key.neutral);
      }),
    );
  });

  it('never lowers the score for one more target word, never raises it for one more sound word, and leaves it for any other', () => {
    const arb = caseAndAnswerArb.chain(({ c, marked }) => fc.record({ c: fc.constant(c), marked: fc.constant(marked), word: fc.nat({ max: c.wordCount - 1 }) }));
    fc.assert(
      fc.property(arb, ({ c, marked, word }) => {
        const before = score(c.exercise, c.key, marked).score;
        const after = score(c.exercise, c.key, [...marked, word]).score;
        if (c.targetWords.includes(word)) expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        else if (c.sound.includes(word)) expect(after).toBeLessThanOrEqual(before + 1e-12);
        else expect(after).toBe(before);
      }),
    );
  });

  it('reports target coverage as the share of the target words marked', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const r = score(c.exercise, c.key, marked);
        r.targets.forEach((t, i) => {
          expect(t.span).toBe(c.key.targets[i]);
          const covered = range(t.span.from, t.span.to).filter((w) => marked.includes(w)).length;
          expect(t.coverage).toBeCloseTo(covered / (t.span.to - t.span.from), 12);
          expect(t.status).toBe(t.coverage >= HIT_COVERAGE ? 'hit' : t.coverage > 0 ? 'partial' : 'miss');
        });
      }),
    );
  });

  it('reports false alarms as exactly the runs of sound words marked', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const r = score(c.exercise, c.key, marked);
        const words = r.falseAlarms.flatMap((f) => range(f.from, f.to));
        expect(words).toEqual([...new Set(marked)].filter((i) => c.sound.includes(i)).sort((a, b) => a - b));
        for (const f of r.falseAlarms) expect(f.control).toBe(c.key.controls.find((k) => k.from < f.to && f.from < k.to) ?? null);
      }),
    );
  });

  it('adds up its discernment counts', () => {
    fc.assert(
      fc.property(caseAndAnswerArb, ({ c, marked }) => {
        const { discernment: d, targets, falseAlarms } = score(c.exercise, c.key, marked);
        expect(d.hits + d.misses).toBe(c.key.targets.length);
        expect(d.hits).toBe(targets.filter((t) => t.status === 'hit').length);
        // Each control touched by a false-alarm run is one false alarm; so is each run touching none.
        const touched = c.key.controls.filter((k) => falseAlarms.some((f) => k.from < f.to && f.from < k.to)).length;
        expect(d.falseAlarms).toBe(touched + falseAlarms.filter((f) => !f.control).length);
        expect(d.correctRejections).toBe(c.key.controls.length - touched);
      }),
    );
  });
});
