/** The rating scale of "rate the source". No schema library, so the browser can load it. */
export const RATING_SCALE = [
  { value: 1, label: 'Not reliable' },
  { value: 2, label: 'Weak' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Strong' },
] as const;
export type Rating = (typeof RATING_SCALE)[number]['value'];
