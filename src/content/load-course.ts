/**
 * Reads the course itself (modules, lessons, glossary) and checks that it holds together: every
 * exercise, quote, annotation and glossary link a lesson uses resolves, every lesson follows the
 * arc, and each module uses what it promises. Problems name the file and the entry.
 */
import { lessonId, lessonSlug } from '../lib/routes';
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { addEntries, filesIn, formatIssues as issues, readYaml } from './content-files';
import { anchorQuote, type Anchor } from '../lib/anchoring';
import type { Exercise } from '../lib/exercises/types';
import { LESSON_ARC, LESSON_COMPONENTS, parseLessonSource, type LessonSource } from './lesson-source';
import type { LoadedDocument, LoadedExercise } from './load-content';
import type { ExerciseSource } from './resolve-exercise';
import {
  glossaryFileSchema,
  lessonSchema,
  moduleSchema,
  primerFileSchema,
  reviewItemsOf,
  type AnnotationEntry,
  type GlossaryTerm,
  type PrimerEntry,
  type LessonData,
  type ModuleData,
} from './schemas';

export interface LoadedModule {
  id: string;
  file: string;
  data: ModuleData;
}

export interface LoadedLesson {
  /** The collection id: "<module>/<file stem>". */
  id: string;
  /** The lesson's address within its module. */
  slug: string;
  file: string;
  data: LessonData;
  source: LessonSource;
  /** Every exercise the lesson embeds, in order. */
  exercises: string[];
  /** Every document the lesson quotes or practises on. */
  documents: Set<string>;
  /** Everything the lesson shows from the documents: excerpts, worked examples and its exercises. */
  sources: ExerciseSource[];
}

export interface Course {
  modules: Map<string, LoadedModule>;
  lessons: Map<string, LoadedLesson>;
  glossary: Map<string, GlossaryTerm & { file: string }>;
  primer: Map<string, PrimerEntry & { file: string }>;
}

interface Inputs {
  documents: ReadonlyMap<string, LoadedDocument>;
  annotations: readonly AnnotationEntry[];
  /** Each document's annotations, anchored once by the loader. */
  anchors: ReadonlyMap<string, readonly Anchor[]>;
  exercises: ReadonlyMap<string, LoadedExercise>;
}

/** The documents an exercise works on. */
export function exerciseDocuments(exercise: Exercise): string[] {
  const pub = exercise.public;
  const excerpts =
    pub.type === 'classify'
      ? pub.items.map((i) => i.excerpt)
      : pub.type === 'compare'
        ? [...pub.left.excerpts, ...pub.right.excerpts]
        : 'excerpt' in pub && pub.excerpt
          ? [pub.excerpt]
          : [];
  return [...new Set(excerpts.flatMap((e) => (e.document ? [e.document.id] : [])))];
}

/** Two sources are shared: the same practice text, overlapping stretches of one document, or the same search of the research desk. */
export function sourcesOverlap(a: ExerciseSource, b: ExerciseSource): boolean {
  if ('search' in a || 'search' in b) return 'search' in a && 'search' in b && a.search === b.search;
  if ('practice' in a || 'practice' in b) return 'practice' in a && 'practice' in b && a.practice.trim() === b.practice.trim();
  return a.document === b.document && a.start < b.end && b.start < a.end;
}

function describeSource(source: ExerciseSource, documents: ReadonlyMap<string, LoadedDocument>): string {
  if ('search' in source) return `the research desk's search "${source.search}"`;
  const text = 'practice' in source ? source.practice : (documents.get(source.document)?.text.text.slice(source.start, source.end) ?? '');
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

export function loadCourse(contentDir: string, inputs: Inputs, problems: string[]): Course {
  const name = (file: string) => relative(join(contentDir, '..'), file);
  const annotationsById = new Map(inputs.annotations.map((a) => [a.id, a]));

  /** Every entry of every YAML file in a folder, by id; a repeated id is a problem naming both files. */
  const entriesIn = <F, E extends { id: string }>(folder: string, what: string, fileSchema: z.ZodType<F>, entriesOf: (file: F) => E[]) => {
    const found = new Map<string, E & { file: string }>();
    for (const file of filesIn(join(contentDir, folder), '.yaml')) {
      const raw = readYaml(file, name(file), problems);
      if (raw === undefined) continue;
      const parsed = fileSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(`${name(file)}: ${issues(parsed.error)}`);
        continue;
      }
      addEntries(found, entriesOf(parsed.data), name(file), what, problems);
    }
    return found;
  };
  const glossary: Course['glossary'] = entriesIn('glossary', 'glossary term', glossaryFileSchema, (f) => f.terms);
  const primer: Course['primer'] = entriesIn('primer', 'primer entry', primerFileSchema, (f) => f.entries);

  const modules: Course['modules'] = new Map();
  for (const file of filesIn(join(contentDir, 'modules'), '.yaml')) {
    const id = file.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '');
    const where = `${name(file)} (module "${id}")`;
    const raw = readYaml(file, where, problems);
    if (raw === undefined) continue;
    const parsed = moduleSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${where}: ${issues(parsed.error)}`);
      continue;
    }
    const m = parsed.data;
    for (const doc of m.documents) if (!inputs.documents.has(doc)) problems.push(`${where}: unknown document "${doc}"`);
    for (const ex of [...m.preCheck, ...m.postCheck, ...m.delayedCheck]) if (!inputs.exercises.has(ex)) problems.push(`${where}: unknown exercise "${ex}" in a check`);
    for (const ex of reviewItemsOf(m)) if (!inputs.exercises.has(ex)) problems.push(`${where}: unknown exercise "${ex}" in its reviews`);
    for (const ref of m.otherSide.excerpts) {
      const doc = inputs.documents.get(ref.document);
      if (!doc) {
        problems.push(`${where}: otherSide: unknown document "${ref.document}"`);
        continue;
      }
      const anchored = anchorQuote(doc.text, { id: 'other-side', quote: ref.quote });
      if (!('start' in anchored)) problems.push(`${where}: otherSide: ${anchored.message} (document "${doc.id}")`);
    }
    const placed = [...m.preCheck, ...m.postCheck, ...m.delayedCheck, ...reviewItemsOf(m)];
    const twice = placed.filter((ex, i) => placed.indexOf(ex) !== i);
    if (twice.length) problems.push(`${where}: the same item is used twice in its checks and reviews (${[...new Set(twice)].join(', ')}); use different items`);
    modules.set(id, { id, file: name(file), data: m });
  }

  const lessons: Course['lessons'] = new Map();
  for (const file of filesIn(join(contentDir, 'lessons'), '.mdx')) {
    const id = lessonId(relative(join(contentDir, 'lessons'), file));
    const where = `${name(file)} (lesson "${id}")`;
    const namesake = lessons.get(id);
    if (namesake) {
      problems.push(`${where}: another lesson, ${namesake.file}, has the same name once its order number is left out; a lesson's name is its identity, so give one of them another`);
      continue;
    }
    let source: LessonSource;
    try {
      source = parseLessonSource(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = lessonSchema.safeParse(source.frontmatter);
    if (!parsed.success) {
      problems.push(`${where}: frontmatter: ${issues(parsed.error)}`);
      continue;
    }
    const data = parsed.data;
    if (!modules.has(data.module)) problems.push(`${where}: unknown module "${data.module}"`);
    if (!id.startsWith(`${data.module}/`)) problems.push(`${where}: a lesson of module "${data.module}" belongs in content/lessons/${data.module}/`);

    const documents = new Set<string>();
    const exercises: string[] = [];
    const sources: ExerciseSource[] = [];
    for (const use of source.components) {
      const at = `${where}: <${use.name}>`;
      const attr = (key: string) => (typeof use.attributes[key] === 'string' ? (use.attributes[key] as string) : undefined);
      if (!(LESSON_COMPONENTS as readonly string[]).includes(use.name)) {
        problems.push(`${at} is not a lesson component (use one of ${LESSON_COMPONENTS.join(', ')})`);
      } else if (use.name === 'Exercise') {
        const ex = inputs.exercises.get(attr('id') ?? '');
        if (!ex) problems.push(`${at}: unknown exercise "${attr('id')}"`);
        else {
          exercises.push(ex.exercise.public.id);
          sources.push(...ex.sources);
          for (const doc of exerciseDocuments(ex.exercise)) documents.add(doc);
        }
      } else if (use.name === 'Excerpt') {
        const doc = inputs.documents.get(attr('document') ?? '');
        if (!doc) problems.push(`${at}: unknown document "${attr('document')}"`);
        else {
          const occurrence = typeof use.attributes.occurrence === 'number' ? use.attributes.occurrence : undefined;
          const anchored = anchorQuote(doc.text, { id: 'excerpt', quote: attr('quote') ?? '', occurrence });
          if (!('start' in anchored)) problems.push(`${at}: ${anchored.message} (document "${doc.id}")`);
          else sources.push({ document: doc.id, start: anchored.start, end: anchored.end });
          documents.add(doc.id);
        }
      } else if (use.name === 'WorkedExample') {
        const annotation = annotationsById.get(attr('annotation') ?? '');
        if (!annotation) problems.push(`${at}: unknown annotation "${attr('annotation')}"`);
        else {
          documents.add(annotation.document);
          const anchored = inputs.anchors.get(annotation.document)?.find((a) => a.id === annotation.id);
          if (anchored) sources.push({ document: annotation.document, start: anchored.start, end: anchored.end });
        }
      } else if (use.name === 'Term') {
        if (!glossary.has(attr('id') ?? '')) problems.push(`${at}: unknown glossary term "${attr('id')}"`);
      }
    }

    // The arc: each section once, in order; a worked example while teaching; enough practice.
    const sections = source.components.filter((c) => (LESSON_ARC as readonly string[]).includes(c.name));
    const order = sections.map((c) => c.name);
    if (order.join() !== LESSON_ARC.join()) {
      problems.push(`${where}: the lesson's sections are ${order.join(', ') || 'missing'}; a lesson has ${LESSON_ARC.join(', ')}, once each, in that order`);
    } else {
      const start = (section: string) => sections.find((c) => c.name === section)!.at;
      const between = (from: string, to: string, component: string) =>
        source.components.filter((c) => c.name === component && c.at > start(from) && c.at < start(to)).length;
      if (between('Teach', 'Practice', 'WorkedExample') === 0) problems.push(`${where}: the Teach section needs a <WorkedExample annotation="..." />`);
      if (between('Practice', 'Check', 'Exercise') < 2) problems.push(`${where}: the Practice section needs at least two <Exercise id="..." />`);
      if (between('Check', 'TakeAway', 'Exercise') < 1) problems.push(`${where}: the Check section needs at least one <Exercise id="..." />`);
    }
    if (exercises.length < 2) problems.push(`${where}: a lesson needs at least two exercises`);
    lessons.set(id, { id, slug: lessonSlug(id.split('/').pop()!), file: name(file), data, source, exercises, documents, sources });
  }

  // Across the course: unique places, checks apart from lessons, documents in use.
  const used = new Map<string, string>();
  for (const lesson of lessons.values()) {
    for (const ex of lesson.exercises) {
      const first = used.get(ex);
      if (first && first !== lesson.id) problems.push(`${lesson.file} (lesson "${lesson.id}"): exercise "${ex}" is already used in lesson "${first}"`);
      used.set(ex, lesson.id);
    }
  }
  for (const m of modules.values()) {
    const own = [...lessons.values()].filter((l) => l.data.module === m.id);
    const orders = own.map((l) => l.data.order);
    if (new Set(orders).size !== orders.length) problems.push(`${m.file} (module "${m.id}"): two lessons share an order number`);
    for (const ex of [...m.data.preCheck, ...m.data.postCheck, ...m.data.delayedCheck, ...reviewItemsOf(m.data)]) {
      const lesson = used.get(ex);
      if (lesson) problems.push(`${m.file} (module "${m.id}"): check or review item "${ex}" is also used in lesson "${lesson}"`);
    }
    // Checks measure the skill, not memory: no excerpt is shared between pre, post and the lessons.
    const lessonSources = own.flatMap((l) => l.sources);
    const sourcesOf = (ids: string[]) => ids.flatMap((id) => (inputs.exercises.get(id)?.sources ?? []).map((source) => ({ id, source })));
    const pre = sourcesOf(m.data.preCheck);
    const post = sourcesOf(m.data.postCheck);
    const delayed = sourcesOf(m.data.delayedCheck);
    for (const [check, others, label] of [
      [pre, lessonSources, "the module's lessons"],
      [post, lessonSources, "the module's lessons"],
      [delayed, lessonSources, "the module's lessons"],
      [pre, post.map((p) => p.source), 'the post-check'],
      [delayed, [...pre, ...post].map((p) => p.source), 'the pre- or post-check'],
    ] as const) {
      for (const { id, source } of check) {
        const clash = others.find((other) => sourcesOverlap(source, other));
        if (clash) problems.push(`${m.file} (module "${m.id}"): check item "${id}" shares an excerpt with ${label}: ${describeSource(clash, inputs.documents)}`);
      }
    }
  }
  // Spaced reviews use new items: none shares an excerpt with any check, or with another review item.
  const modulesList = [...modules.values()];
  const checkSources = modulesList.flatMap((m) => [...m.data.preCheck, ...m.data.postCheck, ...m.data.delayedCheck]).flatMap((id) => inputs.exercises.get(id)?.sources ?? []);
  const reviewed = new Map<string, string>();
  const reviewSources: { id: string; source: ExerciseSource }[] = [];
  for (const m of modulesList) {
    for (const id of reviewItemsOf(m.data)) {
      const where = `${m.file} (module "${m.id}")`;
      const first = reviewed.get(id);
      if (first && first !== m.id) problems.push(`${where}: review item "${id}" is already in the reviews of module "${first}"`);
      reviewed.set(id, m.id);
      for (const source of inputs.exercises.get(id)?.sources ?? []) {
        const check = checkSources.find((other) => sourcesOverlap(source, other));
        if (check) problems.push(`${where}: review item "${id}" shares an excerpt with a check: ${describeSource(check, inputs.documents)}`);
        const other = reviewSources.find((r) => r.id !== id && sourcesOverlap(source, r.source));
        if (other) problems.push(`${where}: review item "${id}" shares an excerpt with review item "${other.id}": ${describeSource(other.source, inputs.documents)}`);
        reviewSources.push({ id, source });
      }
    }
  }
  return { modules, lessons, glossary, primer };
}
