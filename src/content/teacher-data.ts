/** What the teacher pages need from the collections: lessons, exercises and printable addresses. Build time only. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { routes } from '../lib/routes';
import type { Exercise } from '../lib/exercises/types';
import type { BankItem } from '../lib/question-banks/bank';
import type { TechniqueId } from '../lib/techniques';
import { courseLessons, courseModules, lessonExerciseIds, type CourseLesson } from './course-data';
import { reviewItemsOf } from './schemas';


/** One exercise as the site ships it (public part and key), without the collection's `file` field. */
export async function loadExercise(id: string): Promise<Exercise> {
  const entry = await getEntry('exercises', id);
  if (!entry) throw new Error(`No exercise with id "${id}" in content/exercises/`);
  return entry.data;
}

export const loadExercises = (ids: readonly string[]) => Promise.all(ids.map(loadExercise));

export interface ModuleLesson extends CourseLesson {
  /** 1-based place of the lesson within its module. */
  number: number;
  exerciseIds: string[];
}

export async function lessonsOf(moduleId: string): Promise<ModuleLesson[]> {
  return (await courseLessons())
    .filter((l) => l.module === moduleId)
    .map((l, i) => ({ ...l, number: i + 1, exerciseIds: lessonExerciseIds(l.entry.body) }));
}

export interface ModuleWithLessons {
  module: CollectionEntry<'modules'>;
  lessons: ModuleLesson[];
}

export async function modulesWithLessons(): Promise<ModuleWithLessons[]> {
  const modules = await courseModules();
  return Promise.all(modules.map(async (module) => ({ module, lessons: await lessonsOf(module.id) })));
}

export async function documentsById(): Promise<Map<string, CollectionEntry<'documents'>>> {
  return new Map((await getCollection('documents')).map((d) => [d.id, d]));
}

/** A part of a module, as its answer key and the progress page list it: its pre-check, one lesson, or its post-check. */
export interface ModuleSection {
  id: string;
  /** Short name, e.g. "Lesson 2". */
  label: string;
  heading: string;
  /** The student page this part comes from. */
  path: string;
  /** A lesson's id (its saved progress is under it); none for a check. */
  lessonId?: string;
  exercises: Exercise[];
  /** The delayed check and the spaced reviews, which come weeks after the module, not next in order. */
  later?: boolean;
}

/** Every exercise of a module in course order: pre-check, each lesson's exercises, post-check; then the delayed check and the reviews. */
export async function moduleSections(module: CollectionEntry<'modules'>, lessons: readonly ModuleLesson[]): Promise<ModuleSection[]> {
  return [
    { id: 'pre-check', label: 'Pre-check', heading: 'Pre-check', path: routes.check(module.id, 'pre'), exercises: await loadExercises(module.data.preCheck) },
    ...(await Promise.all(
      lessons.map(async (l) => ({
        id: l.slug,
        label: `Lesson ${l.number}`,
        heading: `Lesson ${l.number}: ${l.entry.data.title}`,
        path: l.path,
        lessonId: l.entry.id,
        exercises: await loadExercises(l.exerciseIds),
      })),
    )),
    { id: 'post-check', label: 'Post-check', heading: 'Post-check', path: routes.check(module.id, 'post'), exercises: await loadExercises(module.data.postCheck) },
    { id: 'delayed-check', label: 'Delayed check', heading: 'Delayed check', path: routes.check(module.id, 'delayed'), exercises: await loadExercises(module.data.delayedCheck), later: true },
    { id: 'reviews', label: 'Spaced reviews', heading: 'Spaced reviews', path: routes.review(module.id), exercises: await loadExercises(reviewItemsOf(module.data)), later: true },
  ];
}

/** A module's question-bank items, for every bank format: its pre-check, each lesson's exercises, and its post-check, each with where it sits. */
export async function bankItemsOf(module: CollectionEntry<'modules'>): Promise<BankItem[]> {
  const sections = await moduleSections(module, await lessonsOf(module.id));
  return sections.filter((s) => !s.later).flatMap((s) => s.exercises.map((exercise) => ({ exercise, where: s.heading })));
}

/** The techniques a highlight exercise asks students to find, read from its targets. */
export function highlightTechniques(exercise: Exercise): TechniqueId[] {
  if (exercise.type !== 'highlight') return [];
  return [...new Set(exercise.key.targets.map((t) => t.technique))];
}

/** Static paths of the per-lesson worksheet pages (the worksheet and its answers). */
export async function worksheetPaths() {
  return (await modulesWithLessons()).flatMap(({ module, lessons }) =>
    lessons.map((lesson) => ({ params: { module: module.id, lesson: lesson.slug }, props: { module, lesson } })),
  );
}

/** The results page's catalog file for an exercise file (content/exercises/<name>.yaml). */
export const catalogFileName = (exerciseFile: string) => exerciseFile.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
