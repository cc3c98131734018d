/** Where a word sits on the screen, as getBoundingClientRect gives it. */
export interface WordBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const middle = (box: WordBox) => (box.top + box.bottom) / 2;

/** How far a box lies from a horizontal position: 0 if the position falls within it. */
const across = (box: WordBox, x: number) => Math.max(box.left - x, x - box.right, 0);

/**
 * The word a press of ArrowDown (direction 1) or ArrowUp (-1) moves to from word `from`, as in a text
 * editor: on the next or previous line as the words wrap, the one nearest horizontally. Words are in
 * reading order, so the next line starts with the first later word that sits below this one, and
 * holds the words that sit level with that word. With no line there, the cursor stays.
 */
export function wordOnAdjacentLine(boxes: readonly WordBox[], from: number, direction: 1 | -1): number {
  const here = boxes[from]!;
  const beyond = (box: WordBox) => (direction === 1 ? middle(box) > here.bottom : middle(box) < here.top);
  let first = from + direction;
  while (first >= 0 && first < boxes.length && !beyond(boxes[first]!)) first += direction;
  const line = boxes[first];
  if (!line) return from;
  const x = (here.left + here.right) / 2;
  let best = first;
  for (let i = first; i >= 0 && i < boxes.length; i += direction) {
    const box = boxes[i]!;
    if (middle(box) < line.top || middle(box) > line.bottom) break;
    if (across(box, x) < across(boxes[best]!, x)) best = i;
  }
  return best;
}
