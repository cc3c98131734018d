import { ExerciseShell, type IslandProps } from './ExerciseIsland';
import { searchTaskView } from './SearchTaskView';

/** A search task's island: the results page view loads only on pages that have one. */
export default function SearchTaskIsland(props: IslandProps<'search-task'>) {
  return <ExerciseShell {...props} view={searchTaskView} />;
}
