import { describe, expect, it } from 'vitest';
import { wordOnAdjacentLine, type WordBox } from './lines';

/** Lines of words, each word given by its left and right edge; lines 30 px apart, 24 px tall. */
function layout(lines: [number, number][][]): WordBox[] {
  return lines.flatMap((words, line) => words.map(([left, right]) => ({ left, right, top: line * 30, bottom: line * 30 + 24 })));
}

// Line 0: words 0-3; line 1: words 4-6; line 2: words 7-8.
const boxes = layout([
  [[0, 40], [45, 70], [75, 160], [165, 200]],
  [[0, 90], [95, 120], [125, 210]],
  [[0, 30], [35, 60]],
]);

describe('wordOnAdjacentLine', () => {
  it('moves down to the word on the next line nearest horizontally', () => {
    expect(wordOnAdjacentLine(boxes, 0, 1)).toBe(4);
    expect(wordOnAdjacentLine(boxes, 2, 1)).toBe(5); // centre 117.5 falls within word 5
    expect(wordOnAdjacentLine(boxes, 3, 1)).toBe(6);
  });

  it('moves up the same way', () => {
    expect(wordOnAdjacentLine(boxes, 6, -1)).toBe(3);
    expect(wordOnAdjacentLine(boxes, 5, -1)).toBe(2);
    expect(wordOnAdjacentLine(boxes, 7, -1)).toBe(4);
  });

  it('goes to the nearest end of a shorter line', () => {
    expect(wordOnAdjacentLine(boxes, 6, 1)).toBe(8);
  });

  it('stays put on the first line going up and the last going down', () => {
    expect(wordOnAdjacentLine(boxes, 1, -1)).toBe(1);
    expect(wordOnAdjacentLine(boxes, 8, 1)).toBe(8);
  });

  it('skips an empty line between paragraphs and lands on the next line with words', () => {
    const paragraphs = [...layout([[[0, 50], [55, 100]]]), { left: 0, right: 40, top: 60, bottom: 84 }, { left: 45, right: 90, top: 60, bottom: 84 }];
    expect(wordOnAdjacentLine(paragraphs, 1, 1)).toBe(3);
    expect(wordOnAdjacentLine(paragraphs, 2, -1)).toBe(0);
  });

  it('treats a slightly taller or lower word as on the same line', () => {
    const uneven = [{ left: 0, right: 40, top: 0, bottom: 24 }, { left: 45, right: 90, top: 2, bottom: 28 }, { left: 0, right: 40, top: 30, bottom: 54 }];
    expect(wordOnAdjacentLine(uneven, 0, 1)).toBe(2);
    expect(wordOnAdjacentLine(uneven, 2, -1)).toBe(0);
  });
});
