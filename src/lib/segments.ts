import type { Anchor } from './anchoring';
import type { TextBlock } from './document-text';

export interface Run {
  text: string;
  strong: boolean;
  em: boolean;
}

/** A stretch of a block: either plain text or the whole text of one annotation. */
export interface Segment {
  annotationId: string | null;
  runs: Run[];
}

/**
 * Split one block into plain stretches and highlighted stretches, keeping its bold and italic
 * runs. `anchors` are in document offsets and must not overlap (anchorQuotes guarantees it).
 */
export function segmentBlock(block: TextBlock, anchors: readonly Anchor[]): Segment[] {
  const local = anchors
    .filter((a) => a.start >= block.start && a.end <= block.end)
    .map((a) => ({ id: a.id, start: a.start - block.start, end: a.end - block.start }))
    .sort((a, b) => a.start - b.start);

  const cuts = new Set<number>([0, block.text.length]);
  for (const a of local) cuts.add(a.start).add(a.end);
  for (const e of block.emphasis) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const annotationId = local.find((a) => from >= a.start && to <= a.end)?.id ?? null;
    const styles = block.emphasis.filter((e) => from >= e.start && to <= e.end);
    const run: Run = {
      text: block.text.slice(from, to),
      strong: styles.some((e) => e.style === 'strong'),
      em: styles.some((e) => e.style === 'em'),
    };
    const last = segments[segments.length - 1];
    if (last && last.annotationId === annotationId) last.runs.push(run);
    else segments.push({ annotationId, runs: [run] });
  }
  return segments;
}
