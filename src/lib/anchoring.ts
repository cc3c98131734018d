import type { DocumentText } from './document-text';
import { findQuote, normaliseForMatch, type NormalisedText } from './text-match';

/** Each document is normalised once, however many quotes are matched against it (hundreds per build). */
const normalisedDocuments = new WeakMap<DocumentText, NormalisedText>();

function normalisedOf(doc: DocumentText): NormalisedText {
  let normalised = normalisedDocuments.get(doc);
  if (!normalised) {
    normalised = normaliseForMatch(doc.text);
    normalisedDocuments.set(doc, normalised);
  }
  return normalised;
}

/** What an annotation (or an exercise passage) says about where it points. */
export interface QuoteRef {
  id: string;
  quote: string;
  /** 1-based; required when the quote occurs more than once. */
  occurrence?: number | undefined;
}

export interface Anchor {
  id: string;
  /** Offsets in the document's plain text. */
  start: number;
  end: number;
  blockIndex: number;
}

export interface AnchorProblem {
  id: string;
  message: string;
}

export interface AnchorResult {
  anchors: Anchor[];
  problems: AnchorProblem[];
}

function clip(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Anchor one quote, or say exactly why it cannot be anchored. */
export function anchorQuote(doc: DocumentText, ref: QuoteRef): Anchor | AnchorProblem {
  const matches = findQuote(normalisedOf(doc), ref.quote);
  const quoted = `"${clip(ref.quote.trim())}"`;
  if (matches.length === 0) {
    return { id: ref.id, message: `quote not found verbatim in the document: ${quoted}` };
  }
  let index = 0;
  if (ref.occurrence === undefined) {
    if (matches.length > 1) {
      return {
        id: ref.id,
        message: `quote ${quoted} occurs ${matches.length} times in the document; add "occurrence: N" (1 to ${matches.length}) to say which`,
      };
    }
  } else {
    if (ref.occurrence < 1 || ref.occurrence > matches.length) {
      return {
        id: ref.id,
        message: `occurrence ${ref.occurrence} asked for, but quote ${quoted} occurs ${matches.length} time(s)`,
      };
    }
    index = ref.occurrence - 1;
  }
  const { start, end } = matches[index]!;
  const blockIndex = doc.blocks.findIndex((b) => start >= b.start && end <= b.end);
  if (blockIndex < 0) {
    return { id: ref.id, message: `quote ${quoted} runs across a paragraph break; quote within one paragraph` };
  }
  return { id: ref.id, start, end, blockIndex };
}

function isAnchor(value: Anchor | AnchorProblem): value is Anchor {
  return 'start' in value;
}

/**
 * Anchor every quote of one document. Anchors of one document must not overlap, so every
 * highlight is one element a reader can focus and open.
 */
export function anchorQuotes(doc: DocumentText, refs: readonly QuoteRef[]): AnchorResult {
  const anchors: Anchor[] = [];
  const problems: AnchorProblem[] = [];
  for (const ref of refs) {
    const result = anchorQuote(doc, ref);
    if (isAnchor(result)) anchors.push(result);
    else problems.push(result);
  }
  anchors.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Anchor[] = [];
  for (const anchor of anchors) {
    const previous = kept[kept.length - 1];
    if (previous && anchor.start < previous.end) {
      problems.push({
        id: anchor.id,
        message: `quote overlaps annotation "${previous.id}" ("${clip(doc.text.slice(anchor.start, anchor.end), 40)}"); annotations of one document must not overlap`,
      });
    } else {
      kept.push(anchor);
    }
  }
  return { anchors: kept, problems };
}
