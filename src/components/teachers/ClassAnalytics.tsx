/** The results page's charts, each beside a table of the same numbers; the markup comes from lib/assignments/class-charts. */
import { LEAN_LABEL, checkRows, leanCounts, mostMissed, type Lean, type StudentDiscernment } from '../../lib/assignments/class-analytics';
import { CHECK_MARK, accuracyChart, checksChart, leanChart, leanMark } from '../../lib/assignments/class-charts';
import type { Submission } from '../../lib/assignments/result-code';
import type { ExerciseSummary } from '../../lib/assignments/results';
import type { CatalogEntry } from '../../lib/exercises/runtime';
import { percent } from '../../lib/format';
import { TableWrap } from './TableWrap';

/** A chart's markup: built from escaped text only (see class-charts.ts), so it can go in as HTML. */
function Chart({ markup, className }: { markup: string; className: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: markup }} />;
}

/** A key swatch: the chart's own mark, drawn small. */
function Swatch({ markup }: { markup: string }) {
  return <svg className="chart-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: markup }} />;
}

export function AccuracyFigure({ summaries, titleOf }: { summaries: readonly ExerciseSummary[]; titleOf: (id: string) => string }) {
  return (
    <figure className="class-figure">
      <Chart className="class-figure__chart" markup={accuracyChart(summaries.map((s) => ({ label: titleOf(s.exercise), value: s.attempts ? s.accuracy : null })), 'chart-accuracy')} />
      <figcaption>Average score of the students who tried each exercise. The table below gives the same numbers.</figcaption>
    </figure>
  );
}

export function ChecksFigure({ shown, module, title }: { shown: readonly Submission[]; module: string; title: string }) {
  return (
    <figure className="class-figure">
      <Chart className="class-figure__chart" markup={checksChart(checkRows(shown, module), title, `chart-checks-${module}`)} />
      <figcaption>
        <span>
          <Swatch markup={CHECK_MARK.pre(8, 8)} /> pre-check
        </span>{' '}
        <span>
          <Swatch markup={CHECK_MARK.post(8, 8)} /> post-check
        </span>{' '}
        <span>
          <Swatch markup={CHECK_MARK.delayed(8, 8)} /> delayed check
        </span>
      </figcaption>
    </figure>
  );
}

const rateText = (rate: number | null) => (rate === null ? '—' : percent(rate));

export function LeanSection({ students }: { students: readonly StudentDiscernment[] }) {
  const drawn = leanCounts(students).filter((c): c is { lean: Exclude<Lean, 'too-few'>; count: number } => c.lean !== 'too-few');
  return (
    <section aria-labelledby="results-lean">
      <h3 id="results-lean">Discernment: who flags everything, who trusts everything</h3>
      <p className="prose">
        Problems found against sound items flagged as problems, over the items where students judge problem or sound. A student who tells them
        apart sits top left; one who flags every item finds every problem but sits top right; one who lets everything pass sits bottom left.
      </p>
      <figure className="class-figure class-figure--square">
        <Chart className="class-figure__chart" markup={leanChart(students, 'chart-lean')} />
        <figcaption>
          {drawn.map(({ lean, count }) => (
            <span key={lean}>
              <Swatch markup={leanMark(lean, 8, 8, 5)} /> {LEAN_LABEL[lean]} ({count}){' '}
            </span>
          ))}
        </figcaption>
      </figure>
      <TableWrap labelledBy="results-lean">
        <table className="results__table" data-results-lean="">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Problems found</th>
              <th scope="col">Sound items flagged</th>
              <th scope="col">Lean</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.student}>
                <th scope="row">{s.student}</th>
                <td>
                  {rateText(s.hitRate)} <span className="muted">of {s.problems}</span>
                </td>
                <td>
                  {rateText(s.falseAlarmRate)} <span className="muted">of {s.soundItems}</span>
                </td>
                <td>{LEAN_LABEL[s.lean]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

export function MostMissed({ summaries, catalog }: { summaries: readonly ExerciseSummary[]; catalog: Readonly<Record<string, CatalogEntry>> }) {
  const missed = mostMissed(summaries);
  if (missed.length === 0) return null;
  return (
    <section aria-labelledby="results-missed">
      <h3 id="results-missed">Most missed</h3>
      <p className="prose">The exercises the class did least well on, worst first, with what students chose and why the right answer is right: a place to start the next class.</p>
      <ol className="results__missed">
        {missed.map((s) => (
          <li key={s.exercise} data-missed={s.exercise}>
            <h4>
              {catalog[s.exercise]?.title ?? s.exercise} <span className="muted">(average {percent(s.accuracy)})</span>
            </h4>
            {s.commonWrong.length > 0 && (
              <p>
                <strong>Often:</strong> {s.commonWrong.map((w) => `${w.answer} (${w.count} ${w.count === 1 ? 'student' : 'students'})`).join('; ')}
              </p>
            )}
            {catalog[s.exercise]?.explanation && (
              <p>
                <strong>Why:</strong> {catalog[s.exercise]!.explanation}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
