/**
 * The content side of resolving an exercise: quotes checked against the documents, the
 * annotations inside a passage, and the balanced order options are shown in. Each exercise type's
 * own resolver (src/lib/exercises/<type>/resolve.ts) asks for these through a ResolveContext.
 */
import { anchors } from '../lib/routes';
import { anchorQuote, type Anchor } from '../lib/anchoring';
import type { DocumentText } from '../lib/document-text';
import { resolveExercise as resolveByType, type AuthoredExercise } from '../lib/exercises/authoring';
import { balancedOrder, type PositionUsage } from '../lib/exercises/option-order';
import { ResolveError, type PassageRef, type ResolveContext } from '../lib/exercises/resolve-context';
import { annotationDetail } from '../lib/techniques';
import type { Excerpt, QuoteRefData } from '../lib/exercises/shared-schema';
import type { Exercise } from '../lib/exercises/types';
import type { LoadedDocument } from './load-content';
import type { Desk } from './load-desk';
import { deskPageOf } from '../lib/research/desk';
import type { DeskResult } from '../lib/research/schema';
import type { AnnotationEntry } from './schemas';

export { ResolveError };

export interface ResolveInputs {
  documents: ReadonlyMap<string, LoadedDocument>;
  annotations: readonly AnnotationEntry[];
  /** Each document's annotations, anchored once by the loader. */
  anchors: ReadonlyMap<string, readonly Anchor[]>;
  desk: Desk;
}

/** Where an exercise quotes from: a stretch of a document, a practice text written for the course, or a search of the research desk. */
export type ExerciseSource = { document: string; start: number; end: number } | { practice: string } | { search: string };

/** One per exercise file: it remembers the positions used so far, to balance them. */
export interface FileResolver {
  resolve(ex: AuthoredExercise): { exercise: Exercise; sources: ExerciseSource[] };
}

/** The reader gives each paragraph an id: the part id and its 1-based place in the part. */
export function blockAnchorId(doc: { text: DocumentText }, blockIndex: number): string {
  const block = doc.text.blocks[blockIndex]!;
  const n = doc.text.blocks.slice(0, blockIndex + 1).filter((b) => b.partId === block.partId).length;
  return anchors.paragraph(block.partId, n);
}

function documentOf(inputs: ResolveInputs, id: string): LoadedDocument {
  const doc = inputs.documents.get(id);
  if (!doc) throw new ResolveError(`unknown document "${id}"`);
  return doc;
}

function locate(ref: QuoteRefData, inputs: ResolveInputs): { doc: LoadedDocument; anchor: Anchor } {
  const doc = documentOf(inputs, ref.document);
  const anchor = anchorQuote(doc.text, { id: 'excerpt', quote: ref.quote, occurrence: ref.occurrence });
  if (!('start' in anchor)) throw new ResolveError(`${anchor.message} (document "${ref.document}")`);
  return { doc, anchor };
}

/** Whole parts of a document, as one range of its text. */
function locateParts(ref: { document: string; parts: string[] }, inputs: ResolveInputs): { doc: LoadedDocument; anchor: Anchor } {
  const doc = documentOf(inputs, ref.document);
  const known = doc.data.parts.map((p) => p.id);
  for (const part of ref.parts) if (!known.includes(part)) throw new ResolveError(`document "${doc.id}" has no part "${part}"`);
  const indexes = doc.text.blocks.flatMap((b, i) => (ref.parts.includes(b.partId) ? [i] : []));
  const first = indexes[0]!;
  const last = indexes[indexes.length - 1]!;
  if (last - first + 1 !== indexes.length) throw new ResolveError(`the parts ${ref.parts.join(', ')} of "${doc.id}" are not side by side`);
  return { doc, anchor: { id: 'passage', start: doc.text.blocks[first]!.start, end: doc.text.blocks[last]!.end, blockIndex: first } };
}

const excerptAt = (doc: LoadedDocument, anchor: Anchor): Excerpt => ({
  text: doc.text.text.slice(anchor.start, anchor.end),
  document: { id: doc.id, number: doc.data.number, title: doc.data.title, outlet: doc.data.outlet },
  anchor: blockAnchorId(doc, anchor.blockIndex),
});

export function fileResolver(inputs: ResolveInputs): FileResolver {
  const usage: PositionUsage = new Map();
  const annotationById = new Map(inputs.annotations.map((a) => [a.id, a]));

  return {
    resolve(ex) {
      const sources: ExerciseSource[] = [];
      let lists = 0;
      const ctx: ResolveContext = {
        excerpt(ref) {
          if ('practice' in ref) {
            sources.push({ practice: ref.practice });
            return { text: ref.practice, document: null, anchor: null };
          }
          const { doc, anchor } = locate(ref, inputs);
          sources.push({ document: doc.id, start: anchor.start, end: anchor.end });
          return excerptAt(doc, anchor);
        },
        passage(ref: PassageRef) {
          const { doc, anchor } = 'parts' in ref ? locateParts(ref, inputs) : locate(ref, inputs);
          sources.push({ document: doc.id, start: anchor.start, end: anchor.end });
          const annotations = [];
          for (const a of inputs.anchors.get(doc.id) ?? []) {
            if (a.end <= anchor.start || a.start >= anchor.end) continue;
            if (a.start < anchor.start || a.end > anchor.end) {
              throw new ResolveError(`the passage cuts annotation "${a.id}" in two; start or end the passage outside it`);
            }
            const note = annotationById.get(a.id)!;
            const detail = annotationDetail(note);
            annotations.push({ id: a.id, technique: note.technique, explanation: note.explanation, ...(detail ? { detail } : {}), start: a.start - anchor.start, end: a.end - anchor.start });
          }
          return { excerpt: excerptAt(doc, anchor), annotations: annotations.sort((x, y) => x.start - y.start) };
        },
        search(id) {
          const search = inputs.desk.searches.get(id);
          if (!search) throw new ResolveError(`unknown search "${id}" (content/research/)`);
          sources.push({ search: id });
          const results = search.results.flatMap(({ note: noteId, snippet }): DeskResult[] => {
            const note = inputs.desk.notes.get(noteId);
            if (!note) return [];
            return [{ id: noteId, snippet, note: deskPageOf(note) }];
          });
          return { id, query: search.query, results };
        },
        order(items, isRight) {
          return balancedOrder(items, isRight, `${ex.id}:${lists++}`, usage);
        },
      };
      return { exercise: resolveByType(ex, ctx), sources };
    },
  };
}
