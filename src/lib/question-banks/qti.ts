/**
 * A module's exercises as IMS QTI 3.0 items in one content package (a zip with imsmanifest.xml),
 * for systems that import QTI 3.0. Every type has a QTI interaction: choices as choice
 * interactions, classify as a match interaction, highlight as hot text, rate the source as two
 * choice interactions (the rating and the reasons), a search task as two (the first result to open
 * and the judgement), and rewrite as extended text marked by hand against the rubric. Scores follow
 * the course's own scoring, on 0 to 1; every explanation is in the item's feedback or rubric.
 */
import { strToU8, zipSync } from 'fflate';
import { acceptedLabel, categoryLabel } from '../exercises/classify';
import { NO_PROBLEM } from '../exercises/classify/categories';
import { RATING_CREDIT, rangeLabel, ratingDistance } from '../exercises/rate-source';
import { RATING_SCALE } from '../exercises/rate-source/scale';
import { FIRST_CLICK_CREDIT } from '../exercises/search-task';
import type { Exercise, ExerciseOf, PassageSpan } from '../exercises/types';
import { techniqueById } from '../techniques';
import { excerptGroups, excerptLine, excerptSource, type BankItem } from './bank';
import { xmlEscape } from '../xml';
import { paragraphs, qtiId } from './xml';

const ASI_NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** The feedback shown after every attempt, whatever was answered: the exercise's explanations. */
const EXPLANATION = 'EXPLANATION';

/** A response variable: what the candidate answers, its right answer, and what each answer earns. */
interface Response {
  identifier: string;
  cardinality: 'single' | 'multiple';
  baseType: 'identifier' | 'directedPair' | 'string';
  correct: readonly string[];
  /** Credit per answer, summed (for a multiple response) and kept between the bounds. */
  mapping?: { entries: readonly (readonly [string, number])[]; upper: number };
}

interface Feedback {
  identifier: string;
  body: string;
}

interface Parts {
  responses: Response[];
  body: string;
  /** 'match': 1 when the single response is right (QTI's match_correct); 'map': the sum of the mapped responses; 'human': a teacher marks it. */
  scoring: 'match' | 'map' | 'human';
  /** Feedback named by the answer chosen (by choice identifier), and the explanation shown after every attempt. */
  feedback: Feedback[];
  explanation: string | null;
  /** For the teacher marking by hand; the candidate does not see it. */
  rubric?: string;
}

/** A number as QTI writes it, to five decimals at most. */
const num = (x: number) => Number(x.toFixed(5)).toString();

const choiceId = (kind: string, id: string) => qtiId(`${kind}-${id}`);

const strong = (text: string) => `<strong>${xmlEscape(text)}</strong>`;
const where = (text: string) => `<p><em>${xmlEscape(text)}</em></p>`;
const quoted = (exercise: Exercise) =>
  excerptGroups(exercise)
    .map((g) => `${g.label ? `<p>${strong(g.label)}</p>` : ''}${g.excerpts.map((e) => `<blockquote>${paragraphs(excerptLine(e))}</blockquote>`).join('')}`)
    .join('');

function choiceInteraction(response: string, maxChoices: number, choices: readonly { id: string; html: string }[], prompt?: string): string {
  return [
    `<qti-choice-interaction response-identifier="${response}" max-choices="${maxChoices}">`,
    ...(prompt ? [`<qti-prompt>${xmlEscape(prompt)}</qti-prompt>`] : []),
    ...choices.map((c) => `<qti-simple-choice identifier="${c.id}">${c.html}</qti-simple-choice>`),
    '</qti-choice-interaction>',
  ].join('\n');
}

/** Feedback for one option: the option, then why it is right or wrong. */
const optionFeedback = (id: string, text: string, why: string): Feedback => ({ identifier: id, body: `<p>${strong(text)}</p>${paragraphs(why)}` });

/** The share each right pick earns and each wrong pick costs, as the course scores a pick-several question. */
function pickMapping(ids: readonly string[], right: readonly string[], total: number): Response['mapping'] {
  const rightCount = ids.filter((id) => right.includes(id)).length;
  const wrongCount = ids.length - rightCount;
  return { entries: ids.map((id) => [id, right.includes(id) ? total / rightCount : -total / wrongCount] as const), upper: total };
}

function choiceParts(exercise: ExerciseOf<'single-choice'> | ExerciseOf<'multiple-choice'> | ExerciseOf<'compare'>): Parts {
  const { public: pub, key } = exercise;
  const ids = pub.options.map((o) => choiceId('option', o.id));
  const right = (typeof key.correct === 'string' ? [key.correct] : key.correct).map((id) => choiceId('option', id));
  const single = exercise.type === 'single-choice';
  return {
    responses: [
      single
        ? { identifier: 'RESPONSE', cardinality: 'single', baseType: 'identifier', correct: right }
        : { identifier: 'RESPONSE', cardinality: 'multiple', baseType: 'identifier', correct: right, mapping: pickMapping(ids, right, 1) },
    ],
    body: `${quoted(exercise)}\n${choiceInteraction('RESPONSE', single ? 1 : 0, pub.options.map((o, i) => ({ id: ids[i]!, html: xmlEscape(o.text) })))}`,
    scoring: single ? 'match' : 'map',
    feedback: pub.options.map((o, i) => optionFeedback(ids[i]!, o.text, key.feedback[o.id] ?? '')),
    explanation: null,
  };
}

function classifyParts({ public: pub, key }: ExerciseOf<'classify'>): Parts {
  const itemId = (id: string) => choiceId('item', id);
  const categoryId = (c: string) => choiceId('category', c);
  const accepted = (id: string) => [key.answers[id] ?? NO_PROBLEM, ...(key.alsoAccepted[id] ?? [])];
  const share = 1 / pub.items.length;
  return {
    responses: [
      {
        identifier: 'RESPONSE',
        cardinality: 'multiple',
        baseType: 'directedPair',
        correct: pub.items.map((item) => `${itemId(item.id)} ${categoryId(key.answers[item.id] ?? NO_PROBLEM)}`),
        // Any answer the key accepts earns the item's share, as in the course.
        mapping: { entries: pub.items.flatMap((item) => accepted(item.id).map((c) => [`${itemId(item.id)} ${categoryId(c)}`, share] as const)), upper: 1 },
      },
    ],
    body: [
      `<qti-match-interaction response-identifier="RESPONSE" max-associations="${pub.items.length}">`,
      '<qti-simple-match-set>',
      ...pub.items.map((item) => `<qti-simple-associable-choice identifier="${itemId(item.id)}" match-max="1">${xmlEscape(excerptLine(item.excerpt))}</qti-simple-associable-choice>`),
      '</qti-simple-match-set>',
      '<qti-simple-match-set>',
      ...pub.categories.map((c) => `<qti-simple-associable-choice identifier="${categoryId(c)}" match-max="${pub.items.length}">${xmlEscape(categoryLabel(c))}</qti-simple-associable-choice>`),
      '</qti-simple-match-set>',
      '</qti-match-interaction>',
    ].join('\n'),
    scoring: 'map',
    feedback: [],
    explanation: `<ol>${pub.items.map((item) => `<li>${xmlEscape(excerptLine(item.excerpt))}: ${strong(acceptedLabel(accepted(item.id)))}. ${xmlEscape(key.feedback[item.id] ?? '')}</li>`).join('')}</ol>`,
  };
}

function highlightParts({ public: pub, key }: ExerciseOf<'highlight'>): Parts {
  const spanId = (s: PassageSpan) => choiceId('span', s.annotationId);
  const spans = [...key.targets, ...key.controls, ...key.neutral].sort((a, b) => a.from - b.from);
  const startAt = new Map(spans.map((s) => [s.from, s]));
  // The passage as written, each annotated stretch a hot text the candidate may select.
  let passage = '';
  let open: PassageSpan | null = null;
  for (const [i, word] of pub.words.entries()) {
    const starts = startAt.get(i);
    if (!open && starts) {
      open = starts;
      passage += `<qti-hottext identifier="${spanId(starts)}">`;
    }
    passage += xmlEscape(word.text);
    if (open?.to === i + 1) {
      passage += '</qti-hottext>';
      open = null;
    }
    const gap = pub.gaps[i] ?? '';
    passage += gap.includes('\n') ? (open ? '<br/>' : '</p>\n<p>') : xmlEscape(gap);
  }
  const text = (s: PassageSpan) =>
    pub.words
      .slice(s.from, s.to)
      .map((w, i) => (i < s.to - s.from - 1 ? `${w.text}${(pub.gaps[s.from + i] ?? ' ').replace(/\s+/g, ' ')}` : w.text))
      .join('');
  const list = (heading: string, group: readonly PassageSpan[]) =>
    group.length
      ? `<p>${strong(heading)}</p><ul>${group.map((s) => `<li>“${xmlEscape(text(s))}”: ${strong(techniqueById(s.technique).label)}. ${xmlEscape(s.explanation)}${s.detail ? ` <em>(${xmlEscape(s.detail)})</em>` : ''}</li>`).join('')}</ul>`
      : '';
  const ids = spans.map(spanId);
  const targets = key.targets.map(spanId);
  const controls = key.controls.map(spanId);
  return {
    responses: [
      {
        identifier: 'RESPONSE',
        cardinality: 'multiple',
        baseType: 'identifier',
        correct: targets,
        // Targets share the credit and good practice marked costs its share; other problems neither earn nor cost, as in the course.
        mapping: {
          entries: ids.map((id) => [id, targets.includes(id) ? 1 / targets.length : controls.includes(id) ? -1 / controls.length : 0] as const),
          upper: 1,
        },
      },
    ],
    body: [
      `<p>From ${xmlEscape(excerptSource(pub.excerpt))}</p>`,
      `<qti-hottext-interaction response-identifier="RESPONSE" max-choices="0">`,
      `<p>${passage}</p>`,
      '</qti-hottext-interaction>',
    ].join('\n'),
    scoring: 'map',
    feedback: [],
    explanation: [list('What to mark', key.targets), list('Good practice: marking it is a false alarm', key.controls), list('Other problems, not asked about here', key.neutral)].join(''),
  };
}

function rateSourceParts(exercise: ExerciseOf<'rate-source'>): Parts {
  const { public: pub, key } = exercise;
  const ratingIds = RATING_SCALE.map((r) => choiceId('rating', String(r.value)));
  const reasonIds = pub.reasons.map((r) => choiceId('reason', r.id));
  return {
    responses: [
      {
        identifier: 'RATING',
        cardinality: 'single',
        baseType: 'identifier',
        correct: [choiceId('rating', String(key.rating.min))],
        // Half the score is the rating: full credit inside the key's range, less the further off it is.
        mapping: { entries: RATING_SCALE.map((r, i) => [ratingIds[i]!, RATING_CREDIT[ratingDistance(key.rating, r.value)] / 2] as const), upper: 0.5 },
      },
      {
        identifier: 'REASONS',
        cardinality: 'multiple',
        baseType: 'identifier',
        correct: key.expertReasons.map((id) => choiceId('reason', id)),
        mapping: pickMapping(reasonIds, key.expertReasons.map((id) => choiceId('reason', id)), 0.5),
      },
    ],
    body: [
      quoted(exercise),
      choiceInteraction('RATING', 1, RATING_SCALE.map((r, i) => ({ id: ratingIds[i]!, html: xmlEscape(r.label) })), 'Your rating'),
      choiceInteraction('REASONS', 0, pub.reasons.map((r, i) => ({ id: reasonIds[i]!, html: xmlEscape(r.text) })), 'The reasons an expert would give'),
    ].join('\n'),
    scoring: 'map',
    feedback: pub.reasons.map((r, i) => optionFeedback(reasonIds[i]!, r.text, key.feedback[r.id] ?? '')),
    explanation: `<p>${strong(`The rating: ${rangeLabel(key.rating)}.`)}</p>${paragraphs(key.ratingExplanation)}`,
  };
}

function searchTaskParts({ public: pub, key }: ExerciseOf<'search-task'>): Parts {
  const resultIds = pub.results.map((r) => choiceId('result', r.id));
  const optionIds = pub.options.map((o) => choiceId('judgement', o.id));
  const best = pub.results.filter((r) => key.values[r.id] === 'best').map((r) => choiceId('result', r.id));
  return {
    responses: [
      {
        identifier: 'FIRST',
        cardinality: 'single',
        baseType: 'identifier',
        correct: best.slice(0, 1),
        // Half the score is the first result opened, by how good a first click it is; half is the judgement.
        mapping: { entries: pub.results.map((r, i) => [resultIds[i]!, FIRST_CLICK_CREDIT[key.values[r.id] ?? 'poor'] / 2] as const), upper: 0.5 },
      },
      { identifier: 'JUDGEMENT', cardinality: 'single', baseType: 'identifier', correct: [choiceId('judgement', key.correct)], mapping: { entries: [[choiceId('judgement', key.correct), 0.5]], upper: 0.5 } },
    ],
    body: [
      `<p>The search: ${strong(pub.query)}</p>`,
      choiceInteraction(
        'FIRST',
        1,
        pub.results.map((r, i) => ({ id: resultIds[i]!, html: `${strong(r.note.title)} (${xmlEscape(r.note.publisher)}, ${xmlEscape(r.note.dateLabel)})<br/>${xmlEscape(r.note.address)}<br/>${xmlEscape(r.snippet)}` })),
        'Read every result. Which one would you open first?',
      ),
      choiceInteraction('JUDGEMENT', 1, pub.options.map((o, i) => ({ id: optionIds[i]!, html: xmlEscape(o.text) })), pub.question),
      `<p>${strong('With the open web:')} ${xmlEscape(pub.liveWeb)}</p>`,
    ].join('\n'),
    scoring: 'map',
    feedback: [
      ...pub.results.map((r, i) => optionFeedback(resultIds[i]!, `${r.note.title}: a ${key.values[r.id] ?? 'poor'} first click`, key.resultFeedback[r.id] ?? '')),
      ...pub.options.map((o, i) => optionFeedback(optionIds[i]!, o.text, key.feedback[o.id] ?? '')),
    ],
    explanation: null,
  };
}

function rewriteParts(exercise: ExerciseOf<'rewrite'>): Parts {
  const { public: pub, key } = exercise;
  const noted = (heading: string, words: readonly { text: string; why: string }[]) =>
    words.length ? `<p>${strong(heading)}</p><ul>${words.map((w) => `<li>“${xmlEscape(w.text)}”: ${xmlEscape(w.why)}</li>`).join('')}</ul>` : '';
  const level = (name: string, anchor: { answer: string; why: string }) => `<li>${strong(name)}: “${xmlEscape(anchor.answer)}” ${xmlEscape(anchor.why)}</li>`;
  const model = `<p>${strong('A model answer:')} ${xmlEscape(key.modelAnswer)}</p>`;
  return {
    responses: [{ identifier: 'RESPONSE', cardinality: 'single', baseType: 'string', correct: [] }],
    body: [
      quoted(exercise),
      `<p>${strong('Check your version:')}</p><ul>${pub.checklist.map((c) => `<li>${xmlEscape(c)}</li>`).join('')}</ul>`,
      '<qti-extended-text-interaction response-identifier="RESPONSE" expected-lines="4"/>',
    ].join('\n'),
    scoring: 'human',
    feedback: [],
    explanation: `${model}${noted('The loaded words', key.loadedWords)}`,
    rubric: [
      `<p>${strong('Marking: an answer at each level, and why it sits there.')}</p>`,
      `<ul>${level('Strong', key.rubric.strong)}${level('Partial', key.rubric.partial)}${level('Weak', key.rubric.weak)}</ul>`,
      model,
      noted('Loaded words that should go', key.loadedWords),
      key.keep.length ? `<p>${strong('Words the claim needs kept:')} ${xmlEscape(key.keep.join(', '))}</p>` : '',
      noted('Words that would add a claim the excerpt does not make', key.newClaims),
    ].join(''),
  };
}

function parts(exercise: Exercise): Parts {
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'compare':
      return choiceParts(exercise);
    case 'classify':
      return classifyParts(exercise);
    case 'highlight':
      return highlightParts(exercise);
    case 'rate-source':
      return rateSourceParts(exercise);
    case 'search-task':
      return searchTaskParts(exercise);
    case 'rewrite':
      return rewriteParts(exercise);
  }
}

function declaration(r: Response): string {
  const correct = r.correct.length ? `<qti-correct-response>${r.correct.map((v) => `<qti-value>${xmlEscape(v)}</qti-value>`).join('')}</qti-correct-response>` : '';
  const mapping = r.mapping
    ? `<qti-mapping default-value="0" lower-bound="0" upper-bound="${num(r.mapping.upper)}">${r.mapping.entries.map(([k, v]) => `<qti-map-entry map-key="${xmlEscape(k)}" mapped-value="${num(v)}"/>`).join('')}</qti-mapping>`
    : '';
  return `<qti-response-declaration identifier="${r.identifier}" cardinality="${r.cardinality}" base-type="${r.baseType}">${correct}${mapping}</qti-response-declaration>`;
}

const setScore = (expression: string) => `<qti-set-outcome-value identifier="SCORE">${expression}</qti-set-outcome-value>`;
const float = (x: number) => `<qti-base-value base-type="float">${x}</qti-base-value>`;

function processing(p: Parts): string {
  const first = p.responses[0]!;
  const score =
    p.scoring === 'match'
      ? // QTI's match_correct template, written out so the same processing can also set the feedback.
        `<qti-response-condition><qti-response-if><qti-match><qti-variable identifier="${first.identifier}"/><qti-correct identifier="${first.identifier}"/></qti-match>${setScore(float(1))}</qti-response-if><qti-response-else>${setScore(float(0))}</qti-response-else></qti-response-condition>`
      : p.scoring === 'map'
        ? setScore(p.responses.length === 1 ? `<qti-map-response identifier="${first.identifier}"/>` : `<qti-sum>${p.responses.map((r) => `<qti-map-response identifier="${r.identifier}"/>`).join('')}</qti-sum>`)
        : '';
  // FEEDBACK holds the identifiers of the choices made, and EXPLANATION, so each shows its modal feedback.
  const named = p.feedback.length ? p.responses.filter((r) => r.baseType === 'identifier').map((r) => `<qti-variable identifier="${r.identifier}"/>`) : [];
  const sources = [...named, ...(p.explanation ? [`<qti-base-value base-type="identifier">${EXPLANATION}</qti-base-value>`] : [])];
  const feedback = sources.length ? `<qti-set-outcome-value identifier="FEEDBACK"><qti-multiple>${sources.join('')}</qti-multiple></qti-set-outcome-value>` : '';
  return score || feedback ? `<qti-response-processing>${score}${feedback}</qti-response-processing>` : '';
}

const modal = (f: Feedback, title: string) =>
  `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="${f.identifier}" show-hide="show" title="${xmlEscape(title)}"><qti-content-body>${f.body}</qti-content-body></qti-modal-feedback>`;

export interface QtiItem {
  identifier: string;
  /** The item's file inside the package. */
  href: string;
  xml: string;
}

export function qtiItem({ exercise, where: place }: BankItem): QtiItem {
  const p = parts(exercise);
  const identifier = qtiId(exercise.public.id);
  const title = `${exercise.public.id}: ${exercise.public.title}`;
  const outcomes = [
    `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float" normal-maximum="1"${p.scoring === 'human' ? ' external-scored="human"' : ''}><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>`,
    `<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>1</qti-value></qti-default-value></qti-outcome-declaration>`,
    ...(p.feedback.length || p.explanation ? ['<qti-outcome-declaration identifier="FEEDBACK" cardinality="multiple" base-type="identifier"/>'] : []),
  ];
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<qti-assessment-item xmlns="${ASI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${ASI_NS} ${ASI_XSD}" identifier="${identifier}" title="${xmlEscape(title)}" adaptive="false" time-dependent="false" xml:lang="en">`,
    ...p.responses.map(declaration),
    ...outcomes,
    '<qti-item-body>',
    ...(p.rubric ? [`<qti-rubric-block view="scorer"><qti-content-body>${p.rubric}</qti-content-body></qti-rubric-block>`] : []),
    where(place),
    paragraphs(exercise.public.prompt),
    p.body,
    '</qti-item-body>',
    processing(p),
    ...p.feedback.map((f) => modal(f, 'Feedback')),
    ...(p.explanation ? [modal({ identifier: EXPLANATION, body: p.explanation }, 'Why')] : []),
    '</qti-assessment-item>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return { identifier, href: `items/${identifier}.xml`, xml: `${xml}\n` };
}

export interface QtiPackage {
  /** Path in the zip → file text, imsmanifest.xml first. */
  files: Map<string, string>;
  zip: Uint8Array;
  /** Exercise ids in the package, in order. */
  included: string[];
}

export function qtiPackage(moduleId: string, items: readonly BankItem[]): QtiPackage {
  const built = items.map(qtiItem);
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="${qtiId(`read-the-source-${moduleId}`)}">`,
    '<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    ...built.map((i) => `<resource identifier="${i.identifier}" type="imsqti_item_xmlv3p0" href="${i.href}"><file href="${i.href}"/></resource>`),
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  const files = new Map([['imsmanifest.xml', manifest], ...built.map((i) => [i.href, i.xml] as const)]);
  // A fixed date, so each build writes the same bytes and a deploy shows no change where there is none.
  const zip = zipSync(Object.fromEntries([...files].map(([path, text]) => [path, strToU8(text)])), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  return { files, zip, included: items.map((i) => i.exercise.public.id) };
}
