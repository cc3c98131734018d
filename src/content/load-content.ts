/**
 * Reads and checks the course content on disk. Both the build (through the collection loaders in
 * content.config.ts) and the test suite call this, so a bad quote fails both with the same
 * message, naming the file and the entry.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesIn, formatIssues, readYaml } from './content-files';
import { anchorQuote, anchorQuotes, type Anchor } from '../lib/anchoring';
import { buildDocumentText, splitBlocks, type DocumentText } from '../lib/document-text';
import { MarkupError } from '../lib/inline-markup';
import type { Exercise } from '../lib/exercises/types';
import { loadCourse, type Course } from './load-course';
import { fileResolver, ResolveError, type ExerciseSource } from './resolve-exercise';
import { loadDesk, type Desk } from './load-desk';
import {
  annotationFileSchema,
  annotationSchema,
  documentSchema,
  exerciseFileSchema,
  authoredExerciseSchema,
  type AnnotationEntry,
  type DocumentData,
  type DocumentPart,
} from './schemas';
import type { Voice } from '../lib/techniques';

export interface LoadedDocument {
  id: string;
  file: string;
  data: DocumentData;
  text: DocumentText;
}

export interface LoadedExercise {
  exercise: Exercise;
  file: string;
  /** What it quotes: to keep checks apart from lessons. */
  sources: ExerciseSource[];
}

export interface CourseContent {
  documents: Map<string, LoadedDocument>;
  annotations: AnnotationEntry[];
  exercises: Map<string, LoadedExercise>;
  course: Course;
  /** The research desk: reference notes and captured search pages. */
  desk: Desk;
  /** Every problem found, each naming its file (and entry, where there is one). */
  problems: string[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The course content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

const yamlFiles = (dir: string) => filesIn(dir, '.yaml', '.yml');

/**
 * The stored text must be the capture, line for line: every paragraph is a whole line of the
 * capture, and every line of the capture is a paragraph unless the document lists it (or the
 * prefix cut from it) under source.dropped.
 */
function checkAgainstCapture(where: string, data: DocumentData, capturePath: string, problems: string[]) {
  if (!existsSync(capturePath)) {
    problems.push(`${where}: capture file "${data.source.capture}" not found in content/seeds/`);
    return;
  }
  const captureLines = readFileSync(capturePath, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0);
  const kept = new Set<string>();
  for (const part of data.parts) {
    for (const block of splitBlocks(part.text)) kept.add(block.replace(/^(## |> )/, ''));
  }
  const accounted = new Set<string>();
  for (const line of captureLines) {
    if (kept.has(line)) {
      accounted.add(line);
      continue;
    }
    const prefix = data.source.dropped.find((d) => line === d || (line.startsWith(d) && kept.has(line.slice(d.length))));
    if (prefix === undefined) {
      problems.push(`${where}: a line of the capture is missing and not listed under source.dropped: "${line.trim().slice(0, 70)}"`);
    } else if (line !== prefix) {
      accounted.add(line.slice(prefix.length));
    }
  }
  for (const paragraph of kept) {
    if (!accounted.has(paragraph)) {
      problems.push(`${where}: a paragraph is not a line of the capture, letter for letter: "${paragraph.slice(0, 70)}"`);
    }
  }
}

export function loadCourseContent(contentDir: string): CourseContent {
  const problems: string[] = [];
  const name = (file: string) => relative(join(contentDir, '..'), file);

  const documents = new Map<string, LoadedDocument>();
  for (const file of yamlFiles(join(contentDir, 'documents'))) {
    const id = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
    const where = `${name(file)} (document "${id}")`;
    const raw = readYaml(file, where, problems);
    if (raw === undefined) continue;
    const parsed = documentSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${where}: ${formatIssues(parsed.error)}`);
      continue;
    }
    checkAgainstCapture(where, parsed.data, join(contentDir, 'seeds', parsed.data.source.capture), problems);
    try {
      const text = buildDocumentText(parsed.data.parts);
      for (const evidence of parsed.data.publisherEvidence) {
        if (evidence.from !== 'document') continue;
        const anchored = anchorQuote(text, { id: 'publisher-evidence', quote: evidence.quote });
        if (!('start' in anchored)) problems.push(`${where}: publisherEvidence: ${anchored.message}`);
      }
      documents.set(id, { id, file: name(file), data: parsed.data, text });
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      problems.push(`${where}: ${error.message}`);
    }
  }

  const annotations: AnnotationEntry[] = [];
  const seenIds = new Map<string, string>();
  const byDocument = new Map<string, { entry: AnnotationEntry; where: string }[]>();
  for (const file of yamlFiles(join(contentDir, 'annotations'))) {
    const fileName = name(file);
    const raw = readYaml(file, fileName, problems);
    if (raw === undefined) continue;
    const parsedFile = annotationFileSchema.safeParse(raw);
    if (!parsedFile.success) {
      problems.push(`${fileName}: ${formatIssues(parsedFile.error)}`);
      continue;
    }
    const documentId = parsedFile.data.document;
    if (!documents.has(documentId)) {
      problems.push(`${fileName}: unknown document "${documentId}" (known: ${[...documents.keys()].join(', ')})`);
      continue;
    }
    parsedFile.data.annotations.forEach((item, index) => {
      const itemId = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `#${index + 1}`;
      const where = `${fileName}: annotation "${itemId}"`;
      const parsed = annotationSchema.safeParse(item);
      if (!parsed.success) {
        problems.push(`${where}: ${formatIssues(parsed.error)}`);
        return;
      }
      const firstFile = seenIds.get(parsed.data.id);
      if (firstFile) {
        problems.push(`${where}: duplicate annotation id, already used in ${firstFile}`);
        return;
      }
      seenIds.set(parsed.data.id, fileName);
      const entry: AnnotationEntry = { ...parsed.data, document: documentId, file: fileName };
      const list = byDocument.get(documentId) ?? [];
      list.push({ entry, where });
      byDocument.set(documentId, list);
    });
  }

  // Anchored once here; exercises and lessons find their annotations' places in this map.
  const anchors = new Map<string, Anchor[]>();
  for (const [documentId, list] of byDocument) {
    const doc = documents.get(documentId)!;
    const anchored = anchorQuotes(doc.text, list.map((l) => l.entry));
    const failed = new Map(anchored.problems.map((p) => [p.id, p.message]));
    anchors.set(documentId, anchored.anchors.filter((a) => !failed.has(a.id)));
    const partKinds = new Map(doc.data.parts.map((p) => [p.id, p.kind]));
    const anchorOf = new Map(anchored.anchors.map((a) => [a.id, a]));
    for (const { entry, where } of list) {
      const message = failed.get(entry.id);
      if (message) {
        problems.push(`${where}: ${message} (document "${documentId}")`);
        continue;
      }
      const block = doc.text.blocks[anchorOf.get(entry.id)!.blockIndex]!;
      const voiceProblem = entry.voice ? voiceMismatch(entry.voice, partKinds.get(block.partId)!) : null;
      // Kept even when its voice is wrong, so later checks do not pile up errors about it.
      if (voiceProblem) problems.push(`${where}: ${voiceProblem} (part "${block.partId}")`);
      annotations.push(entry);
    }
  }

  const desk = loadDesk(contentDir, new Set(documents.keys()), problems);

  const exercises = new Map<string, LoadedExercise>();
  for (const file of yamlFiles(join(contentDir, 'exercises'))) {
    const fileName = name(file);
    const raw = readYaml(file, fileName, problems);
    if (raw === undefined) continue;
    const parsedFile = exerciseFileSchema.safeParse(raw);
    if (!parsedFile.success) {
      problems.push(`${fileName}: ${formatIssues(parsedFile.error)}`);
      continue;
    }
    // One resolver per file: it balances where the right options stand across the file.
    const resolver = fileResolver({ documents, annotations, anchors, desk });
    parsedFile.data.exercises.forEach((item, index) => {
      const itemId = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `#${index + 1}`;
      const where = `${fileName}: exercise "${itemId}"`;
      const parsed = authoredExerciseSchema.safeParse(item);
      if (!parsed.success) {
        problems.push(`${where}: ${formatIssues(parsed.error)}`);
        return;
      }
      const first = exercises.get(parsed.data.id);
      if (first) {
        problems.push(`${where}: duplicate exercise id, already used in ${first.file}`);
        return;
      }
      try {
        exercises.set(parsed.data.id, { ...resolver.resolve(parsed.data), file: fileName });
      } catch (error) {
        if (!(error instanceof ResolveError)) throw error;
        problems.push(`${where}: ${error.message}`);
      }
    });
  }

  const course = loadCourse(contentDir, { documents, annotations, anchors, exercises }, problems);
  return { documents, annotations, exercises, course, desk, problems };
}

/** Whose words an annotation says they are must fit the part they stand in: a commenter is never the author. */
function voiceMismatch(voice: Voice, partKind: DocumentPart['kind']): string | null {
  if (partKind === 'comment' && voice !== 'commenter') return `voice "${voice}" on a reader comment: a commenter's words have voice "commenter"`;
  if (partKind !== 'comment' && voice === 'commenter') return `voice "commenter" on a part of kind "${partKind}": only a reader comment has voice "commenter"`;
  return null;
}

/** For the build: the content, or an error listing every problem. */
export function loadCourseContentOrThrow(contentDir: string): CourseContent {
  const content = loadCourseContent(contentDir);
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return content;
}
