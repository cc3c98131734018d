/**
 * One exercise laid out for paper, with room to write. It reads only the exercise's public part:
 * a printed worksheet never holds the answer. Server-rendered (no client: directive), no hooks.
 */
import type { ReactNode } from 'react';
import { RATING_SCALE, type ClassifyPublic, type ComparePublic, type ExercisePublic, type HighlightPublic, type RateSourcePublic, type RewritePublic, type SearchTaskPublic } from '../../lib/exercises/types';
import { explainLineCount, paperPrompt, underlineInstruction } from '../../lib/teacher-guide';
import type { TechniqueId } from '../../lib/techniques';
import { categoryLabel } from '../../lib/exercises/classify';
import { Box, Instruction, PaperExcerpt, TickList, WritingLines, sourceLine } from './WorksheetParts';

/** What each type is called on a worksheet. */
export const WORKSHEET_LABELS: Record<ExercisePublic['type'], string> = {
  'single-choice': 'Tick one answer',
  'multiple-choice': 'Tick every answer that fits',
  highlight: 'Underline and explain',
  classify: 'Sort the excerpts',
  compare: 'Compare two versions',
  'rate-source': 'Rate the source',
  rewrite: 'Rewrite neutrally',
  'search-task': 'Search and judge',
};

function ClassifyTable({ exercise }: { exercise: ClassifyPublic }) {
  return (
    <>
      <Instruction>For each excerpt, tick one box in its row.</Instruction>
      <div className="ws-table-wrap">
        <table className="ws-classify">
          <caption className="visually-hidden">Excerpts of “{exercise.title}” against the answers to tick</caption>
          <thead>
            <tr>
              <th scope="col">Excerpt</th>
              {exercise.categories.map((c) => (
                <th scope="col" key={c}>
                  {categoryLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {exercise.items.map((item, index) => (
              <tr key={item.id}>
                <th scope="row">
                  <span className="ws-classify__number">{index + 1}.</span> <span className="ws-classify__quote">{item.excerpt.text}</span>
                  <span className="ws-classify__source">{sourceLine(item.excerpt)}</span>
                </th>
                {exercise.categories.map((c) => (
                  <td key={c}>
                    <Box />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function HighlightSheet({ exercise, underline }: { exercise: HighlightPublic; underline: readonly TechniqueId[] }) {
  return (
    <>
      <Instruction>{underlineInstruction(underline)}</Instruction>
      <PaperExcerpt excerpt={exercise.excerpt} />
      <p className="ws-write-label">Write each phrase you underlined, and say why you underlined it.</p>
      <WritingLines count={explainLineCount(exercise.words.length)} numbered />
    </>
  );
}

function CompareSheet({ exercise }: { exercise: ComparePublic }) {
  return (
    <>
      <div className="ws-compare">
        {[exercise.left, exercise.right].map((side) => (
          <div className="ws-compare__side" key={side.label}>
            {side.excerpts.map((excerpt, i) => (
              <PaperExcerpt key={i} excerpt={excerpt} label={i === 0 ? side.label : undefined} />
            ))}
          </div>
        ))}
      </div>
      <Instruction>Tick every answer that fits.</Instruction>
      <TickList items={exercise.options} />
    </>
  );
}

function RateSheet({ exercise }: { exercise: RateSourcePublic }) {
  return (
    <>
      <PaperExcerpt excerpt={exercise.excerpt} />
      <Instruction>1. Your rating. Tick one.</Instruction>
      <ul className="ws-options ws-options--row">
        {RATING_SCALE.map((r) => (
          <li key={r.value}>
            <Box /> <span>
              {r.value}. {r.label}
            </span>
          </li>
        ))}
      </ul>
      <Instruction>2. Your reasons. Tick every reason that applies.</Instruction>
      <TickList items={exercise.reasons} />
      <Instruction>3. Why? Explain your rating in your own words.</Instruction>
      <WritingLines count={3} />
    </>
  );
}

function RewriteSheet({ exercise }: { exercise: RewritePublic }) {
  return (
    <>
      <PaperExcerpt excerpt={exercise.excerpt} />
      <Instruction>Write your neutral version.</Instruction>
      <WritingLines count={4} />
      <Instruction>Check your own version. Tick each one that is true.</Instruction>
      <TickList items={exercise.checklist.map((text, i) => ({ id: String(i), text }))} />
    </>
  );
}

function SearchSheet({ exercise }: { exercise: SearchTaskPublic }) {
  return (
    <>
      <p className="ws-write-label">Results for “{exercise.query}”</p>
      <ol className="ws-results">
        {exercise.results.map((r) => (
          <li key={r.id}>
            <strong>{r.note.title}</strong> <span className="ws-results__address">{r.note.address}</span>
            <br />
            {r.snippet}
          </li>
        ))}
      </ol>
      <Instruction>1. Which result would you open first? Write its number, and why.</Instruction>
      <WritingLines count={2} />
      <Instruction>2. Read the pages on the research desk, or on the open web: {exercise.liveWeb} Then tick your conclusion.</Instruction>
      <p className="ws-write-label">{exercise.question}</p>
      <TickList items={exercise.options} />
    </>
  );
}

function SheetBody({ exercise, underline }: { exercise: ExercisePublic; underline: readonly TechniqueId[] }): ReactNode {
  switch (exercise.type) {
    case 'single-choice':
      return (
        <>
          {exercise.excerpt && <PaperExcerpt excerpt={exercise.excerpt} />}
          <Instruction>Tick one.</Instruction>
          <TickList items={exercise.options} />
        </>
      );
    case 'multiple-choice':
      return (
        <>
          {exercise.excerpt && <PaperExcerpt excerpt={exercise.excerpt} />}
          <Instruction>Tick every answer that fits.</Instruction>
          <TickList items={exercise.options} />
        </>
      );
    case 'highlight':
      return <HighlightSheet exercise={exercise} underline={underline} />;
    case 'classify':
      return <ClassifyTable exercise={exercise} />;
    case 'compare':
      return <CompareSheet exercise={exercise} />;
    case 'rate-source':
      return <RateSheet exercise={exercise} />;
    case 'rewrite':
      return <RewriteSheet exercise={exercise} />;
    case 'search-task':
      return <SearchSheet exercise={exercise} />;
  }
}

interface Props {
  exercise: ExercisePublic;
  /** 1-based number of the exercise on the sheet. */
  number: number;
  /** For a highlight exercise: the techniques to underline. */
  underline?: readonly TechniqueId[];
}

export default function WorksheetExercise({ exercise, number, underline = [] }: Props) {
  return (
    <section className="ws-exercise" aria-labelledby={`${exercise.id}-ws-title`} data-exercise={exercise.id} data-type={exercise.type}>
      <p className="ws-exercise__type">
        Exercise {number} · {WORKSHEET_LABELS[exercise.type]}
      </p>
      <h2 className="ws-exercise__title" id={`${exercise.id}-ws-title`}>
        {exercise.title}
      </h2>
      <p className="ws-exercise__prompt">{paperPrompt(exercise.prompt, exercise.type)}</p>
      <SheetBody exercise={exercise} underline={underline} />
    </section>
  );
}
