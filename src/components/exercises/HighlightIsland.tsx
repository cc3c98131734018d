import { ExerciseShell, type IslandProps } from './ExerciseIsland';
import { highlightView } from './HighlightView';

/** A highlight exercise's island: the marking view loads only on pages that have one. */
export default function HighlightIsland(props: IslandProps<'highlight'>) {
  return <ExerciseShell {...props} view={highlightView} />;
}
