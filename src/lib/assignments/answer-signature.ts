/**
 * A compact, comparable form of a student's answer, so the teacher's results page can count the
 * most common wrong answers. Free text (rewrite) is never included: it stays on the student's device.
 */
import { techniqueById } from '../techniques';
import { NO_PROBLEM, type Answer, type Category, type ExerciseType } from '../exercises/types';
import { runsOf } from '../exercises/words';

const categoryCode = (c: Category | null) => (c === null ? '_' : c === NO_PROBLEM ? '0' : techniqueById(c).code);
const itemNumber = (id: string) => Number(id.replace(/^\D+/, ''));

export function answerSignature(type: ExerciseType, answer: Answer): string {
  switch (type) {
    case 'single-choice':
      return (answer as Answer<'single-choice'>).choice ?? '';
    case 'multiple-choice':
    case 'compare':
      return [...(answer as Answer<'multiple-choice'>).choices].sort().join('');
    case 'classify':
      return Object.entries((answer as Answer<'classify'>).answers)
        .sort(([a], [b]) => itemNumber(a) - itemNumber(b))
        .map(([, c]) => categoryCode(c))
        .join('');
    case 'rate-source': {
      const a = answer as Answer<'rate-source'>;
      return `${a.rating ?? '_'}:${[...a.reasons].sort().join('')}`;
    }
    case 'highlight':
      return runsOf((answer as Answer<'highlight'>).marked)
        .map((r) => `${r.from}-${r.to}`)
        .join(',');
    case 'rewrite':
      return '';
  }
}
