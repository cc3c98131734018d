/** Small wording helpers shared by pages and their scripts (no framework code). */
export const percent = (value: number) => `${Math.round(value * 100)}%`;

/** A YYYY-MM-DD day in the reader's own words ("11 December 2026"), read at noon so no time zone moves it. */
export function dayInWords(isoDay: string): string {
  return new Date(`${isoDay}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** A moment as its day in the reader's own words ("Thursday 3 September"). */
export const weekdayInWords = (date: Date) => date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

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

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as a word, as running text writes small numbers ("six"); 11 and up as figures. */
export const numberInWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);
