import { anchorQuotes } from './anchoring';
import type { BlockType } from './inline-markup';
import type { DocumentText } from './document-text';
import { segmentBlock, type Segment } from './segments';
import {
  annotationDetail,
  techniqueById,
  type SourcingKind,
  type Technique,
  type TechniqueId,
  type Voice,
} from './techniques';

/** The fields of an annotation the reader shows. */
export interface ReaderAnnotation {
  id: string;
  quote: string;
  occurrence?: number | undefined;
  technique: TechniqueId;
  sourcing?: SourcingKind | undefined;
  voice?: Voice | undefined;
  explanation: string;
  check: string;
}

export interface ReaderNote {
  id: string;
  /** 1-based, in reading order across the document. */
  number: number;
  technique: Technique;
  /** The quote as it stands in the document. */
  text: string;
  /** Sourcing spectrum or voice, spelled out, where the technique has one. */
  detail: string | null;
  explanation: string;
  check: string;
}

export interface ReaderBlock {
  type: BlockType;
  segments: Segment[];
}

export interface ReaderPart<P> {
  part: P;
  blocks: ReaderBlock[];
  notes: ReaderNote[];
}

export interface ReaderModel<P> {
  parts: ReaderPart<P>[];
  notes: ReaderNote[];
  /** How many notes each technique has in this document. */
  counts: Map<TechniqueId, number>;
}

/**
 * Everything the annotated reader renders, worked out once: the document's parts, their blocks
 * cut into plain and highlighted stretches, and the notes numbered in reading order.
 * Annotations that do not anchor are left out here; the content loader has already failed the
 * build for them.
 */
export function buildReaderModel<P extends { id: string }>(
  parts: readonly P[],
  text: DocumentText,
  annotations: readonly ReaderAnnotation[],
): ReaderModel<P> {
  const { anchors } = anchorQuotes(text, annotations);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const notes: ReaderNote[] = anchors.map((anchor, index) => {
    const a = byId.get(anchor.id)!;
    const detail = annotationDetail(a);
    return {
      id: a.id,
      number: index + 1,
      technique: techniqueById(a.technique),
      text: text.text.slice(anchor.start, anchor.end),
      detail,
      explanation: a.explanation,
      check: a.check,
    };
  });
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const counts = new Map<TechniqueId, number>();
  for (const n of notes) counts.set(n.technique.id, (counts.get(n.technique.id) ?? 0) + 1);

  return {
    notes,
    counts,
    parts: parts.map((part) => {
      const blocks = text.blocks.filter((b) => b.partId === part.id);
      const partAnchors = anchors.filter((a) => blocks.some((b) => a.start >= b.start && a.end <= b.end));
      return {
        part,
        blocks: blocks.map((b) => ({ type: b.type, segments: segmentBlock(b, partAnchors) })),
        notes: partAnchors.map((a) => noteById.get(a.id)!),
      };
    }),
  };
}
