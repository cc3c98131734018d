import { exactSearch, matchSearches, type SearchPhrasings } from '../lib/research/desk';

type DeskSearchLink = SearchPhrasings & { href: string };

/**
 * The research desk's box: a query that matches one captured search opens it; otherwise the box
 * says what the desk holds closest to it, as links. Plain DOM, text set with textContent.
 */
export function initDeskSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-desk-search]');
  const status = form?.querySelector<HTMLElement>('[data-desk-status]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !status || !input) return;
  let searches: DeskSearchLink[] = [];
  try {
    searches = JSON.parse(form.dataset.searches ?? '[]') as DeskSearchLink[];
  } catch {
    return;
  }
  const answer = (typed: string, navigate: boolean) => {
    const found = matchSearches(typed, searches).map((id) => searches.find((s) => s.id === id)!);
    // What was typed is one of a search's phrasings, or only one search comes close: open it.
    const target = searches.find((s) => s.id === exactSearch(typed, searches)) ?? (found.length === 1 ? found[0] : undefined);
    if (navigate && target) {
      window.location.assign(target.href);
      return;
    }
    status.replaceChildren();
    const lead = root.createElement('p');
    const shown = found.length ? found : searches;
    lead.textContent = found.length
      ? `The desk holds ${found.length === 1 ? 'one captured search' : `${found.length} captured searches`} close to “${typed}”:`
      : `The desk has no captured results for “${typed}”. It can search for:`;
    const list = root.createElement('ul');
    for (const s of shown) {
      const item = root.createElement('li');
      const link = root.createElement('a');
      link.href = s.href;
      link.textContent = s.query;
      item.append(link);
      list.append(item);
    }
    status.append(lead, list);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = input.value.trim();
    if (typed) answer(typed, true);
  });
  // Arriving from the no-script form, or a link with ?q=: answer it in place.
  const asked = new URLSearchParams(window.location.search).get('q')?.trim();
  if (asked && form.action.endsWith(window.location.pathname)) {
    input.value = asked;
    answer(asked, false);
  }
}
