/**
 * Turns an exercise as written (quotes by reference, options with their answers inline) into the
 * exercise the site ships: passages resolved to the documents' exact text, and the public part
 * split from the answer key.
 */
import { anchorQuote, anchorQuotes, type Anchor } from '../lib/anchoring';
import type { DocumentText } from '../lib/document-text';
import { containsLoadedWord } from '../lib/exercises/score-rewrite';
import type { Excerpt, Exercise, PassageSpan } from '../lib/exercises/types';
import { tokenize, wordRange } from '../lib/exercises/words';
import { techniqueById } from '../lib/techniques';
import type { LoadedDocument } from './load-content';
import type { AnnotationEntry, ExcerptRefData, ExerciseData, QuoteRefData } from './schemas';

export interface ResolveContext {
  documents: ReadonlyMap<string, LoadedDocument>;
  annotations: readonly AnnotationEntry[];
}

/** Thrown with a message for the author; the loader adds the file and exercise id. */
export class ResolveError extends Error {}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const optionId = (index: number) => letters[index] ?? `o${index}`;

/** The reader gives each paragraph an id: the part id and its 1-based place in the part. */
export function blockAnchorId(doc: { text: DocumentText }, blockIndex: number): string {
  const block = doc.text.blocks[blockIndex]!;
  const n = doc.text.blocks.slice(0, blockIndex + 1).filter((b) => b.partId === block.partId).length;
  return `${block.partId}-${n}`;
}

function locate(ref: QuoteRefData, ctx: ResolveContext): { doc: LoadedDocument; anchor: Anchor } {
  const doc = ctx.documents.get(ref.document);
  if (!doc) throw new ResolveError(`unknown document "${ref.document}"`);
  const anchor = anchorQuote(doc.text, { id: 'excerpt', quote: ref.quote, occurrence: ref.occurrence });
  if (!('start' in anchor)) throw new ResolveError(`${anchor.message} (document "${ref.document}")`);
  return { doc, anchor };
}

export function resolveExcerpt(ref: ExcerptRefData, ctx: ResolveContext): Excerpt {
  if ('practice' in ref) return { text: ref.practice, document: null, anchor: null };
  const { doc, anchor } = locate(ref, ctx);
  return {
    text: doc.text.text.slice(anchor.start, anchor.end),
    document: { id: doc.id, number: doc.data.number, title: doc.data.title, outlet: doc.data.outlet },
    anchor: blockAnchorId(doc, anchor.blockIndex),
  };
}

/** Whole parts of a document, as one range of its text. */
function locateParts(ref: { document: string; parts: string[] }, ctx: ResolveContext): { doc: LoadedDocument; anchor: Anchor } {
  const doc = ctx.documents.get(ref.document);
  if (!doc) throw new ResolveError(`unknown document "${ref.document}"`);
  const known = doc.data.parts.map((p) => p.id);
  for (const part of ref.parts) if (!known.includes(part)) throw new ResolveError(`document "${doc.id}" has no part "${part}"`);
  const indexes = doc.text.blocks.flatMap((b, i) => (ref.parts.includes(b.partId) ? [i] : []));
  const first = indexes[0]!;
  const last = indexes[indexes.length - 1]!;
  if (last - first + 1 !== indexes.length) throw new ResolveError(`the parts ${ref.parts.join(', ')} of "${doc.id}" are not side by side`);
  return { doc, anchor: { id: 'passage', start: doc.text.blocks[first]!.start, end: doc.text.blocks[last]!.end, blockIndex: first } };
}

function resolveHighlight(ex: Extract<ExerciseData, { type: 'highlight' }>, ctx: ResolveContext): Exercise {
  const { doc, anchor } = 'parts' in ex.passage ? locateParts(ex.passage, ctx) : locate(ex.passage, ctx);
  const text = doc.text.text.slice(anchor.start, anchor.end);
  const { words, gaps } = tokenize(text);
  const annotations = ctx.annotations.filter((a) => a.document === doc.id);
  const { anchors } = anchorQuotes(doc.text, annotations);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const targets: PassageSpan[] = [];
  const controls: PassageSpan[] = [];
  const neutral: PassageSpan[] = [];
  for (const a of anchors) {
    if (a.end <= anchor.start || a.start >= anchor.end) continue;
    if (a.start < anchor.start || a.end > anchor.end) {
      throw new ResolveError(`the passage cuts annotation "${a.id}" in two; start or end the passage outside it`);
    }
    const annotation = byId.get(a.id)!;
    const range = wordRange(words, a.start - anchor.start, a.end - anchor.start)!;
    const span: PassageSpan = { annotationId: a.id, technique: annotation.technique, ...range, explanation: annotation.explanation };
    if (ex.techniques.includes(annotation.technique)) targets.push(span);
    else if (techniqueById(annotation.technique).role === 'control') controls.push(span);
    else neutral.push(span);
  }
  if (targets.length === 0) {
    throw new ResolveError(`the passage holds no annotation of ${ex.techniques.join(' or ')} to find`);
  }
  const excerpt: Excerpt = {
    text,
    document: { id: doc.id, number: doc.data.number, title: doc.data.title, outlet: doc.data.outlet },
    anchor: blockAnchorId(doc, anchor.blockIndex),
  };
  return {
    type: 'highlight',
    public: { type: 'highlight', id: ex.id, title: ex.title, prompt: ex.prompt, excerpt, words, gaps },
    key: { type: 'highlight', targets, controls, neutral },
  };
}

function choices(options: readonly { text: string; correct: boolean; feedback: string }[]) {
  const withIds = options.map((o, i) => ({ ...o, id: optionId(i) }));
  return {
    options: withIds.map(({ id, text }) => ({ id, text })),
    correct: withIds.filter((o) => o.correct).map((o) => o.id),
    feedback: Object.fromEntries(withIds.map((o) => [o.id, o.feedback])),
  };
}

export function resolveExercise(ex: ExerciseData, ctx: ResolveContext): Exercise {
  const base = { id: ex.id, title: ex.title, prompt: ex.prompt };
  switch (ex.type) {
    case 'single-choice': {
      const { options, correct, feedback } = choices(ex.options);
      return {
        type: ex.type,
        public: { ...base, type: ex.type, excerpt: ex.excerpt ? resolveExcerpt(ex.excerpt, ctx) : null, options },
        key: { type: ex.type, correct: correct[0]!, feedback },
      };
    }
    case 'multiple-choice': {
      const { options, correct, feedback } = choices(ex.options);
      return {
        type: ex.type,
        public: { ...base, type: ex.type, excerpt: ex.excerpt ? resolveExcerpt(ex.excerpt, ctx) : null, options },
        key: { type: ex.type, correct, feedback },
      };
    }
    case 'compare': {
      const { options, correct, feedback } = choices(ex.options);
      const side = (s: typeof ex.left) => ({ label: s.label, excerpts: s.excerpts.map((r) => resolveExcerpt(r, ctx)) });
      return {
        type: ex.type,
        public: { ...base, type: ex.type, left: side(ex.left), right: side(ex.right), options },
        key: { type: ex.type, correct, feedback },
      };
    }
    case 'highlight':
      return resolveHighlight(ex, ctx);
    case 'classify': {
      const items = ex.items.map((item, i) => ({ ...item, id: `item-${i + 1}` }));
      return {
        type: ex.type,
        public: { ...base, type: ex.type, categories: ex.categories, items: items.map((i) => ({ id: i.id, excerpt: resolveExcerpt(i.excerpt, ctx) })) },
        key: {
          type: ex.type,
          answers: Object.fromEntries(items.map((i) => [i.id, i.answer])),
          feedback: Object.fromEntries(items.map((i) => [i.id, i.feedback])),
        },
      };
    }
    case 'rate-source': {
      const reasons = ex.reasons.map((r, i) => ({ ...r, id: optionId(i) }));
      return {
        type: ex.type,
        public: { ...base, type: ex.type, excerpt: resolveExcerpt(ex.excerpt, ctx), reasons: reasons.map(({ id, text }) => ({ id, text })) },
        key: {
          type: ex.type,
          rating: ex.rating as { min: 1 | 2 | 3 | 4; max: 1 | 2 | 3 | 4 },
          ratingExplanation: ex.ratingExplanation,
          expertReasons: reasons.filter((r) => r.expert).map((r) => r.id),
          feedback: Object.fromEntries(reasons.map((r) => [r.id, r.feedback])),
        },
      };
    }
    case 'rewrite': {
      const excerpt = resolveExcerpt(ex.excerpt, ctx);
      for (const word of ex.loadedWords) {
        if (!containsLoadedWord(excerpt.text, word.text)) throw new ResolveError(`loaded word "${word.text}" is not in the excerpt`);
        if (containsLoadedWord(ex.modelAnswer, word.text)) throw new ResolveError(`the model answer still contains the loaded word "${word.text}"`);
      }
      return {
        type: ex.type,
        public: { ...base, type: ex.type, excerpt, checklist: ex.checklist },
        key: { type: ex.type, loadedWords: ex.loadedWords, modelAnswer: ex.modelAnswer },
      };
    }
  }
}

