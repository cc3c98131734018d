/**
 * The annotated reader's behaviour, in plain DOM code (no framework: a reading page ships none).
 * Without it the page still works: highlights link to numbered notes after each part, and the
 * list of parts links to each part.
 * With it: selecting a highlight opens its note right under the phrase; layers can be switched
 * off, and the choice is kept for the whole site; a link to #<annotation-id> opens that note; a
 * sticky bar names the part being read, links back to the top and, on a phone, opens the legend.
 */
import { LAYERS_KEY, mergeHiddenLayers, parseHiddenLayers, serializeHiddenLayers } from '../lib/layer-choice';
import { currentPartIndex, revealDistance, scrollBehaviorFor } from '../lib/reader-scroll';

const CARD_ID = 'note-card';
/** Where the legend sits beside the text; below this it folds into the sticky bar. */
const WIDE = '(min-width: 64rem)';

function highlightOf(link: Element): HTMLElement | null {
  return link.closest<HTMLElement>('.hl');
}

/** The top of the reading area: the scroll padding keeps what is read clear of the sticky bar. */
function viewTop(root: Document): number {
  return Number.parseFloat(getComputedStyle(root.documentElement).scrollPaddingTop) || 0;
}

/** Scroll by `distance`, animated only when it is short and the reader has not asked for less motion. */
function scrollByDistance(distance: number): void {
  if (distance === 0) return;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: distance, behavior: scrollBehaviorFor(distance, window.innerHeight, reduceMotion) });
}

function closeCard(root: Document, returnFocus: boolean): void {
  const card = root.getElementById(CARD_ID);
  if (!card) return;
  const link = root.querySelector<HTMLAnchorElement>(`.hl__link[aria-expanded="true"]`);
  const parent = card.parentElement;
  card.remove();
  parent?.normalize();
  if (link) {
    link.setAttribute('aria-expanded', 'false');
    highlightOf(link)?.classList.remove('is-open');
    if (returnFocus) link.focus();
  }
}

/**
 * Put the note right after the phrase, inside its paragraph, so it opens where the reader is
 * looking (a note after the whole paragraph could land a screen or more below). Punctuation that
 * follows the phrase stays on its line. In a heading the note goes after the heading, which is
 * short, so that the note's text is not read as part of the heading.
 */
function placeCard(highlight: HTMLElement, card: HTMLElement): void {
  const block = highlight.closest('.block');
  if (!block || block.tagName === 'H3') {
    (block ?? highlight).after(card);
    return;
  }
  let after: ChildNode = highlight;
  const next = highlight.nextSibling;
  if (next?.nodeType === Node.TEXT_NODE) {
    const stuck = /^[^\s]*/.exec(next.textContent ?? '')![0].length;
    if (stuck > 0) {
      if (stuck < (next.textContent ?? '').length) (next as Text).splitText(stuck);
      after = next;
    }
  }
  after.after(card);
}

function openNote(root: Document, id: string, options: { focusCard: boolean }): boolean {
  const highlight = root.getElementById(id);
  const link = highlight?.querySelector<HTMLAnchorElement>('.hl__link');
  const body = root.getElementById(`note-${id}`)?.querySelector('[data-note-body]');
  if (!highlight || !link || !body || highlight.classList.contains('is-off')) return false;

  closeCard(root, false);
  const card = root.createElement('section');
  card.id = CARD_ID;
  card.className = 'note-card';
  card.tabIndex = -1;
  card.dataset.technique = highlight.dataset.technique;
  card.setAttribute('aria-label', `Note: ${link.querySelector('.hl__sr')?.textContent?.replace(/:\s*$/, '') ?? ''}`);
  const content = body.cloneNode(true) as HTMLElement;
  content.removeAttribute('data-note-body');
  for (const withId of content.querySelectorAll('[id]')) withId.removeAttribute('id');
  const close = root.createElement('button');
  close.type = 'button';
  close.className = 'button button--quiet button--small note-card__close';
  close.textContent = 'Close note';
  close.addEventListener('click', () => closeCard(root, true));
  card.append(content, close);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeCard(root, true);
    }
  });

  placeCard(highlight, card);
  link.setAttribute('aria-expanded', 'true');
  link.setAttribute('aria-controls', CARD_ID);
  highlight.classList.add('is-open');
  if (options.focusCard) card.focus({ preventScroll: true });
  const phrase = highlight.getBoundingClientRect();
  const note = card.getBoundingClientRect();
  scrollByDistance(revealDistance(phrase, note, { top: viewTop(root), bottom: window.innerHeight - 8 }));
  return true;
}

function layerBoxes(root: Document): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[data-layer]')];
}

function setLayer(root: Document, technique: string, on: boolean): void {
  for (const hl of root.querySelectorAll<HTMLElement>(`.hl[data-technique="${technique}"]`)) {
    hl.classList.toggle('is-off', !on);
    const link = hl.querySelector<HTMLAnchorElement>('.hl__link');
    if (!link) continue;
    if (on) link.removeAttribute('tabindex');
    else link.tabIndex = -1;
    if (!on && link.getAttribute('aria-expanded') === 'true') closeCard(root, false);
  }
  for (const note of root.querySelectorAll<HTMLElement>(`.part-notes li[data-technique="${technique}"]`)) {
    note.hidden = !on;
  }
  const box = root.querySelector<HTMLInputElement>(`input[data-layer="${technique}"]`);
  if (box) box.checked = on;
}

/**
 * Make a change to the highlights (a layer on or off reflows the text) without losing the
 * reader's place: the paragraph at the top of the reading area stays where it was. The browser's
 * own scroll anchoring gives up when the styles of the element it anchors to change.
 */
function keepingPlace(root: Document, change: () => void): void {
  const line = viewTop(root);
  const anchor = [...root.querySelectorAll('.capture .block')].find((block) => block.getBoundingClientRect().bottom > line);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) {
    const moved = anchor.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }
}

/** The folded legend's summary says how many layers are off, so a choice kept from before is seen. */
function showLayersOff(root: Document): void {
  const off = layerBoxes(root).filter((b) => !b.checked).length;
  const label = root.querySelector('[data-layers-off]');
  if (label) label.textContent = off === 0 ? '' : `(${off} off)`;
}

function announceLayers(root: Document): void {
  const boxes = layerBoxes(root);
  const status = root.querySelector('[data-layer-status]');
  showLayersOff(root);
  if (!status) return;
  const shown = boxes.filter((b) => b.checked).length;
  status.textContent =
    shown === 0 ? 'All highlights hidden.' : shown === boxes.length ? 'All highlights shown.' : `${shown} of ${boxes.length} kinds of highlight shown.`;
}

/**
 * The browser's storage, or null where the page may not touch it. Not storage.ts's helper: a
 * module shared with other pages would take this script out of the page, and from a file (the
 * offline pack) browsers run no module files.
 */
function readerStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function storedHiddenLayers(root: Document): Set<string> {
  const known = new Set((root.getElementById('legend')?.dataset.knownLayers ?? '').split(' '));
  try {
    return parseHiddenLayers(readerStorage()?.getItem(LAYERS_KEY) ?? null, known);
  } catch {
    return new Set();
  }
}

/** Keep the layer choice for the next page and the next visit, where the browser lets us. */
function storeLayers(root: Document): void {
  const storage = readerStorage();
  if (!storage) return;
  const boxes = layerBoxes(root);
  const offered = boxes.map((b) => b.dataset.layer ?? '');
  const hidden = boxes.filter((b) => !b.checked).map((b) => b.dataset.layer ?? '');
  try {
    storage.setItem(LAYERS_KEY, serializeHiddenLayers(mergeHiddenLayers(storedHiddenLayers(root), offered, hidden)));
  } catch {
    // Full or refused storage: the choice holds for this page only.
  }
}

function restoreLayers(root: Document): void {
  const hidden = storedHiddenLayers(root);
  for (const box of layerBoxes(root)) if (box.dataset.layer && hidden.has(box.dataset.layer)) setLayer(root, box.dataset.layer, false);
  showLayersOff(root);
}

/**
 * #<annotation id> (a deep link) or #about-<annotation id> (a search result) opens that note,
 * with an instant jump however far it is. Other fragments are the browser's own jumps.
 */
function openFromHash(root: Document): void {
  const fragment = decodeURIComponent(root.location.hash.slice(1));
  if (!fragment) return;
  const id = fragment.replace(/^about-/, '');
  if (root.getElementById(id)?.classList.contains('hl')) openNote(root, id, { focusCard: true });
}

/** The sticky bar's label: the part being read, updated as the reader scrolls. */
function initPartLabel(root: Document): void {
  const bar = root.querySelector<HTMLElement>('[data-reader-bar]');
  const label = root.querySelector<HTMLElement>('[data-reader-now]');
  const parts = [...root.querySelectorAll<HTMLElement>('.capture .part')];
  if (!bar || !label || parts.length === 0) return;
  const names = parts.map((part) => part.querySelector('.part__label')?.firstChild?.textContent?.trim() ?? '');
  bar.hidden = false;
  let shown = -1;
  let pending = false;
  const update = () => {
    pending = false;
    const index = currentPartIndex(
      parts.map((part) => part.getBoundingClientRect().top),
      viewTop(root) + 8,
    );
    if (index === shown) return;
    shown = index;
    label.textContent = `Part ${index + 1} of ${parts.length} · ${names[index]}`;
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}

/**
 * The legend beside the text on a wide screen, unfolded. On a phone it is folded into the sticky
 * bar, and unfolds over the text when asked: Escape, a tap outside it, or focus moving on folds it
 * again, so it never stands over the text being read.
 */
function initLegend(root: Document): void {
  const legend = root.querySelector<HTMLDetailsElement>('.legend-panel');
  const aside = legend?.closest<HTMLElement>('.reader__aside');
  const summary = legend?.querySelector<HTMLElement>('summary');
  if (!legend || !aside || !summary) return;
  const wide = window.matchMedia(WIDE);
  const floating = () => !wide.matches && legend.open;
  legend.open = wide.matches;
  wide.addEventListener('change', () => {
    legend.open = wide.matches;
  });
  legend.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && floating()) {
      event.preventDefault();
      legend.open = false;
      summary.focus();
    }
  });
  aside.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (floating() && next && !aside.contains(next)) legend.open = false;
  });
  root.addEventListener('click', (event) => {
    if (floating() && !aside.contains(event.target as Node)) legend.open = false;
  });
}

export function initReader(root: Document): void {
  root.documentElement.classList.add('js');
  for (const details of root.querySelectorAll<HTMLDetailsElement>('.part-notes')) details.open = false;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.hl__link')) {
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
  }
  restoreLayers(root);
  initLegend(root);
  initPartLabel(root);

  root.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest<HTMLAnchorElement>('.hl__link');
    if (link) {
      event.preventDefault();
      const id = link.dataset.note;
      if (!id) return;
      if (link.getAttribute('aria-expanded') === 'true') {
        closeCard(root, true);
      } else if (openNote(root, id, { focusCard: true })) {
        history.replaceState(null, '', `#${id}`);
      }
      return;
    }
    const layerButton = target?.closest<HTMLButtonElement>('button[data-layers]');
    if (layerButton) {
      const on = layerButton.dataset.layers === 'on';
      keepingPlace(root, () => {
        for (const box of layerBoxes(root)) setLayer(root, box.dataset.layer!, on);
      });
      announceLayers(root);
      storeLayers(root);
    }
  });

  // Links are given role="button", so Space must work as it does on a button.
  root.addEventListener('keydown', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('.hl__link');
    if (link && event.key === ' ') {
      event.preventDefault();
      link.click();
    }
  });

  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.matches('input[data-layer]')) {
      keepingPlace(root, () => setLayer(root, box.dataset.layer!, box.checked));
      announceLayers(root);
      storeLayers(root);
    }
  });

  window.addEventListener('hashchange', () => openFromHash(root));
  openFromHash(root);
}
