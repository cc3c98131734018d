/**
 * Every page path and in-page anchor the site links to, and the identity of a lesson, in one place.
 * Paths are site-relative ("/modules/x/"); pass them through withBase (paths.ts) for a link.
 */

/** The delayed check comes weeks after the post-check, outside the module's reading order. */
export type CheckKind = 'pre' | 'post' | 'delayed';

export const routes = {
  course: '/modules/',
  module: (module: string) => `/modules/${module}/`,
  lesson: (module: string, slug: string) => `/modules/${module}/${slug}/`,
  check: (module: string, which: CheckKind) => `/modules/${module}/${which}-check/`,
  checklist: (module: string) => `/modules/${module}/checklist/`,
  documents: '/documents/',
  /** A document, or a place in it (a paragraph or an annotation). */
  document: (document: string, anchor?: string) => `/documents/${document}/${anchor ? `#${anchor}` : ''}`,
  practice: '/exercises/',
  /** Any text a student brings, worked through with the course's tools. */
  workbench: '/workbench/',
  /** The research desk: a search box over captured result pages, and the reference notes they list. */
  research: '/research/',
  researchSearch: (search: string) => `/research/search/${search}/`,
  researchPage: (note: string) => `/research/pages/${note}/`,
  progress: '/progress/',
  /** The spaced reviews due, coming and done; and a module's review round. */
  reviews: '/review/',
  review: (module: string) => `/review/${module}/`,
  privacy: '/privacy/',
  teachers: '/teachers/',
  howToUse: '/teachers/how-to-use/',
  assign: '/teachers/assign/',
  /** A student's assignment; the assignment itself travels in the fragment. */
  assignment: '/assignment/',
  results: '/teachers/results/',
  /** The results page's data on one file of exercises, fetched when results name them. */
  resultsCatalog: (file: string) => `/teachers/results/catalog/${file}.json`,
  difficultMoments: '/teachers/difficult-moments/',
  unitOverview: '/teachers/overview/',
  answerKey: (module: string) => `/teachers/answer-keys/${module}/`,
  worksheet: (module: string, lesson: string) => `/teachers/worksheets/${module}/${lesson}/`,
  worksheetAnswers: (module: string, lesson: string) => `/teachers/worksheets/${module}/${lesson}/answers/`,
  classPlans: (module: string) => `/teachers/plans/${module}/`,
  /** A module's choice and sorting items as a Moodle GIFT file. */
  questionBank: (module: string) => `/teachers/question-banks/${module}.gift.txt`,
  /** The same items as Moodle XML. */
  questionBankMoodle: (module: string) => `/teachers/question-banks/${module}.moodle.xml`,
  /** Every exercise of a module as a QTI 3.0 content package. */
  questionBankQti: (module: string) => `/teachers/question-banks/${module}.qti.zip`,
} as const;

export { anchors, currentLessonId, lessonId, lessonSlug } from './ids';
