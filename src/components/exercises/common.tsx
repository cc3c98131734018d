import { useEffect, useState, type ReactNode } from 'react';
import { biasNote, type Discernment } from '../../lib/exercises/discernment';
import type { ChoiceCounts } from '../../lib/exercises/choices';
import type { Excerpt as ExcerptData } from '../../lib/exercises/types';
import { percent } from '../../lib/format';

/** False on the server and in the first client render, so the no-JavaScript form hydrates cleanly. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function documentHref(base: string, excerpt: ExcerptData): string | null {
  if (!excerpt.document) return null;
  return `${base}documents/${excerpt.document.id}/${excerpt.anchor ? `#${excerpt.anchor}` : ''}`;
}

/** Where an excerpt comes from, and unless `linked` is false, a link to its place in the document. */
export function Source({ excerpt, base, linked = true }: { excerpt: ExcerptData; base: string; linked?: boolean }) {
  const href = documentHref(base, excerpt);
  if (!excerpt.document || !href) return <p className="excerpt__source">Practice example written for this course</p>;
  return (
    <p className="excerpt__source">
      Document {excerpt.document.number}
      {excerpt.document.outlet ? ` · ${excerpt.document.outlet}` : ''}
      {/* A link means nothing on paper (answer keys print these views). */}
      {linked && (
        <span className="no-print">
          {' '}
          · <a href={href}>read it in place</a>
        </span>
      )}
    </p>
  );
}

export function Excerpt({ excerpt, base, children }: { excerpt: ExcerptData; base: string; children?: ReactNode }) {
  return (
    <figure className="excerpt">
      <blockquote className="excerpt__text">{children ?? excerpt.text}</blockquote>
      <figcaption>
        <Source excerpt={excerpt} base={base} />
      </figcaption>
    </figure>
  );
}


/** For problem-or-sound judgements only: problems found, sound items left alone, their balance, and any lean. */
export function DiscernmentSummary({ discernment }: { discernment: Discernment }) {
  const { hits, misses, correctRejections, falseAlarms, balanced } = discernment;
  const found = hits + misses;
  const controls = correctRejections + falseAlarms;
  const lean = biasNote(discernment);
  return (
    <>
      <dl className="discernment">
        {found > 0 && (
          <div>
            <dt>Problems found</dt>
            <dd>
              {hits} of {found}
            </dd>
          </div>
        )}
        {controls > 0 && (
          <div>
            <dt>Sound items left alone</dt>
            <dd>
              {correctRejections} of {controls}
            </dd>
          </div>
        )}
        {balanced !== null && found > 0 && controls > 0 && (
          <div>
            <dt>Balance of the two</dt>
            <dd>{percent(balanced)}</dd>
          </div>
        )}
      </dl>
      {lean && <p className="lean-note">{lean}</p>}
    </>
  );
}

/** For picking from a list: right choices made, and wrong choices made. */
export function ChoiceSummary({ counts, rightLabel = 'Right choices', wrongLabel = 'Wrong choices' }: { counts: ChoiceCounts; rightLabel?: string; wrongLabel?: string }) {
  return (
    <dl className="discernment">
      <div>
        <dt>{rightLabel}</dt>
        <dd>
          {counts.rightChosen} of {counts.rightTotal}
        </dd>
      </div>
      <div>
        <dt>{wrongLabel}</dt>
        <dd>{counts.wrongChosen}</dd>
      </div>
    </dl>
  );
}

export type Verdict = 'right' | 'wrong' | 'partly';

const VERDICT_WORDS: Record<Verdict, string> = { right: 'Right', wrong: 'Not quite', partly: 'Partly' };
const VERDICT_ICONS: Record<Verdict, string> = { right: '✓', wrong: '✗', partly: '◐' };

/** A verdict with an icon and a word, never colour alone. */
export function VerdictTag({ verdict, label }: { verdict: Verdict; label?: string }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span> {label ?? VERDICT_WORDS[verdict]}
    </span>
  );
}
