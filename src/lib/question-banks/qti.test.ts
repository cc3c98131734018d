import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercises/types';
import { qtiItem, qtiPackage } from './qti';

const excerpt = { text: 'Experts agree & it is <so>.', document: { id: 'd', number: '003', title: 'T', outlet: 'ANHA' }, anchor: null };
const single: Exercise = {
  type: 'single-choice',
  public: { type: 'single-choice', id: 'sc', title: 'Who "says" so?', prompt: 'Who is the source?', excerpt, options: [{ id: 'b', text: 'Nobody <named>' }, { id: 'a', text: 'Experts' }] },
  key: { type: 'single-choice', correct: 'b', feedback: { a: 'No: which experts?', b: 'Right: no one is named.' } },
};
const multiple: Exercise = {
  type: 'multiple-choice',
  public: { type: 'multiple-choice', id: 'mc', title: 'Pick', prompt: 'Which?', excerpt: null, options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })) },
  key: { type: 'multiple-choice', correct: ['a', 'b', 'c'], feedback: { a: 'A.', b: 'B.', c: 'C.', d: 'D.' } },
};
const classify: Exercise = {
  type: 'classify',
  public: { type: 'classify', id: 'cl', title: 'Sort', prompt: 'Sort them.', categories: ['anonymous-source', 'unverified-claim', 'none'], items: ['x', 'y'].map((id) => ({ id, excerpt: { ...excerpt, text: `Text ${id}` } })) },
  key: { type: 'classify', answers: { x: 'anonymous-source', y: 'none' }, alsoAccepted: { x: ['unverified-claim'] }, feedback: { x: 'Unnamed.', y: 'Fine.' } },
};
const words = 'Many reports confirmed it. The ministry said so.'.split(' ');
const highlight: Exercise = {
  type: 'highlight',
  public: {
    type: 'highlight',
    id: 'hl',
    title: 'Mark',
    prompt: 'Mark the faceless crowd.',
    excerpt,
    words: words.map((text, i) => ({ text, start: i, end: i + 1 })),
    gaps: [' ', ' ', ' ', '\n\n', ' ', ' ', ' '],
  },
  key: {
    type: 'highlight',
    targets: [{ annotationId: 'many-reports', technique: 'anonymous-source', from: 0, to: 3, explanation: 'Which reports?', extent: { from: 0, to: 4 } }],
    controls: [{ annotationId: 'ministry', technique: 'named-source', from: 4, to: 6, explanation: 'Named: you can check it.' }],
    neutral: [],
  },
};
const rewrite: Exercise = {
  type: 'rewrite',
  public: { type: 'rewrite', id: 'rw', title: 'Rewrite', prompt: 'Rewrite it.', excerpt, checklist: ['The loaded words are gone.'] },
  key: {
    type: 'rewrite',
    loadedWords: [{ text: 'regime', why: 'It judges before it tells.' }],
    keep: ['government'],
    newClaims: [],
    modelAnswer: 'The government said so.',
    rubric: { strong: { answer: 'The government said so.', why: 'Neutral, and the claim kept.' }, partial: { answer: 'The cruel government said so.', why: 'One loaded word left.' }, weak: { answer: 'The regime lied.', why: 'Loaded, and a new claim.' } },
  },
};
const rate: Exercise = {
  type: 'rate-source',
  public: { type: 'rate-source', id: 'rs', title: 'Rate', prompt: 'How far can you rely on it?', excerpt, reasons: ['a', 'b', 'c'].map((id) => ({ id, text: `Reason ${id}` })) },
  key: { type: 'rate-source', rating: { min: 1, max: 2 }, ratingExplanation: 'Weak at best.', expertReasons: ['a'], feedback: { a: 'Yes.', b: 'No.', c: 'No either.' } },
};
const note = { publisher: 'Reuters', dateLabel: '8 December 2011', url: 'https://example.org', address: 'example.org', readIn: null, says: '', quote: null, standpoint: '' };
const search: Exercise = {
  type: 'search-task',
  public: {
    type: 'search-task',
    id: 'st',
    title: 'Who runs it?',
    prompt: 'Find out who runs it.',
    search: 's',
    query: 'who runs it',
    results: ['r1', 'r2'].map((id) => ({ id, snippet: `Snippet ${id}`, note: { ...note, title: `Title ${id}` } })),
    question: 'Who runs it?',
    options: [{ id: 'a', text: 'One man' }, { id: 'b', text: 'A state' }],
    liveWeb: 'Search the open web for the group’s name and its founder.',
  },
  key: { type: 'search-task', values: { r1: 'poor', r2: 'best' }, resultFeedback: { r1: 'A side’s own page.', r2: 'An agency profile.' }, correct: 'a', feedback: { a: 'Yes.', b: 'No.' } },
};

const values = (xml: string, identifier: string) =>
  xml.match(new RegExp(`<qti-response-declaration identifier="${identifier}"[^>]*><qti-correct-response>(.*?)</qti-correct-response>`))![1]!.match(/<qti-value>(.*?)<\/qti-value>/g)!.map((v) => v.slice(11, -12));
const mapped = (xml: string, identifier: string) =>
  Object.fromEntries(
    [...xml.match(new RegExp(`<qti-response-declaration identifier="${identifier}".*?</qti-response-declaration>`))![0]!.matchAll(/map-key="([^"]+)" mapped-value="([^"]+)"/g)].map((m) => [m[1], Number(m[2])]),
  );
const modalIds = (xml: string) => [...xml.matchAll(/<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="([^"]+)"/g)].map((m) => m[1]);

describe('QTI 3.0 items', () => {
  it('a single choice: one right option as the correct response, scored by match_correct, each option with its feedback', () => {
    const { xml, identifier } = qtiItem({ exercise: single, where: 'Pre-check' });
    expect(identifier).toBe('sc');
    expect(xml).toContain('title="sc: Who &quot;says&quot; so?"');
    expect(values(xml, 'RESPONSE')).toEqual(['option-b']);
    expect(xml).toContain('<qti-choice-interaction response-identifier="RESPONSE" max-choices="1">');
    expect(xml).toContain('<qti-simple-choice identifier="option-b">Nobody &lt;named&gt;</qti-simple-choice>');
    expect(xml).toContain('<qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>');
    expect(modalIds(xml)).toEqual(['option-b', 'option-a']);
    expect(xml).toContain('<p>Right: no one is named.</p>');
    expect(xml).toContain('<p><em>Pre-check</em></p>');
    expect(xml).toContain('<blockquote><p>“Experts agree &amp; it is &lt;so&gt;.” (Document 003, ANHA)</p></blockquote>');
  });

  it('multiple choice: right options share the credit and wrong ones cost their share, never below 0', () => {
    const { xml } = qtiItem({ exercise: multiple, where: 'Lesson 1: One' });
    expect(values(xml, 'RESPONSE')).toEqual(['option-a', 'option-b', 'option-c']);
    expect(mapped(xml, 'RESPONSE')).toEqual({ 'option-a': 0.33333, 'option-b': 0.33333, 'option-c': 0.33333, 'option-d': -1 });
    expect(xml).toContain('<qti-mapping default-value="0" lower-bound="0" upper-bound="1">');
    expect(xml).toContain('max-choices="0"');
    expect(xml).toContain('<qti-map-response identifier="RESPONSE"/>');
  });

  it('classify: each excerpt paired with its category, any accepted answer earning the item’s share, and every explanation', () => {
    const { xml } = qtiItem({ exercise: classify, where: 'Lesson 1: One' });
    expect(xml).toContain('<qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="directedPair">');
    expect(values(xml, 'RESPONSE')).toEqual(['item-x category-anonymous-source', 'item-y category-none']);
    expect(mapped(xml, 'RESPONSE')).toEqual({ 'item-x category-anonymous-source': 0.5, 'item-x category-unverified-claim': 0.5, 'item-y category-none': 0.5 });
    expect(xml).toContain('<qti-simple-associable-choice identifier="category-unverified-claim" match-max="2">Unverified claim</qti-simple-associable-choice>');
    expect(xml).toContain('<strong>Anonymous source (or Unverified claim)</strong>. Unnamed.');
    expect(modalIds(xml)).toEqual(['EXPLANATION']);
  });

  it('highlight: the passage with each annotated stretch as hot text, the key’s targets as the correct response', () => {
    const { xml } = qtiItem({ exercise: highlight, where: 'Post-check' });
    const hottexts = [...xml.matchAll(/<qti-hottext identifier="([^"]+)">(.*?)<\/qti-hottext>/g)].map((m) => [m[1], m[2]]);
    expect(hottexts).toEqual([
      ['span-many-reports', 'Many reports confirmed'],
      ['span-ministry', 'The ministry'],
    ]);
    expect(values(xml, 'RESPONSE')).toEqual(['span-many-reports']);
    expect(mapped(xml, 'RESPONSE')).toEqual({ 'span-many-reports': 1, 'span-ministry': -1 });
    // The paragraph break stays a paragraph break.
    expect(xml).toContain('confirmed</qti-hottext> it.</p>\n<p><qti-hottext identifier="span-ministry">');
    expect(xml).toContain('“Many reports confirmed”: <strong>Anonymous source</strong>. Which reports?');
    expect(xml).toContain('Named: you can check it.');
  });

  it('rewrite: extended text, marked by hand, with the strong, partial and weak answers in a rubric for the scorer', () => {
    const { xml } = qtiItem({ exercise: rewrite, where: 'Post-check' });
    expect(xml).toContain('<qti-extended-text-interaction response-identifier="RESPONSE"');
    expect(xml).toContain('external-scored="human"');
    const rubric = xml.match(/<qti-rubric-block view="scorer"><qti-content-body>(.*?)<\/qti-content-body><\/qti-rubric-block>/)![1]!;
    for (const level of ['Strong', 'Partial', 'Weak'] as const) expect(rubric).toContain(`<strong>${level}</strong>: “`);
    expect(rubric).toContain('One loaded word left.');
    expect(rubric).toContain('“regime”: It judges before it tells.');
    expect(rubric).toContain('The government said so.');
  });

  it('rate the source: the rating earns half, by how near it is to the key’s range, and the expert reasons the other half', () => {
    const { xml } = qtiItem({ exercise: rate, where: 'Pre-check' });
    expect(mapped(xml, 'RATING')).toEqual({ 'rating-1': 0.5, 'rating-2': 0.5, 'rating-3': 0.25, 'rating-4': 0.1 });
    expect(mapped(xml, 'REASONS')).toEqual({ 'reason-a': 0.5, 'reason-b': -0.25, 'reason-c': -0.25 });
    expect(xml).toContain('<qti-sum><qti-map-response identifier="RATING"/><qti-map-response identifier="REASONS"/></qti-sum>');
    expect(modalIds(xml)).toEqual(['reason-a', 'reason-b', 'reason-c', 'EXPLANATION']);
    expect(xml).toContain('The rating: Not reliable to Weak.');
  });

  it('a search task: the first result to open, by how good a first click it is, and the judgement, each with its feedback', () => {
    const { xml } = qtiItem({ exercise: search, where: 'Lesson 2: Two' });
    expect(mapped(xml, 'FIRST')).toEqual({ 'result-r1': 0, 'result-r2': 0.5 });
    expect(values(xml, 'FIRST')).toEqual(['result-r2']);
    expect(values(xml, 'JUDGEMENT')).toEqual(['judgement-a']);
    expect(modalIds(xml)).toEqual(['result-r1', 'result-r2', 'judgement-a', 'judgement-b']);
    expect(xml).toContain('An agency profile.');
    expect(xml).toContain('Search the open web for the group’s name and its founder.');
  });
});

describe('a QTI 3.0 content package', () => {
  const pack = qtiPackage('claims', [
    { exercise: single, where: 'Pre-check' },
    { exercise: rewrite, where: 'Post-check' },
  ]);

  it('holds a manifest listing every item as a QTI 3.0 item resource, and each item’s file', () => {
    const files = unzipSync(pack.zip);
    expect(Object.keys(files)).toEqual(['imsmanifest.xml', 'items/sc.xml', 'items/rw.xml']);
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"');
    expect([...manifest.matchAll(/<resource identifier="([^"]+)" type="imsqti_item_xmlv3p0" href="([^"]+)"><file href="\2"\/><\/resource>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['sc', 'items/sc.xml'],
      ['rw', 'items/rw.xml'],
    ]);
    expect(strFromU8(files['items/sc.xml']!)).toBe(pack.files.get('items/sc.xml'));
    expect(pack.included).toEqual(['sc', 'rw']);
  });

  it('writes the same bytes on every build', () => {
    expect(qtiPackage('claims', [{ exercise: single, where: 'Pre-check' }]).zip).toEqual(qtiPackage('claims', [{ exercise: single, where: 'Pre-check' }]).zip);
  });
});
