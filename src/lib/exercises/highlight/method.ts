/**
 * How a student marks a highlight passage: word by word (tap, drag or the word marker), or clause
 * by clause (one checkbox per clause, made for listening with a screen reader). Offered to everyone;
 * the page never picks one for a student. The choice is kept for the whole site, on this device.
 */
export const MARK_METHODS = ['words', 'clauses'] as const;
export type MarkMethod = (typeof MARK_METHODS)[number];

export const MARK_METHOD_KEY = 'read-the-source:mark-method';
/** Fired on window when a student switches, so every highlight exercise on the page follows. */
export const MARK_METHOD_EVENT = 'read-the-source:mark-method';

/** The stored choice; nothing stored, or a value the page cannot read, means word by word. */
export function parseMarkMethod(raw: string | null): MarkMethod {
  return MARK_METHODS.find((m) => m === raw) ?? 'words';
}
