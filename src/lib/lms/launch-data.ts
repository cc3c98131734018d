/** What the LMS launch page carries for its script: each module's checks, its exercises' public parts, and where it starts. */
import { EXERCISE_TYPES } from '../exercises/registry';
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
  /** Its first page, relative to the package's root ("modules/m1/index.html"). */
  start: string;
  exercises: PublicExercise[];
}

export interface LaunchData {
  /** The course's home page, relative to the package's root. */
  home: string;
  modules: LaunchModule[];
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');
const isType = (v: unknown): v is ExerciseType => typeof v === 'string' && (EXERCISE_TYPES as string[]).includes(v);

/** Written by this site's build; checked for shape so a damaged page reports nothing rather than breaking. */
const isExercise = (v: unknown): v is PublicExercise => isPlainObject(v) && typeof v.id === 'string' && isType(v.type) && typeof v.title === 'string' && isPlainObject(v.public) && v.public.id === v.id;

const isModule = (v: unknown): v is LaunchModule =>
  isPlainObject(v) &&
  typeof v.id === 'string' &&
  typeof v.title === 'string' &&
  typeof v.start === 'string' &&
  isIds(v.preCheck) &&
  isIds(v.postCheck) &&
  isIds(v.delayedCheck) &&
  Array.isArray(v.exercises) &&
  v.exercises.every(isExercise);

export function readLaunchData(text: string): LaunchData | null {
  try {
    const data: unknown = JSON.parse(text);
    return isPlainObject(data) && typeof data.home === 'string' && Array.isArray(data.modules) && data.modules.every(isModule) ? { home: data.home, modules: data.modules } : null;
  } catch {
    return null;
  }
}

/** The modules a package reports on: those named, or every module when none is. */
export function scopeOf(data: LaunchData, moduleIds: readonly string[]): LaunchModule[] {
  return moduleIds.length ? data.modules.filter((m) => moduleIds.includes(m.id)) : data.modules;
}
