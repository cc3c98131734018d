/**
 * The reader's layer choice (which kinds of highlight a student has switched off), kept for the
 * whole site rather than per document: a student who reads clean of loaded language in one
 * document expects the same in the next.
 */
export const LAYERS_KEY = 'read-the-source:reader-layers';

const VERSION = 1;

/**
 * The layers switched off, from the stored value. Nothing stored, a value from another version,
 * or a damaged one all mean "every layer on": a choice the page cannot read is never a reason to
 * hide highlights, or to fail. Ids not among the known kinds (from a later version) are dropped.
 * The known kinds come from the page, so the reader's script imports no module it would share
 * with other pages and stays inline (it must run from a file, in the offline pack).
 */
export function parseHiddenLayers(raw: string | null, known: ReadonlySet<string>): Set<string> {
  if (raw === null) return new Set();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return new Set();
  }
  if (typeof value !== 'object' || value === null) return new Set();
  const { version, hidden } = value as { version?: unknown; hidden?: unknown };
  if (version !== VERSION || !Array.isArray(hidden)) return new Set();
  return new Set(hidden.filter((id): id is string => typeof id === 'string' && known.has(id)));
}

export function serializeHiddenLayers(hidden: Iterable<string>): string {
  return JSON.stringify({ version: VERSION, hidden: [...new Set(hidden)].sort() });
}

/**
 * The choice to store after a change on one page: the page decides for the layers it offers,
 * and the layers it does not offer keep what was stored (a document without loaded language
 * must not switch that layer back on for the others).
 */
export function mergeHiddenLayers(
  stored: ReadonlySet<string>,
  offered: readonly string[],
  hiddenHere: readonly string[],
): Set<string> {
  const merged = new Set([...stored].filter((id) => !offered.includes(id)));
  for (const id of hiddenHere) if (offered.includes(id)) merged.add(id);
  return merged;
}
