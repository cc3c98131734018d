import { parseBlock, type BlockType, type Emphasis } from './inline-markup';

/** A stored document part, as far as the text model needs it. */
export interface PartText {
  id: string;
  /** Blocks separated by blank lines; see inline-markup.ts for the markers a block may carry. */
  text: string;
}

export interface TextBlock {
  partId: string;
  type: BlockType;
  /** Offsets of this block in the document's plain text. */
  start: number;
  end: number;
  text: string;
  /** Emphasis ranges, relative to the block. */
  emphasis: Emphasis[];
}

export interface DocumentText {
  /** The whole plain text: every block's text, joined by a blank line. Quotes are matched here. */
  text: string;
  blocks: TextBlock[];
}

export const BLOCK_SEPARATOR = '\n\n';

export function splitBlocks(partText: string): string[] {
  return partText
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

export function buildDocumentText(parts: readonly PartText[]): DocumentText {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const part of parts) {
    for (const raw of splitBlocks(part.text)) {
      const parsed = parseBlock(raw);
      if (text.length > 0) text += BLOCK_SEPARATOR;
      const start = text.length;
      text += parsed.text;
      blocks.push({ partId: part.id, type: parsed.type, start, end: text.length, text: parsed.text, emphasis: parsed.emphasis });
    }
  }
  return { text, blocks };
}
