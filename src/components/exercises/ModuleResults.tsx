import { biasNote, combine, type Discernment } from '../../lib/exercises/discernment';
import { discernmentOf, scoreStored } from '../../lib/exercises/registry';
import type { Exercise } from '../../lib/exercises/types';
import type { ProgressRecord } from '../../lib/progress';
import { percent } from './common';
import { useProgress } from './useProgress';

interface Props {
  preCheck: Exercise[];
  postCheck: Exercise[];
}

interface CheckSummary {
  done: number;
  total: number;
  score: number;
  discernment: Discernment;
}

/** Re-score the student's saved answers to a check, to compare before and after. */
function summarise(exercises: Exercise[], record: ProgressRecord): CheckSummary {
  const results = exercises.flatMap((exercise) => {
    const saved = record.exercises[exercise.public.id];
    const result = saved ? scoreStored(exercise, saved.answer) : null;
    return result ? [result] : [];
  });
  const discernment = combine(results.flatMap((r) => discernmentOf(r) ?? []));
  return {
    done: results.length,
    total: exercises.length,
    score: results.length ? results.reduce((sum, r) => sum + r.score, 0) / results.length : 0,
    discernment,
  };
}

const show = (value: number | null) => (value === null ? '—' : percent(value));

/** The module page's before-and-after table, once the student has done both checks. */
export default function ModuleResults({ preCheck, postCheck }: Props) {
  const { hydrated, record } = useProgress();
  if (!hydrated) return null;
  const pre = summarise(preCheck, record);
  const post = summarise(postCheck, record);
  if (pre.done < pre.total || post.done < post.total) {
    return (
      <p className="module-results__pending">
        Your before-and-after results appear here once you have done both checks (pre-check: {pre.done} of {pre.total}, post-check: {post.done} of{' '}
        {post.total}).
      </p>
    );
  }
  return (
    <div className="table-wrap module-results">
      <table>
        <caption>Your results, before and after the lessons</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Pre-check</th>
            <th scope="col">Post-check</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Score</th>
            <td>{percent(pre.score)}</td>
            <td>{percent(post.score)}</td>
          </tr>
          <tr>
            <th scope="row">Problems found</th>
            <td>{show(pre.discernment.hitRate)}</td>
            <td>{show(post.discernment.hitRate)}</td>
          </tr>
          <tr>
            <th scope="row">Sound items left alone</th>
            <td>{show(pre.discernment.correctRejectionRate)}</td>
            <td>{show(post.discernment.correctRejectionRate)}</td>
          </tr>
          <tr>
            <th scope="row">Which way you lean</th>
            <td>{biasNote(pre.discernment) ?? 'No lean either way.'}</td>
            <td>{biasNote(post.discernment) ?? 'No lean either way.'}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
