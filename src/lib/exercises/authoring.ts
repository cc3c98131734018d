/**
 * The one registry of exercise types at build time: how each is written (its schema) and how it
 * is resolved into the public part and the key the site ships. Types come from these schemas.
 */
import { z } from 'astro/zod';
import { classifyAuthored, classifyKey, classifyPublic } from './classify/schema';
import { resolveClassify } from './classify/resolve';
import { compareAuthored, compareKey, comparePublic } from './compare/schema';
import { resolveCompare } from './compare/resolve';
import { highlightAuthored, highlightKey, highlightPublic } from './highlight/schema';
import { resolveHighlight } from './highlight/resolve';
import { multipleChoiceAuthored, multipleChoiceKey, multipleChoicePublic } from './multiple-choice/schema';
import { resolveMultipleChoice } from './multiple-choice/resolve';
import { rateSourceAuthored, rateSourceKey, rateSourcePublic } from './rate-source/schema';
import { resolveRateSource } from './rate-source/resolve';
import type { ResolveContext } from './resolve-context';
import { rewriteAuthored, rewriteKey, rewritePublic } from './rewrite/schema';
import { resolveRewrite } from './rewrite/resolve';
import { searchTaskAuthored, searchTaskKey, searchTaskPublic } from './search-task/schema';
import { resolveSearchTask } from './search-task/resolve';
import { singleChoiceAuthored, singleChoiceKey, singleChoicePublic } from './single-choice/schema';
import { resolveSingleChoice } from './single-choice/resolve';
import type { Exercise } from './types';

/** An exercise as written in content/exercises/*.yaml. */
export const authoredExerciseSchema = z.discriminatedUnion('type', [
  singleChoiceAuthored,
  multipleChoiceAuthored,
  highlightAuthored,
  classifyAuthored,
  compareAuthored,
  rateSourceAuthored,
  rewriteAuthored,
  searchTaskAuthored,
]);
export type AuthoredExercise = z.infer<typeof authoredExerciseSchema>;

const shipped = <T extends string, P extends z.ZodType, K extends z.ZodType>(type: T, pub: P, key: K) =>
  z.object({ type: z.literal(type), public: pub, key });

/** An exercise as the site ships it: the public part and, apart, the key. */
export const exerciseSchema = z.discriminatedUnion('type', [
  shipped('single-choice', singleChoicePublic, singleChoiceKey),
  shipped('multiple-choice', multipleChoicePublic, multipleChoiceKey),
  shipped('highlight', highlightPublic, highlightKey),
  shipped('classify', classifyPublic, classifyKey),
  shipped('compare', comparePublic, compareKey),
  shipped('rate-source', rateSourcePublic, rateSourceKey),
  shipped('rewrite', rewritePublic, rewriteKey),
  shipped('search-task', searchTaskPublic, searchTaskKey),
]);


export function resolveExercise(ex: AuthoredExercise, ctx: ResolveContext): Exercise {
  switch (ex.type) {
    case 'single-choice':
      return { type: ex.type, ...resolveSingleChoice(ex, ctx) };
    case 'multiple-choice':
      return { type: ex.type, ...resolveMultipleChoice(ex, ctx) };
    case 'highlight':
      return { type: ex.type, ...resolveHighlight(ex, ctx) };
    case 'classify':
      return { type: ex.type, ...resolveClassify(ex, ctx) };
    case 'compare':
      return { type: ex.type, ...resolveCompare(ex, ctx) };
    case 'rate-source':
      return { type: ex.type, ...resolveRateSource(ex, ctx) };
    case 'rewrite':
      return { type: ex.type, ...resolveRewrite(ex, ctx) };
    case 'search-task':
      return { type: ex.type, ...resolveSearchTask(ex, ctx) };
  }
}
