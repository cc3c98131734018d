/** Small wording helpers shared by pages. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A quotation in curly quote marks, unless it already opens with its own (a quote within a quote). */
export function inQuoteMarks(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
