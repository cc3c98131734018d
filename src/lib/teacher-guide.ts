/**
 * Pure helpers for the teacher pages: minutes per module, and the wording of printed worksheets.
 * No Astro imports, so Vitest can check them.
 */
import type { ExerciseType } from './exercises/types';
import { TECHNIQUES, type TechniqueId } from './techniques';

export interface ModuleTiming {
  /** Minutes of all lessons together. */
  lessons: number;
  /** What the module's total leaves for the pre-check and the post-check together (never below 0). */
  checks: number;
  /** About how long each of the two checks takes, in whole minutes; null if nothing is left for them. */
  perCheck: number | null;
}

/** Split a module's total minutes into its lessons and its two checks. */
export function moduleTiming(totalMinutes: number, lessonMinutes: readonly number[]): ModuleTiming {
  const lessons = lessonMinutes.reduce((sum, m) => sum + m, 0);
  const checks = Math.max(0, totalMinutes - lessons);
  return { lessons, checks, perCheck: checks > 0 ? Math.max(1, Math.round(checks / 2)) : null };
}

/** On-screen instructions that mean nothing on paper. */
const SCREEN_ONLY = [/\s*Select words by tapping or dragging, or with the keyboard\./g];

/**
 * A prompt split into what holds on paper too and its on-screen instructions, for an answer key,
 * which shows the prompt as students see it and prints it without them.
 */
export function splitScreenOnly(prompt: string): { paper: string; screenOnly: string } {
  const screenOnly: string[] = [];
  let paper = prompt;
  for (const pattern of SCREEN_ONLY) {
    paper = paper.replace(pattern, (instruction) => {
      screenOnly.push(instruction);
      return '';
    });
  }
  return { paper, screenOnly: screenOnly.join('') };
}

/**
 * An exercise prompt reworded for paper: screen-only instructions go, "choose" becomes "tick",
 * and in a highlight exercise "mark" becomes "underline".
 */
export function paperPrompt(prompt: string, type: ExerciseType): string {
  let text = splitScreenOnly(prompt).paper;
  text = text.replace(/\bChoose\b/g, 'Tick').replace(/\bchoose\b/g, 'tick');
  if (type === 'highlight') text = text.replace(/\bMark\b/g, 'Underline').replace(/\bmark\b/g, 'underline');
  return text.replace(/\s+/g, ' ').trim();
}

/** What each technique looks like, as the end of "Underline every phrase that ...". */
const UNDERLINE_CLAUSES: Record<TechniqueId, string> = {
  'unverified-claim': 'states a fact with no source you could check',
  'anonymous-source': 'leans on a source with no name',
  'not-free-to-speak': 'quotes someone who is not free to speak',
  'loaded-language': 'uses loaded words to push a feeling',
  conspiracism: 'explains events by a secret plot',
  'context-collapse': 'stitches together things that do not belong together',
  'publisher-framing': 'the publisher added around the text',
  'named-source': 'names a source you could check',
  'responsible-hedging': 'says honestly what is not known',
  'fair-wording': 'describes fairly, without judging',
};

/** "Underline every phrase that ...", for the techniques a highlight exercise asks about. */
export function underlineInstruction(techniques: readonly TechniqueId[]): string {
  const ordered = TECHNIQUES.map((t) => t.id).filter((id) => techniques.includes(id));
  if (ordered.length === 0) return 'Underline every phrase the task asks for.';
  const clauses = ordered.map((id) => UNDERLINE_CLAUSES[id]);
  const joined = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(', ')} or ${clauses[clauses.length - 1]}`;
  return `Underline every phrase that ${joined}.`;
}

/** How many numbered lines to leave under a highlight passage: more for a longer passage, never the answer count. */
export function explainLineCount(wordCount: number): number {
  if (wordCount <= 60) return 3;
  if (wordCount <= 150) return 4;
  return 6;
}

/**
 * Content-note labels as one line. Labels can hold commas ("Deaths of civilians, including
 * children"), so they are joined with semicolons; only the first keeps its capital unless `lower`.
 */
export function notesInWords(labels: readonly string[], { lower = false } = {}): string {
  return labels.map((label, i) => (lower || i > 0 ? label.charAt(0).toLowerCase() + label.slice(1) : label)).join('; ');
}
