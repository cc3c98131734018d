import type { ExerciseOf } from '../types';
import type { HighlightPublic } from './schema';
import { tokenize } from './words';

type Highlight = ExerciseOf<'highlight'>;
/**
 * A highlight exercise as its island's props carry it: without its words and gaps, which are the
 * excerpt's text cut up (tokenize) and would more than double the props a lesson's HTML holds.
 */
export type PackedHighlight = Omit<Highlight, 'public'> & { public: Omit<HighlightPublic, 'words' | 'gaps'> };

export function packHighlight({ public: { words: _words, gaps: _gaps, ...rest }, ...exercise }: Highlight): PackedHighlight {
  return { ...exercise, public: rest };
}

/** The exercise again, with the words and gaps its resolver made from the same text. */
export function unpackHighlight(packed: PackedHighlight): Highlight {
  return { ...packed, public: { ...packed.public, ...tokenize(packed.public.excerpt.text) } };
}
