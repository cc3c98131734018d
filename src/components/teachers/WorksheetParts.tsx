/** Paper building blocks for printed worksheets: boxes to tick, lines to write on, excerpts. Server-rendered, no hooks. */
import type { ReactNode } from 'react';
import type { Excerpt } from '../../lib/exercises/types';

/** An empty box to tick with a pen. Decorative for screen readers: the list or table says what it is for. */
export function Box() {
  return (
    <span className="ws-box" aria-hidden="true">
      ☐
    </span>
  );
}

/** Where the excerpt comes from, in words that work on paper (no links). */
export function sourceLine(excerpt: Excerpt): string {
  if (!excerpt.document) return 'Practice example written for this course';
  return `Document ${excerpt.document.number}${excerpt.document.outlet ? ` · ${excerpt.document.outlet}` : ''}`;
}

/** A quoted passage; paragraphs (blank lines in the text) stay apart. */
export function PaperExcerpt({ excerpt, label }: { excerpt: Excerpt; label?: string }) {
  const paragraphs = excerpt.text.split(/\n\s*\n/);
  return (
    <figure className="ws-excerpt">
      {label && <p className="ws-excerpt__label">{label}</p>}
      <blockquote className="ws-excerpt__text">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
      <figcaption className="ws-excerpt__source">{sourceLine(excerpt)}</figcaption>
    </figure>
  );
}

/** A list of options, each with a box to tick. */
export function TickList({ items }: { items: { id: string; text: ReactNode }[] }) {
  return (
    <ul className="ws-options">
      {items.map((item) => (
        <li key={item.id}>
          <Box /> <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** Blank ruled lines to write on; numbered when `numbered`. Hidden from screen readers: they are paper only. */
export function WritingLines({ count, numbered = false }: { count: number; numbered?: boolean }) {
  const lines = Array.from({ length: count }, (_, i) => i);
  if (numbered) {
    return (
      <ol className="ws-lines ws-lines--numbered" aria-hidden="true">
        {lines.map((i) => (
          <li key={i} className="ws-line" />
        ))}
      </ol>
    );
  }
  return (
    <div className="ws-lines" aria-hidden="true">
      {lines.map((i) => (
        <div key={i} className="ws-line" />
      ))}
    </div>
  );
}

/** An instruction in bold, such as "Tick one." */
export function Instruction({ children }: { children: ReactNode }) {
  return <p className="ws-instruction">{children}</p>;
}
