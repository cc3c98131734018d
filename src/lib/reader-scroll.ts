/**
 * How the reader moves the page: where to, and whether to animate. Pure, so it is tested apart
 * from the browser.
 */

/**
 * Animate only a short move, and never for a reader who asked for less motion: a smooth jump
 * through a long document scrolls tens of thousands of pixels past the eyes. "Short" is at most
 * one screen.
 */
export function scrollBehaviorFor(distance: number, viewportHeight: number, reduceMotion: boolean): 'smooth' | 'instant' {
  return !reduceMotion && Math.abs(distance) <= viewportHeight ? 'smooth' : 'instant';
}

export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll (positive: down) so a phrase and the note opened under it are in view,
 * between `view.top` (under anything sticky) and `view.bottom`. Nothing moves if both are in view
 * already; if they do not fit together, the phrase goes to the top, since the note can be
 * scrolled on but the phrase it explains must not be lost.
 */
export function revealDistance(phrase: Span, note: Span, view: Span): number {
  if (phrase.top >= view.top && note.bottom <= view.bottom) return 0;
  if (note.bottom - phrase.top > view.bottom - view.top) return phrase.top - view.top;
  if (phrase.top < view.top) return phrase.top - view.top;
  return note.bottom - view.bottom;
}

/**
 * Which part is being read: the last one whose top has reached `line` (just under the sticky
 * bar), given the parts' tops in reading order. Before the first part, the first.
 */
export function currentPartIndex(tops: readonly number[], line: number): number {
  let current = 0;
  for (const [index, top] of tops.entries()) {
    if (top <= line) current = index;
    else break;
  }
  return current;
}
