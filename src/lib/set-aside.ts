/**
 * Copies of saved progress that could not be read as it was, kept so nothing is ever lost: newest
 * first, a few at most, each with when and why it was set aside and whether the student has been
 * told. Plain JSON and no schema library, so every page can check for an untold notice cheaply.
 */

export const SET_ASIDE_KEY = 'read-the-source:progress:set-aside';
/** Enough to survive a few faults in a row; bounded, since each copy may be as large as the record. */
export const SET_ASIDE_LIMIT = 5;

export interface SetAsideCopy {
  /** When it was set aside; null for the single copy an older version of the site kept. */
  savedAt: string | null;
  /** Plain words for the student: what was wrong with it. */
  message: string;
  /** The stored text, exactly as it was found. */
  raw: string;
  /** Whether a page has shown the message and the student dismissed it. */
  noticed: boolean;
}

export type SetAsideStorage = Pick<Storage, 'getItem' | 'setItem'>;

const LEGACY_MESSAGE = 'A copy of your progress set aside by an earlier version of the course.';

function isCopy(value: unknown): value is SetAsideCopy {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (c.savedAt === null || typeof c.savedAt === 'string') && typeof c.message === 'string' && typeof c.raw === 'string' && typeof c.noticed === 'boolean';
}

/**
 * The copies kept, newest first. A value in the old one-copy form (the raw text itself) is read as
 * one copy; entries that are not copies are skipped but left in storage until the next write.
 */
export function readSetAside(storage: SetAsideStorage): SetAsideCopy[] {
  let stored: string | null;
  try {
    stored = storage.getItem(SET_ASIDE_KEY);
  } catch {
    return [];
  }
  if (stored === null || stored === '') return [];
  try {
    const data: unknown = JSON.parse(stored);
    if (typeof data === 'object' && data !== null && 'setAside' in data && Array.isArray(data.setAside)) return data.setAside.filter(isCopy);
  } catch {
    // Not JSON: the old form, which held the damaged text itself.
  }
  return [{ savedAt: null, message: LEGACY_MESSAGE, raw: stored, noticed: true }];
}

/** Write the list, dropping the oldest copies until the browser has room, but never the newest one. */
function writeSetAside(storage: SetAsideStorage, copies: SetAsideCopy[]): boolean {
  for (let keep = copies.length; keep >= Math.min(1, copies.length); keep--) {
    try {
      storage.setItem(SET_ASIDE_KEY, JSON.stringify({ setAside: copies.slice(0, keep) }));
      return true;
    } catch {
      // Full: try again with one copy fewer.
    }
  }
  return false;
}

/** Keep `raw` as the newest copy. False when the browser would not store it: the caller must then keep the original in place. */
export function setAside(storage: SetAsideStorage, raw: string, message: string, now: Date): boolean {
  const copies = [{ savedAt: now.toISOString(), message, raw, noticed: false }, ...readSetAside(storage)].slice(0, SET_ASIDE_LIMIT);
  return writeSetAside(storage, copies);
}

/** The message of the newest copy the student has not yet been told about, if any. */
export function untoldNotice(storage: SetAsideStorage): string | null {
  return readSetAside(storage).find((c) => !c.noticed)?.message ?? null;
}

/** The student has read the notice: no page shows it again. */
export function markNoticed(storage: SetAsideStorage): boolean {
  const copies = readSetAside(storage);
  if (copies.every((c) => c.noticed)) return true;
  return writeSetAside(storage, copies.map((c) => ({ ...c, noticed: true })));
}

/** Forget one copy (by its place in the list, newest first). */
export function removeSetAside(storage: SetAsideStorage, index: number): boolean {
  const copies = readSetAside(storage);
  if (index < 0 || index >= copies.length) return false;
  return writeSetAside(
    storage,
    copies.filter((_, i) => i !== index),
  );
}
