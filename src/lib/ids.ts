/**
 * In-page anchors and lesson identities: apart from the page paths (routes.ts), so that exercise
 * pages, which need only these, do not carry the whole table of paths.
 */

export const anchors = {
  /** The nth paragraph (1-based) of a document part. */
  paragraph: (partId: string, n: number) => `${partId}-${n}`,
  /** An exercise's heading, where a link to the exercise lands. */
  exerciseTitle: (exerciseId: string) => `${exerciseId}-title`,
} as const;

/** A lesson file is named `<n>-<slug>.mdx`: the number orders it and is not part of its name. */
export function lessonSlug(fileStem: string): string {
  return fileStem.replace(/^\d+-/, '');
}

/**
 * A lesson's identity, `<module>/<slug>`, from its file's path under content/lessons. The order
 * number is left out, so reordering lessons (renumbering their files) keeps the saved progress
 * and the assignment links that name them.
 */
export function lessonId(pathUnderLessons: string): string {
  const parts = pathUnderLessons.replace(/\\/g, '/').replace(/\.mdx$/, '').split('/');
  const stem = parts.pop() ?? '';
  return [...parts, lessonSlug(stem)].join('/');
}

/** A lesson id written by an older version of the site (`<module>/<n>-<slug>`) in today's form. */
export function currentLessonId(id: string): string {
  return id.replace(/\/\d+-([^/]+)$/, '/$1');
}

/** The ids a page lists in a data attribute, space-separated ("m1-pre-sort m1-pre-highlight"). */
export const idList = (list: string | undefined): string[] => (list ?? '').split(' ').filter(Boolean);
