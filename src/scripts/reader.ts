/**
 * The annotated reader's behaviour, in plain DOM code (no framework: a reading page ships none).
 * Without it the page still works: highlights link to numbered notes after each part.
 * With it: selecting a highlight opens its note under the paragraph, layers can be switched off,
 * and a link to #<annotation-id> opens that note.
 */

const CARD_ID = 'note-card';

function highlightOf(link: Element): HTMLElement | null {
  return link.closest<HTMLElement>('.hl');
}

function closeCard(root: Document, returnFocus: boolean): void {
  const card = root.getElementById(CARD_ID);
  if (!card) return;
  const link = root.querySelector<HTMLAnchorElement>(`.hl__link[aria-expanded="true"]`);
  card.remove();
  if (link) {
    link.setAttribute('aria-expanded', 'false');
    highlightOf(link)?.classList.remove('is-open');
    if (returnFocus) link.focus();
  }
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

  const block = highlight.closest('.block') ?? highlight;
  block.after(card);
  link.setAttribute('aria-expanded', 'true');
  link.setAttribute('aria-controls', CARD_ID);
  highlight.classList.add('is-open');
  if (options.focusCard) card.focus({ preventScroll: true });
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  highlight.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  return true;
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

function announceLayers(root: Document): void {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-layer]')];
  const status = root.querySelector('[data-layer-status]');
  if (!status) return;
  const shown = boxes.filter((b) => b.checked).length;
  status.textContent =
    shown === 0 ? 'All highlights hidden.' : shown === boxes.length ? 'All highlights shown.' : `${shown} of ${boxes.length} kinds of highlight shown.`;
}

/**
 * Parts off screen skip layout (content-visibility), so the browser's own jump to a #fragment can
 * land short once the parts above take their real size. For a fragment, lay out every part, then
 * jump again: #<annotation id> (a deep link) or #about-<annotation id> (a search result) also
 * opens that note.
 */
function openFromHash(root: Document): void {
  const fragment = decodeURIComponent(root.location.hash.slice(1));
  if (!fragment) return;
  root.getElementById('capture')?.classList.add('is-anchored');
  const id = fragment.replace(/^about-/, '');
  if (root.getElementById(id)?.classList.contains('hl')) openNote(root, id, { focusCard: true });
  else root.getElementById(fragment)?.scrollIntoView();
}

export function initReader(root: Document): void {
  root.documentElement.classList.add('js');
  for (const details of root.querySelectorAll<HTMLDetailsElement>('.part-notes')) details.open = false;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.hl__link')) {
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
  }

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
      for (const box of root.querySelectorAll<HTMLInputElement>('input[data-layer]')) setLayer(root, box.dataset.layer!, on);
      announceLayers(root);
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
      setLayer(root, box.dataset.layer!, box.checked);
      announceLayers(root);
    }
  });

  window.addEventListener('hashchange', () => openFromHash(root));
  openFromHash(root);
}
