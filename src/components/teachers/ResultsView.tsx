import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { analyticsCsv, studentDiscernment } from '../../lib/assignments/class-analytics';
import { describeAnswer } from '../../lib/assignments/describe-answer';
import { encodeResultCode, type Submission } from '../../lib/assignments/result-code';
import { checkedModules, checkScore, completion, exercisesIn, judgesProblemsIn, unknownExercises, mergeSubmissions, outOf, readCodes, studentTotals, summariseExercises, toCsv, type ImportReport } from '../../lib/assignments/results';
import type { CatalogEntry } from '../../lib/exercises/runtime';
import { downloadFile } from '../exercises/browser-files';
import { replayEarlyInput } from '../exercises/early-input';
import { useHydrated } from '../exercises/common';
import { percent } from '../../lib/format';
import { localStorageOrNull, removeAndVerify } from '../../lib/storage';
import { TableWrap } from './TableWrap';

interface Props {
  /** The catalog files that name the exercises and their mistakes, each with its exercises' ids; fetched only for the results shown. */
  catalogFiles: Record<string, string[]>;
  /** Each module's title and number of review rounds, for the checks and reviews the codes carry. */
  modules: { id: string; title: string; rounds: number }[];
}

/** Saved as the codes themselves, so every load re-checks them like a fresh paste. */
const STORE_KEY = 'read-the-source:class-results';

function loadSaved(): Submission[] {
  try {
    return mergeSubmissions([], readCodes(localStorage.getItem(STORE_KEY) ?? '').added);
  } catch {
    return [];
  }
}

function save(submissions: Submission[]): boolean {
  try {
    localStorage.setItem(STORE_KEY, submissions.map(encodeResultCode).join('\n'));
    return true;
  } catch {
    return false;
  }
}

const rate = (a: number, b: number) => outOf(a, b) || '—';

/** The catalog entries of the files asked for, fetched once each. */
function useCatalog(files: readonly string[]): { catalog: Record<string, CatalogEntry>; ready: boolean; failed: string[] } {
  const [loaded, setLoaded] = useState<Record<string, Record<string, CatalogEntry> | 'failed'>>({});
  const requested = useRef(new Set<string>());
  const wanted = files.filter((file) => !(file in loaded));
  const key = wanted.join(' ');
  useEffect(() => {
    for (const file of key.split(' ').filter((f) => f && !requested.current.has(f))) {
      requested.current.add(file);
      fetch(file)
        .then((response) => (response.ok ? (response.json() as Promise<Record<string, CatalogEntry>>) : Promise.reject(new Error(String(response.status)))))
        .then(
          (entries) => setLoaded((held) => ({ ...held, [file]: entries })),
          () => setLoaded((held) => ({ ...held, [file]: 'failed' })),
        );
    }
  }, [key]);
  const catalog: Record<string, CatalogEntry> = {};
  for (const file of files) {
    const entries = loaded[file];
    if (entries && entries !== 'failed') Object.assign(catalog, entries);
  }
  return { catalog, ready: wanted.length === 0, failed: files.filter((file) => loaded[file] === 'failed') };
}

type Analytics = typeof import('./ClassAnalytics');

/** The charts' code, fetched once there are results to chart, beside the catalog: a visit with none does not load it. */
function useAnalytics(wanted: boolean): { analytics: Analytics | null; failed: boolean } {
  const [state, setState] = useState<{ analytics: Analytics | null; failed: boolean }>({ analytics: null, failed: false });
  useEffect(() => {
    if (!wanted || state.analytics) return;
    let live = true;
    import('./ClassAnalytics').then(
      (analytics) => live && setState({ analytics, failed: false }),
      () => live && setState({ analytics: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.analytics]);
  return state;
}

export default function ResultsView({ catalogFiles, modules }: Props) {
  const hydrated = useHydrated();
  /** Each exercise's catalog file, by exercise id: also the ids this copy of the site knows. */
  const fileOf = useMemo(() => Object.fromEntries(Object.entries(catalogFiles).flatMap(([file, ids]) => ids.map((id) => [id, file] as const))), [catalogFiles]);
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const [pasted, setPasted] = useState('');
  const root = useRef<HTMLDivElement>(null);
  // Codes pasted before the script ran are in the box but not in the state, and the next render
  // would empty the box: hand them in as the exercises do, after hydration's commit (see early-input).
  useLayoutEffect(() => queueMicrotask(() => replayEarlyInput(root.current!)), []);
  const [report, setReport] = useState<(ImportReport & { source: string }) | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  /** Whether the last "clear" really emptied the browser's copy; null before any. */
  const [cleared, setCleared] = useState<boolean | null>(null);
  const pasteId = useId();
  const pickId = useId();

  useEffect(() => {
    if (hydrated) setSubmissions(loadSaved());
  }, [hydrated]);

  const add = (text: string, source: string) => {
    const read = readCodes(text, submissions);
    const merged = mergeSubmissions(submissions, read.added);
    setSubmissions(merged);
    setCleared(null);
    const saved = save(merged);
    setReport({ ...read, source: saved ? source : `${source} (this browser could not save them)` });
    if (read.added[0]) setChosen(read.added[read.added.length - 1]!.assignment);
  };
  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const texts = await Promise.all([...files].map((f) => f.text()));
    add(texts.join('\n'), `${files.length} ${files.length === 1 ? 'file' : 'files'}`);
  };

  const assignments = [...new Map(submissions.map((s) => [s.assignment, s.title])).entries()];
  const current = chosen && assignments.some(([key]) => key === chosen) ? chosen : (assignments[0]?.[0] ?? null);
  const shown = submissions.filter((s) => s.assignment === current);
  const shownIds = exercisesIn(shown);
  const { analytics, failed: chartsFailed } = useAnalytics(shown.length > 0);
  const { catalog, ready, failed } = useCatalog([...new Set(shownIds.flatMap((id) => (Object.hasOwn(fileOf, id) ? [fileOf[id]!] : [])))]);
  const titleOf = (id: string) => catalog[id]?.title ?? id;
  const exercises = shownIds.map((id) => ({ id, title: titleOf(id) }));
  const summaries = summariseExercises(shown, exercises.map((e) => e.id), catalog);
  const judgesProblems = judgesProblemsIn(catalog);
  const assignedIds = exercises.map((e) => e.id);
  const unknown = unknownExercises(shown, fileOf);
  const discernment = shown.map((s) => studentDiscernment(s, judgesProblems));
  const modulesChecked = checkedModules(shown);
  const moduleTitle = (id: string) => modules.find((m) => m.id === id)?.title ?? id;

  return (
    <div className="results" ref={root}>
      <section aria-labelledby="results-add" className="panel no-print">
        <h2 id="results-add">Add result codes</h2>
        {/* Present from the start, so the page does not move when the island takes over. */}
        <p className={hydrated ? 'muted' : 'no-js-note'}>
          {hydrated ? 'Codes are read in this browser and sent nowhere.' : 'The results page needs JavaScript. Codes you paste are read in this browser and sent nowhere.'}
        </p>
        <label className="field-label" htmlFor={pasteId}>
          Paste codes, one per line
        </label>
        <textarea id={pasteId} className="code-field" rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <div className="button-row">
          <button
            type="button"
            className="button"
            // Until the script runs a press would do nothing: the button says so by waiting.
            disabled={!hydrated}
            onClick={() => {
              add(pasted, 'the pasted text');
              setPasted('');
            }}
          >
            Add these codes
          </button>
          <label className="button button--quiet file-button">
            Add code files
            <input type="file" multiple accept=".txt,text/plain" className="visually-hidden" disabled={!hydrated} onChange={(e: ChangeEvent<HTMLInputElement>) => void onFiles(e.target.files)} />
          </label>
        </div>
        <div
          className="drop-zone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            void onFiles(e.dataTransfer.files);
          }}
        >
          Or drop code files here.
        </div>
        <div role="status" className="results__report">
          {report && (
            <>
              <p>
                From {report.source}: {report.added.length} {report.added.length === 1 ? 'result' : 'results'} added
                {report.alreadyAdded.length > 0 &&
                  `; ${report.alreadyAdded.length} already added before (${[...new Set(report.alreadyAdded.map((s) => s.student))].join(', ')}), so kept once`}
                {report.rejected.length > 0 ? `; ${report.rejected.length} ${report.rejected.length === 1 ? 'line' : 'lines'} not added:` : '.'}
              </p>
              {report.rejected.length > 0 && (
                <ul className="results__rejected">
                  {report.rejected.map((r) => (
                    <li key={r.line}>
                      Line {r.line} (<code>{r.text}</code>): {r.error}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </section>

      {shown.length === 0 ? (
        <p>No results yet. Codes you add are kept in this browser until you clear them.</p>
      ) : !ready || (!analytics && !chartsFailed) ? (
        <p role="status">Reading the exercises these results are about…</p>
      ) : (
        <>
          {assignments.length > 1 && (
            <div className="field no-print">
              <label htmlFor={pickId}>Assignment</label>
              <select id={pickId} value={current ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {assignments.map(([key, title]) => (
                  <option key={key} value={key}>
                    {title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <h2>{shown[0]!.title}</h2>
          {chartsFailed && (
            <p className="message message--error" role="alert">
              The charts could not be loaded, so the tables below show the numbers alone. Reload the page to try again.
            </p>
          )}
          {failed.length > 0 && (
            <p className="message message--error" role="alert">
              The details of some exercises could not be read ({failed.length} {failed.length === 1 ? 'file' : 'files'}), so their columns show ids
              only. Reload the page to try again.
            </p>
          )}
          {unknown.length > 0 && (
            <p className="results__unknown" data-notice="unknown-exercises">
              These codes name {unknown.length === 1 ? 'an exercise' : `${unknown.length} exercises`} this copy of the site does not have:{' '}
              {unknown.join(', ')}. {unknown.length === 1 ? 'Its column shows' : 'Their columns show'} the id, with no title or answers to compare. The
              codes may come from another version of the site, or have been made by hand.
            </p>
          )}
          <p>
            {shown.length} {shown.length === 1 ? 'student' : 'students'}. A student who handed in twice is counted once, with the latest code.
          </p>

          <section aria-labelledby="results-class">
            <h3 id="results-class">Class table (score in %)</h3>
            <TableWrap labelledBy="results-class">
              <table className="results__table">
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Done</th>
                    {exercises.map((e) => (
                      <th scope="col" key={e.id}>
                        {e.title}
                      </th>
                    ))}
                    <th scope="col">Problems found</th>
                    <th scope="col">Sound items left alone</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((s) => {
                    const byExercise = new Map(s.items.map((i) => [i.exercise, i]));
                    const [hits, misses, rejections, alarms] = studentTotals(s, judgesProblems);
                    const { done, total } = completion(s, assignedIds);
                    return (
                      <tr key={`${s.assignment}-${s.student}`}>
                        <th scope="row">{s.student}</th>
                        <td data-done="">
                          {done} of {total}
                        </td>
                        {exercises.map((e) => {
                          const item = byExercise.get(e.id);
                          return <td key={e.id}>{item ? Math.round(item.score * 100) : <span className="muted">not tried</span>}</td>;
                        })}
                        <td>{rate(hits, misses)}</td>
                        <td>{rate(rejections, alarms)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          </section>

          {modulesChecked.length > 0 && (
            <section aria-labelledby="results-checks">
              <h3 id="results-checks">Checks and spaced reviews (score in %)</h3>
              <p>
                Each module&rsquo;s pre-check, post-check and delayed check (about three weeks later), as the student last left them, and the short
                reviews done. A check counts once every item in it is answered.
              </p>
              {modulesChecked.map((m) => (
                analytics && <analytics.ChecksFigure key={m} shown={shown} module={m} title={moduleTitle(m)} />
              ))}
              <TableWrap labelledBy="results-checks">
                <table className="results__table" data-results-checks="">
                  <thead>
                    <tr>
                      <th scope="col">Student</th>
                      <th scope="col">Module</th>
                      <th scope="col">Pre-check</th>
                      <th scope="col">Post-check</th>
                      <th scope="col">Delayed check</th>
                      <th scope="col">Reviews done</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.flatMap((s) =>
                      s.checks.map((c) => {
                        const module = modules.find((m) => m.id === c.module);
                        return (
                          <tr key={`${s.assignment}-${s.student}-${c.module}`}>
                            <th scope="row">{s.student}</th>
                            <td>{moduleTitle(c.module)}</td>
                            <td>{checkScore(c.pre)}</td>
                            <td>{checkScore(c.post)}</td>
                            <td>{checkScore(c.delayed)}</td>
                            <td>
                              {c.reviewsDone}
                              {module ? ` of ${module.rounds}` : ''}
                            </td>
                          </tr>
                        );
                      }),
                    )}
                  </tbody>
                </table>
              </TableWrap>
            </section>
          )}

          <section aria-labelledby="results-exercises">
            <h3 id="results-exercises">Exercise by exercise</h3>
            {analytics && <analytics.AccuracyFigure summaries={summaries} titleOf={titleOf} />}
            <TableWrap labelledBy="results-exercises">
              <table className="results__table">
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Tried</th>
                    <th scope="col">Average score</th>
                    <th scope="col">Problems found</th>
                    <th scope="col">Sound items left alone</th>
                    <th scope="col">Most common wrong answers</th>
                  </tr>
                </thead>
                <tbody>
                  {summaries.map((x) => (
                    <tr key={x.exercise} data-exercise={x.exercise}>
                      <th scope="row">{titleOf(x.exercise)}</th>
                      <td>
                        {x.attempts} of {x.students}
                      </td>
                      <td>{x.attempts ? percent(x.accuracy) : '—'}</td>
                      <td>{x.judgesProblems ? rate(x.hits, x.misses) : <span className="muted">not a problem-or-sound item</span>}</td>
                      <td>{x.judgesProblems ? rate(x.correctRejections, x.falseAlarms) : <span className="muted">—</span>}</td>
                      <td>
                        {x.commonWrong.length === 0 ? (
                          <span className="muted">none</span>
                        ) : (
                          <ul className="results__wrong">
                            {x.commonWrong.map((w) => (
                              <li key={w.answer}>
                                {w.answer}{' '}
                                <span className="muted">
                                  ({w.count} {w.count === 1 ? 'student' : 'students'})
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>

          {analytics && discernment.some((d) => d.problems + d.soundItems > 0) && <analytics.LeanSection students={discernment} />}
          {analytics && <analytics.MostMissed summaries={summaries} catalog={catalog} />}

          {exercises
            .filter((e) => catalog[e.id]?.type === 'rewrite')
            .map((e) => (
              <section key={e.id} aria-labelledby={`rewrite-${e.id}`} className="results__rewrites">
                <h3 id={`rewrite-${e.id}`}>Rewrites: {e.title}</h3>
                <p>
                  <strong>Model answer:</strong> {catalog[e.id]?.model}
                </p>
                <p className="muted">The score only checks listed words and key words. Read each version: is the claim kept, and is nothing new added?</p>
                <ul>
                  {shown.map((s) => {
                    const item = s.items.find((i) => i.exercise === e.id);
                    return (
                      <li key={s.student}>
                        <strong>{s.student}</strong> ({item ? `${Math.round(item.score * 100)}%` : 'not tried'}): {item ? describeAnswer(catalog[e.id]!, item.answer) : ''}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}

          <div className="button-row no-print">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile(
                  `${shown[0]!.title.replace(/[^\p{L}\p{N}]+/gu, '-')}-results.csv`,
                  `${toCsv(shown, exercises, judgesProblems, moduleTitle)}\r\n${analyticsCsv(summaries, discernment, titleOf, (id) => catalog[id]?.explanation ?? '')}`,
                  'text/csv',
                )
              }
            >
              Download as CSV
            </button>
            <button type="button" className="button button--quiet" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </>
      )}

      {submissions.length > 0 && (
        <section aria-labelledby="results-clear" className="no-print">
          <h2 id="results-clear">Saved results</h2>
          <p>All results you add are kept in this browser only.</p>
          {confirmClear ? (
            <div className="button-row" role="group" aria-label="Confirm clearing results">
              <span>Delete every saved result from this browser?</span>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  const store = localStorageOrNull();
                  const left = store ? removeAndVerify(store, [STORE_KEY]) : [STORE_KEY];
                  setSubmissions(left.length ? loadSaved() : []);
                  setConfirmClear(false);
                  setReport(null);
                  setCleared(left.length === 0);
                }}
              >
                Yes, clear them
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmClear(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirmClear(true)}>
              Clear saved results…
            </button>
          )}
        </section>
      )}
      <p className={cleared === false ? 'message message--error' : 'message'} role="status">
        {cleared === true && 'Every saved result was deleted from this browser.'}
        {cleared === false &&
          'This browser did not delete the saved results: they are still stored. Clear this site’s data in the browser’s settings to remove them.'}
      </p>
    </div>
  );
}
