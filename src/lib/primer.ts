/** Which primer entries a text mentions, so a lesson or document can link to the ones it needs. */

export interface PrimerNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An entry's name before any bracket: "YPG" of "YPG (People's Protection Units)". */
const shortName = (entry: PrimerNames) => entry.name.replace(/\s*\(.*$/, '');

/** The forms of an entry to look for: its aliases, or its short name. */
export function formsOf(entry: PrimerNames): string[] {
  return entry.aliases.length ? [...entry.aliases] : [shortName(entry)];
}

/**
 * The entries whose forms occur in the text as whole words, case and all ("IS" is not "is"), in
 * the order the text first mentions them.
 */
export function mentionedEntries<E extends PrimerNames>(text: string, entries: readonly E[]): E[] {
  const found: { entry: E; at: number }[] = [];
  for (const entry of entries) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${formsOf(entry).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const match = pattern.exec(text);
    if (match) found.push({ entry, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}

/** The other spellings worth showing a reader: one per form, ignoring case and apostrophe style, and not the name itself. */
export function otherSpellings(entry: PrimerNames): string[] {
  const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
  const seen = new Set([fold(shortName(entry))]);
  return entry.aliases.filter((alias) => {
    const key = fold(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
