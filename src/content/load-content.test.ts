import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadCourseContent, loadCourseContentOrThrow } from './load-content';

const CAPTURE = 'Headline here\n\nMany experts agree that it is so.\nThe “Caliph” fled. The “Caliph” hid.\n  1. A comment.\n';

const DOCUMENT = `number: "009"
title: Headline here
outlet: Test outlet
publisherKind: newspaper
author: null
date: null
language: en
summary: A small document made up for the tests of the content loader, long enough.
contentNotes: []
source:
  capture: sample.txt
  description: Made for the tests.
  dropped: ["  1. "]
notes: []
parts:
  - id: headline
    kind: headline
    label: Headline
    text: Headline here
  - id: body
    kind: article
    label: The article
    text: |-
      Many experts agree that it is so.

      The “Caliph” fled. The “Caliph” hid.
  - id: comment
    kind: comment
    label: Reader comment
    text: A comment.
`;

function annotation(fields: Record<string, unknown>): string {
  const base = {
    id: 'sample-experts',
    quote: 'Many experts agree',
    technique: 'unverified-claim',
    explanation: 'No expert is named.',
    check: 'Look for a named expert.',
    ...fields,
  };
  return `  - ${Object.entries(base)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n    ')}\n`;
}

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function contentDir(files: { document?: string; capture?: string; annotations?: Record<string, string> }): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(root);
  const content = join(root, 'content');
  for (const sub of ['documents', 'annotations', 'seeds']) mkdirSync(join(content, sub), { recursive: true });
  writeFileSync(join(content, 'seeds', 'sample.txt'), files.capture ?? CAPTURE);
  writeFileSync(join(content, 'documents', 'sample-doc.yaml'), files.document ?? DOCUMENT);
  for (const [name, body] of Object.entries(files.annotations ?? {})) writeFileSync(join(content, 'annotations', name), body);
  return content;
}

const file = (...items: string[]) => `document: sample-doc\nannotations:\n${items.join('')}`;

describe('loadCourseContent', () => {
  it('loads a valid document and its annotations with no problems', () => {
    const content = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({})) } }));
    expect(content.problems).toEqual([]);
    expect(content.documents.get('sample-doc')?.text.blocks).toHaveLength(4);
    expect(content.annotations).toEqual([expect.objectContaining({ id: 'sample-experts', document: 'sample-doc', file: 'content/annotations/a.yaml' })]);
  });

  it('names the file and the annotation when a quote is not in the document', () => {
    const content = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({ quote: 'Many experts agreed' })) } }));
    expect(content.problems).toEqual([
      'content/annotations/a.yaml: annotation "sample-experts": quote not found verbatim in the document: "Many experts agreed" (document "sample-doc")',
    ]);
    expect(content.annotations).toEqual([]);
  });

  it('rejects an ambiguous quote that gives no occurrence, and accepts it with one', () => {
    const ambiguous = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({ quote: '"Caliph"', technique: 'loaded-language', voice: 'author' })) } }));
    expect(ambiguous.problems).toEqual([expect.stringMatching(/^content\/annotations\/a\.yaml: annotation "sample-experts": quote ""Caliph"" occurs 2 times/)]);
    const chosen = loadCourseContent(
      contentDir({ annotations: { 'a.yaml': file(annotation({ quote: '"Caliph"', occurrence: 2, technique: 'loaded-language', voice: 'author' })) } }),
    );
    expect(chosen.problems).toEqual([]);
  });

  it('rejects an unknown document, naming the file', () => {
    const content = loadCourseContent(contentDir({ annotations: { 'a.yaml': `document: no-such-doc\nannotations:\n${annotation({})}` } }));
    expect(content.problems).toEqual(['content/annotations/a.yaml: unknown document "no-such-doc" (known: sample-doc)']);
  });

  it('rejects an unknown technique, naming the file and the annotation', () => {
    const content = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({ technique: 'fake-news' })) } }));
    expect(content.problems).toHaveLength(1);
    expect(content.problems[0]).toMatch(/^content\/annotations\/a\.yaml: annotation "sample-experts": technique: Invalid option/);
    expect(content.problems[0]).toContain('"unverified-claim"');
  });

  it('rejects a duplicate id, across files too', () => {
    const content = loadCourseContent(
      contentDir({ annotations: { 'a.yaml': file(annotation({})), 'b.yaml': file(annotation({ quote: 'it is so' })) } }),
    );
    expect(content.problems).toEqual(['content/annotations/b.yaml: annotation "sample-experts": duplicate annotation id, already used in content/annotations/a.yaml']);
  });

  it('rejects an explanation over 60 words, counting the check too', () => {
    const long = Array.from({ length: 55 }, () => 'word').join(' ');
    const atLimit = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({ explanation: long, check: 'Ask who said it first.' })) } }));
    expect(atLimit.problems).toEqual([]);
    const tooLong = loadCourseContent(contentDir({ annotations: { 'a.yaml': file(annotation({ explanation: `${long} more`, check: 'Ask who said it first.' })) } }));
    expect(tooLong.problems).toEqual([
      'content/annotations/a.yaml: annotation "sample-experts": explanation: explanation and check together are 61 words; the limit is 60',
    ]);
  });

  it('rejects overlapping annotations in one document', () => {
    const content = loadCourseContent(
      contentDir({ annotations: { 'a.yaml': file(annotation({}), annotation({ id: 'sample-agree', quote: 'agree that it' })) } }),
    );
    expect(content.problems).toEqual([expect.stringMatching(/^content\/annotations\/a\.yaml: annotation "sample-agree": quote overlaps annotation "sample-experts"/)]);
  });

  it('needs sourcing on an anonymous source and voice on loaded language', () => {
    const content = loadCourseContent(
      contentDir({
        annotations: {
          'a.yaml': file(annotation({ technique: 'anonymous-source' }), annotation({ id: 'sample-loaded', quote: 'it is so', technique: 'loaded-language' })),
        },
      }),
    );
    expect(content.problems).toEqual([
      'content/annotations/a.yaml: annotation "sample-experts": sourcing: an anonymous-source annotation needs "sourcing"',
      'content/annotations/a.yaml: annotation "sample-loaded": voice: a loaded-language annotation needs "voice"',
    ]);
  });

  it('rejects a commenter tagged as the author, and a commenter voice outside the comments, naming the part', () => {
    const content = loadCourseContent(
      contentDir({
        annotations: {
          'a.yaml': file(
            annotation({ id: 'sample-comment', quote: 'A comment', technique: 'loaded-language', voice: 'author' }),
            annotation({ id: 'sample-body', quote: 'it is so', technique: 'loaded-language', voice: 'commenter' }),
          ),
        },
      }),
    );
    expect(content.problems).toEqual([
      'content/annotations/a.yaml: annotation "sample-comment": voice "author" on a reader comment: a commenter\'s words have voice "commenter" (part "comment")',
      'content/annotations/a.yaml: annotation "sample-body": voice "commenter" on a part of kind "article": only a reader comment has voice "commenter" (part "body")',
    ]);
    const fixed = loadCourseContent(
      contentDir({
        annotations: {
          'a.yaml': file(
            annotation({ id: 'sample-comment', quote: 'A comment', technique: 'loaded-language', voice: 'commenter' }),
            annotation({ id: 'sample-body', quote: 'it is so', technique: 'loaded-language', voice: 'outlet' }),
          ),
        },
      }),
    );
    expect(fixed.problems).toEqual([]);
  });

  it('checks that publisher evidence quotes the document', () => {
    const evidence = (quote: string) =>
      DOCUMENT.replace('publisherKind: newspaper\n', `publisherKind: newspaper\npublisherEvidence:\n  - from: document\n    quote: "${quote}"\n    says: The page calls itself a newspaper in its masthead.\n`);
    expect(loadCourseContent(contentDir({ document: evidence('Headline here') })).problems).toEqual([]);
    const problems = loadCourseContent(contentDir({ document: evidence('Masthead: a newspaper') })).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/documents\/sample-doc\.yaml \(document "sample-doc"\): publisherEvidence: quote not found verbatim/);
  });

  it('rejects a document paragraph that differs from its capture', () => {
    const content = loadCourseContent(contentDir({ document: DOCUMENT.replace('Many experts agree that it is so.', 'Many experts agree it is so.') }));
    expect(content.problems).toEqual([
      'content/documents/sample-doc.yaml (document "sample-doc"): a line of the capture is missing and not listed under source.dropped: "Many experts agree that it is so."',
      'content/documents/sample-doc.yaml (document "sample-doc"): a paragraph is not a line of the capture, letter for letter: "Many experts agree it is so."',
    ]);
  });

  it('rejects a capture line that was dropped without being recorded', () => {
    const content = loadCourseContent(contentDir({ document: DOCUMENT.replace('  dropped: ["  1. "]\n', '') }));
    expect(content.problems).toEqual([
      'content/documents/sample-doc.yaml (document "sample-doc"): a line of the capture is missing and not listed under source.dropped: "1. A comment."',
      'content/documents/sample-doc.yaml (document "sample-doc"): a paragraph is not a line of the capture, letter for letter: "A comment."',
    ]);
  });

  it('reports invalid YAML with the file name', () => {
    const content = loadCourseContent(contentDir({ annotations: { 'a.yaml': 'document: [unclosed' } }));
    expect(content.problems).toEqual([expect.stringMatching(/^content\/annotations\/a\.yaml: not valid YAML: /)]);
  });

  it('throws one error listing every problem for the build', () => {
    const dir = contentDir({ annotations: { 'a.yaml': file(annotation({ quote: 'nowhere' }), annotation({ id: 'sample-two', quote: 'nor here' })) } });
    expect(() => loadCourseContentOrThrow(dir)).toThrow(ContentError);
    expect(() => loadCourseContentOrThrow(dir)).toThrow(/2 problem\(s\):\n {2}- content\/annotations\/a\.yaml: annotation "sample-experts".*\n {2}- content\/annotations\/a\.yaml: annotation "sample-two"/);
  });
});
