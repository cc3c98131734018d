import { useMemo } from 'react';
import { unpackHighlight, type PackedHighlight } from '../../lib/exercises/highlight/packed';
import { ExerciseShell, type IslandProps } from './ExerciseIsland';
import { highlightView } from './HighlightView';

/**
 * A highlight exercise's island: the marking view loads only on pages that have one. Its props
 * carry the exercise packed (packHighlight), and the words are cut from the text here, on the
 * server and in the browser alike.
 */
export default function HighlightIsland({ exercise, ...props }: Omit<IslandProps<'highlight'>, 'exercise'> & { exercise: PackedHighlight }) {
  const unpacked = useMemo(() => unpackHighlight(exercise), [exercise]);
  return <ExerciseShell {...props} exercise={unpacked} view={highlightView} />;
}
