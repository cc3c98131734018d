/**
 * The small markup that stored documents may carry, so captured formatting survives:
 * - a block starting with "## " is a heading, one starting with "> " a block quote;
 * - **bold**, *italic* and [link text](target) inside a block (document 001 was captured this way).
 * Everything else is literal text. Quotes are matched against the text without the markers.
 */

export type BlockType = 'paragraph' | 'heading' | 'quote';
export type EmphasisStyle = 'strong' | 'em';

export interface Emphasis {
  start: number;
  end: number;
  style: EmphasisStyle;
}

export interface ParsedBlock {
  type: BlockType;
  /** The block's text with every marker removed. */
  text: string;
  emphasis: Emphasis[];
}

export class MarkupError extends Error {}

export function parseBlock(raw: string): ParsedBlock {
  let type: BlockType = 'paragraph';
  let body = raw;
  if (body.startsWith('## ')) {
    type = 'heading';
    body = body.slice(3);
  } else if (body.startsWith('> ')) {
    type = 'quote';
    body = body.slice(2);
  }

  let text = '';
  const emphasis: Emphasis[] = [];
  const open: Partial<Record<EmphasisStyle, number>> = {};
  const toggle = (style: EmphasisStyle) => {
    const start = open[style];
    if (start === undefined) {
      open[style] = text.length;
    } else {
      if (text.length > start) emphasis.push({ start, end: text.length, style });
      delete open[style];
    }
  };

  let i = 0;
  while (i < body.length) {
    if (body.startsWith('**', i)) {
      toggle('strong');
      i += 2;
    } else if (body[i] === '*') {
      toggle('em');
      i += 1;
    } else if (body[i] === '[') {
      const link = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(body.slice(i));
      if (link) {
        text += link[1];
        i += link[0].length;
      } else {
        text += '[';
        i += 1;
      }
    } else {
      text += body[i];
      i += 1;
    }
  }
  const unclosed = Object.keys(open);
  if (unclosed.length > 0) {
    throw new MarkupError(`unclosed ${unclosed.map((s) => (s === 'strong' ? '"**"' : '"*"')).join(' and ')} in: ${raw.slice(0, 80)}`);
  }
  emphasis.sort((a, b) => a.start - b.start || b.end - a.end);
  return { type, text, emphasis };
}
