/**
 * Is each glossary term linked at its first use in a lesson? Reads the MDX body: component tags,
 * their attributes and quoted source text (in curly quotes) are not prose and are skipped.
 */
export interface TermForms {
  id: string;
  forms: string[];
}

export interface UnlinkedTerm {
  id: string;
  form: string;
  /** A little of the text around the first use. */
  context: string;
}

export function unlinkedFirstUses(body: string, terms: readonly TermForms[]): UnlinkedTerm[] {
  // Blank out what is not prose, keeping offsets: tags (with attributes) and curly-quoted text.
  const blank = (m: string) => ' '.repeat(m.length);
  const prose = body.replace(/<[A-Za-z/][^>]*>/g, blank).replace(/“[^”]*”/g, blank);
  const linked: { start: number; end: number }[] = [];
  for (const m of body.matchAll(/<Term\s[^>]*>([\s\S]*?)<\/Term>/g)) {
    const start = m.index + m[0].indexOf('>') + 1;
    linked.push({ start, end: start + m[1]!.length });
  }
  const problems: UnlinkedTerm[] = [];
  for (const term of terms) {
    let first: { index: number; form: string } | null = null;
    for (const form of term.forms) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'iu').exec(prose);
      if (match && (!first || match.index < first.index)) first = { index: match.index, form };
    }
    if (first && !linked.some((l) => first.index >= l.start && first.index < l.end)) {
      problems.push({ id: term.id, form: first.form, context: prose.slice(Math.max(0, first.index - 30), first.index + first.form.length + 30).replace(/\s+/g, ' ').trim() });
    }
  }
  return problems;
}
