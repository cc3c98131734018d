/**
 * A reference note of the research desk, as a student reads it once opened: what the page says,
 * at most one sentence quoted from it, who is behind it, and the source named in full. Used by
 * the desk's own pages and by search tasks; server-rendered or inside an island, no hooks.
 */
import type { Ref } from 'react';
import type { DeskResult } from '../../lib/research/schema';

export function NoteCard({ note, headingId, headingRef, level = 3 }: { note: DeskResult['note']; headingId?: string; headingRef?: Ref<HTMLHeadingElement>; level?: 1 | 2 | 3 | 4 }) {
  const Heading = `h${level}` as const;
  const Label = `h${level + 1}` as 'h2' | 'h3' | 'h4' | 'h5';
  return (
    <article className="desk-note" aria-labelledby={headingId}>
      <p className="desk-note__address">{note.address}</p>
      <Heading className="desk-note__title" id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {note.title}
      </Heading>
      <p className="desk-note__byline">
        {note.publisher} · {note.dateLabel}
      </p>
      <Label className="desk-note__label">What the page says</Label>
      <p>{note.says}</p>
      {note.quote && (
        <figure className="desk-note__quote">
          <blockquote>
            <p>{note.quote}</p>
          </blockquote>
          <figcaption>Quoted from the page</figcaption>
        </figure>
      )}
      <Label className="desk-note__label">Who is behind it</Label>
      <p>{note.standpoint}</p>
      <p className="desk-note__source">
        <span className="desk-note__source-label">Source: </span>“{note.title}”, {note.publisher}, {note.dateLabel}. <span className="desk-note__url">{note.url}</span>
        {note.readIn && (
          <>
            {' '}
            Read in a copy: {note.readIn.publisher}, <span className="desk-note__url">{note.readIn.url}</span>.
          </>
        )}
      </p>
    </article>
  );
}
