import type { DeskNote, DeskResult } from './schema';

/**
 * The research desk in the browser: how a typed query finds one of the captured searches, and how
 * a result's address is shown. Pure, so the page script and the build share it.
 */

/** Lower case, quote marks and punctuation gone, spaces single: how two phrasings are compared. */
export function normaliseQuery(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'is', 'who', 'what', 'about', 'for', 'by', 'how', 'does', 'did', 'are', 'was']);
const termsOf = (text: string) => normaliseQuery(text).split(' ').filter((w) => w && !STOP_WORDS.has(w));

export interface SearchPhrasings {
  id: string;
  query: string;
  alsoMatches: readonly string[];
}

/** The search one of whose phrasings is exactly what was typed (case, accents and punctuation aside), if any. */
export function exactSearch(typed: string, searches: readonly SearchPhrasings[]): string | null {
  const query = normaliseQuery(typed);
  return (query && searches.find((s) => [s.query, ...s.alsoMatches].some((p) => normaliseQuery(p) === query))?.id) || null;
}

/**
 * The captured searches a typed query finds, best first: an exact phrasing first, then by the
 * share of the query's words a search's phrasings hold. A query that shares no word finds nothing
 * (the desk then lists what it can search), rather than a page that is not about it.
 */
export function matchSearches(typed: string, searches: readonly SearchPhrasings[]): string[] {
  const query = normaliseQuery(typed);
  const terms = termsOf(typed);
  if (!query) return [];
  const scored = searches.map((s) => {
    const phrasings = [s.query, ...s.alsoMatches];
    if (phrasings.some((p) => normaliseQuery(p) === query)) return { id: s.id, score: 2 };
    const words = new Set(phrasings.flatMap(termsOf));
    const shared = terms.filter((t) => words.has(t) || [...words].some((w) => w.length > 3 && t.length > 3 && (w.startsWith(t) || t.startsWith(w)))).length;
    return { id: s.id, score: terms.length ? shared / terms.length : 0 };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((s) => s.id);
}

/** An address as a results page shows it: "en.wikipedia.org › wiki › Veterans_Today". */
export function displayAddress(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const parts = pathname
      .split('/')
      .filter(Boolean)
      .map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return p;
        }
      });
    const shown = parts.length > 3 ? [...parts.slice(0, 2), '…', parts[parts.length - 1]!] : parts;
    return [hostname.replace(/^www\./, ''), ...shown].join(' › ');
  } catch {
    return url;
  }
}

/** A note's date as a reader sees it: "21 October 2017", "June 2022", "2019", or "no date given". */
export function noteDateLabel(date: string): string {
  if (date === 'undated') return 'no date given';
  const [y, m, d] = date.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (m && d) return `${d} ${months[m - 1]} ${y}`;
  if (m) return `${months[m - 1]} ${y}`;
  return String(y);
}

/** A note as a page of the desk shows it once opened, with its address and date written out. */
export function deskPageOf(note: DeskNote): DeskResult['note'] {
  const { title, publisher, date, url, says, standpoint } = note;
  return { title, publisher, dateLabel: noteDateLabel(date), url, address: displayAddress(url), readIn: note.readIn ?? null, says, quote: note.quote ?? null, standpoint };
}
