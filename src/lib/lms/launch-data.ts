/**
 * What the LMS launch page reads (lms/launch-data.json, written per package by npm run lms): each
 * module's checks and its exercises' public parts.
 */
import { EXERCISE_TYPES } from '../exercises/registry';
import { routes } from '../routes';
import type { ExercisePublic, ExerciseType } from '../exercises/types';
import { isPlainObject } from '../progress';
import type { ScopeModule } from './report';

/** An exercise's public part (never its key): enough to read a saved answer back as an LMS response. */
export interface PublicExercise {
  id: string;
  type: ExerciseType;
  title: string;
  public: ExercisePublic;
}

export interface LaunchModule extends ScopeModule {
  exercises: PublicExercise[];
}

export interface LaunchData {
  modules: LaunchModule[];
}

/** A site path ("/modules/m1/") as a file of the package, relative to its root. */
export const packageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** Where a package starts: its module's page, or the course's home page. */
export const startPage = (moduleIds: readonly string[]) => (moduleIds.length === 1 ? packageFile(routes.module(moduleIds[0]!)) : 'index.html');

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');
const isType = (v: unknown): v is ExerciseType => typeof v === 'string' && (EXERCISE_TYPES as string[]).includes(v);

/** Written by this site's build; checked for shape so a damaged page reports nothing rather than breaking. */
const isExercise = (v: unknown): v is PublicExercise => isPlainObject(v) && typeof v.id === 'string' && isType(v.type) && typeof v.title === 'string' && isPlainObject(v.public) && v.public.id === v.id;

const isModule = (v: unknown): v is LaunchModule =>
  isPlainObject(v) &&
  typeof v.id === 'string' &&
  typeof v.title === 'string' &&
  isIds(v.preCheck) &&
  isIds(v.postCheck) &&
  isIds(v.delayedCheck) &&
  Array.isArray(v.exercises) &&
  v.exercises.every(isExercise);

export function readLaunchData(data: unknown): LaunchData | null {
  return isPlainObject(data) && Array.isArray(data.modules) && data.modules.every(isModule) ? { modules: data.modules } : null;
}

/** The modules a package reports on: those named, or every module when none is. */
export function scopeOf(data: LaunchData, moduleIds: readonly string[]): LaunchModule[] {
  return moduleIds.length ? data.modules.filter((m) => moduleIds.includes(m.id)) : data.modules;
}
