import { joinExplanations } from '../reports-shared';
import type { TypeReport } from '../runtime';
import { HIT_COVERAGE, soundWordsOf } from '.';
import { runsOf } from './words';

type Range = { from: number; to: number };

export const highlightReport: TypeReport<'highlight'> = {
  describe: (entry, signature) =>
    signature
      ? signature
          .split(',')
          .map((run) => {
            const [from, to] = run.split('-').map(Number) as [number, number];
            return `“${(entry.words ?? []).slice(from, to).join(' ')}”`;
          })
          .join(', ')
      : 'nothing marked',
  mistakes: (entry, signature) => {
    const marked = new Set(signature ? signature.split(',').flatMap((run) => {
      const [from, to] = run.split('-').map(Number) as [number, number];
      return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
    }) : []);
    const words = entry.words ?? [];
    const text = (r: Range) => `“${words.slice(r.from, r.to).join(' ')}”`;
    const sound = new Set(entry.sound ?? []);
    const missed = (entry.targets ?? []).filter((t) => {
      let covered = 0;
      for (let i = t.from; i < t.to; i++) if (marked.has(i)) covered++;
      return covered / (t.to - t.from) < HIT_COVERAGE;
    });
    return [...runsOf([...marked].filter((i) => sound.has(i))).map((r) => `marked ${text(r)}`), ...missed.map((t) => `missed ${text(t)}`)];
  },
  catalog: (e, key) => ({
    title: e.title,
    type: 'highlight',
    words: e.words.map((w) => w.text),
    sound: soundWordsOf(key, e.words.length),
    targets: key.targets.map(({ from, to }) => ({ from, to })),
    explanation: joinExplanations(key.targets.map((t) => t.explanation)),
  }),
};
