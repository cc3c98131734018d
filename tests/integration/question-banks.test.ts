/**
 * The question banks the build writes, parsed back and held against the course's own keys: GIFT with
 * a GIFT parser; Moodle XML and the QTI 3.0 packages with xmllint (well-formed, then read by XPath).
 *
 * Neither XML format is checked against a schema here. Moodle publishes no schema for its XML
 * format, so a well-formed file with the right structure is the honest check. For QTI 3.0, the
 * official 1EdTech item schema (imsqti_asiv3p0_v1p0.xsd) could not be had offline for this
 * repository, so the items and the manifest get the same structural check instead: every
 * exercise once, in course order, with its key and every explanation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { categoryLabel } from '../../src/lib/exercises/classify';
import type { Exercise } from '../../src/lib/exercises/types';

const DIST = fileURLToPath(new URL('../../dist/teachers/question-banks/', import.meta.url));
const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const EXPRESSIBLE = new Set(['single-choice', 'multiple-choice', 'compare', 'classify']);
const modules = [...content.course.modules.values()].map((m) => [m.id, m] as const);

/** A module's exercises in course order: pre-check, each lesson's, post-check. */
function exercisesOf(id: string): Exercise[] {
  const m = content.course.modules.get(id)!;
  const lessonIds = [...content.course.lessons.values()].filter((l) => l.data.module === id).sort((a, b) => a.data.order - b.data.order).flatMap((l) => l.exercises);
  return [...m.data.preCheck, ...lessonIds, ...m.data.postCheck].map((ex) => content.exercises.get(ex)!.exercise);
}

/** Every explanation an exercise's key holds. */
function explanationsOf(exercise: Exercise): string[] {
  const key = exercise.key;
  switch (key.type) {
    case 'highlight':
      return [...key.targets, ...key.controls, ...key.neutral].map((s) => s.explanation);
    case 'rate-source':
      return [key.ratingExplanation, ...Object.values(key.feedback)];
    case 'rewrite':
      return [...key.loadedWords.map((w) => w.why), ...key.newClaims.map((w) => w.why), key.modelAnswer, key.rubric.strong.why, key.rubric.partial.why, key.rubric.weak.why];
    case 'search-task':
      return [...Object.values(key.resultFeedback), ...Object.values(key.feedback)];
    default:
      return Object.values(key.feedback);
  }
}

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of HTML held in a Moodle field: tags dropped, entities read. */
const htmlText = (html: string) => normalise(decode(html.replace(/<[^>]+>/g, ' ')));

function xmllint(args: readonly string[]) {
  const run = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return run;
}

/** The nodes an XPath finds, one a line (attributes as their values, CDATA as its text); none when the set is empty. */
function xpath(file: string, expression: string): string[] {
  const run = xmllint(['--nonet', '--xpath', expression, file]);
  if (run.status === 10) return [];
  if (run.status !== 0) throw new Error(`${expression}: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const cdata = line.match(/^<!\[CDATA\[([\s\S]*)\]\]>$/);
      return cdata ? cdata[1]! : decode(line.match(/^\s*[\w:-]+="(.*)"$/)?.[1] ?? line);
    });
}
// xmllint ends what it prints with a line break.
const xstring = (file: string, expression: string) => xmllint(['--nonet', '--xpath', `string(${expression})`, file]).stdout.replace(/\n$/, '');
const xcount = (file: string, expression: string) => Number(xmllint(['--nonet', '--xpath', `count(${expression})`, file]).stdout);
/** A QTI element by name, whatever its namespace prefix. */
const q = (name: string) => `*[local-name()="${name}"]`;

describe.each(modules)('the GIFT bank of %s', (id) => {
  const file = `${DIST}${id}.gift.txt`;
  const all = exercisesOf(id);

  it('parses, and holds every choice and sorting item of the module once, in course order, with its key', () => {
    expect(existsSync(file), `${file} (run the build first)`).toBe(true);
    const questions = parse(readFileSync(file, 'utf8')).filter((q) => q.type !== 'Category');
    const expected = all.filter((ex) => EXPRESSIBLE.has(ex.type));
    expect(questions.map((q) => ('title' in q ? q.title?.split(':')[0] : null))).toEqual(expected.map((ex) => ex.public.id));
    for (const [i, ex] of expected.entries()) {
      const q = questions[i]!;
      if (ex.type === 'single-choice') {
        if (q.type !== 'MC') throw new Error(`${ex.public.id}: not MC`);
        expect(q.choices.filter((c) => c.isCorrect).map((c) => c.text.text), ex.public.id).toEqual([ex.public.options.find((o) => o.id === ex.key.correct)!.text]);
        expect(q.choices.every((c) => (c.feedback?.text ?? '').length > 0), ex.public.id).toBe(true);
      } else if (ex.type === 'multiple-choice' || ex.type === 'compare') {
        if (q.type !== 'MC') throw new Error(`${ex.public.id}: not MC`);
        const right = ex.public.options.filter((o) => ex.key.correct.includes(o.id)).map((o) => o.text);
        expect(q.choices.filter((c) => (c.weight ?? 0) > 0).map((c) => c.text.text), ex.public.id).toEqual(right);
        expect(q.choices.filter((c) => (c.weight ?? 0) > 0).reduce((sum, c) => sum + (c.weight ?? 0), 0)).toBeCloseTo(100, 2);
      } else if (ex.type === 'classify') {
        if (q.type !== 'Matching') throw new Error(`${ex.public.id}: not matching`);
        expect(q.matchPairs).toHaveLength(ex.public.items.length);
      }
    }
  });
});

describe.each(modules)('the Moodle XML bank of %s', (id) => {
  const file = `${DIST}${id}.moodle.xml`;
  const expected = exercisesOf(id).filter((ex) => EXPRESSIBLE.has(ex.type));
  const question = (i: number) => `/quiz/question[${i + 2}]`;

  it('is well-formed XML, a category first, then every choice and sorting item of the module once, in course order', () => {
    expect(existsSync(file), `${file} (run the build first)`).toBe(true);
    const run = xmllint(['--noout', '--nonet', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(xstring(file, '/quiz/question[1]/@type')).toBe('category');
    expect(xstring(file, '/quiz/question[1]/category/text')).toBe(`$course$/top/Read the Source/Module ${content.course.modules.get(id)!.data.order}`);
    expect(xpath(file, '/quiz/question[@type!="category"]/name/text/text()').map((name) => name.split(':')[0])).toEqual(expected.map((ex) => ex.public.id));
  });

  it('gives right answers 100 (single) or a positive share summing to 100 (several), and every answer its feedback', () => {
    for (const [i, ex] of expected.entries()) {
      if (ex.type !== 'single-choice' && ex.type !== 'multiple-choice' && ex.type !== 'compare') continue;
      const at = question(i);
      expect(xstring(file, `${at}/@type`), ex.public.id).toBe('multichoice');
      const texts = xpath(file, `${at}/answer/text/text()`).map(htmlText);
      expect(texts, ex.public.id).toEqual(ex.public.options.map((o) => normalise(o.text)));
      const fractions = xpath(file, `${at}/answer/@fraction`).map(Number);
      const right = typeof ex.key.correct === 'string' ? [ex.key.correct] : ex.key.correct;
      expect(
        ex.public.options.filter((_o, k) => fractions[k]! > 0).map((o) => o.id),
        ex.public.id,
      ).toEqual(ex.public.options.filter((o) => right.includes(o.id)).map((o) => o.id));
      if (ex.type === 'single-choice') {
        expect(xstring(file, `${at}/single`)).toBe('true');
        expect(fractions.filter((f) => f > 0), ex.public.id).toEqual([100]);
      } else {
        expect(xstring(file, `${at}/single`)).toBe('false');
        expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0), ex.public.id).toBeCloseTo(100, 2);
      }
      expect(xcount(file, `${at}/answer[normalize-space(feedback/text) != ""]`), ex.public.id).toBe(ex.public.options.length);
    }
  });

  it('turns each classify item into matching, every excerpt paired with the key’s category', () => {
    for (const [i, ex] of expected.entries()) {
      if (ex.type !== 'classify') continue;
      const at = question(i);
      expect(xstring(file, `${at}/@type`), ex.public.id).toBe('matching');
      expect(xpath(file, `${at}/subquestion[normalize-space(text) != ""]/answer/text/text()`), ex.public.id).toEqual(ex.public.items.map((item) => categoryLabel(ex.key.answers[item.id]!)));
    }
  });

  it('carries every explanation of every item', () => {
    for (const [i, ex] of expected.entries()) {
      const text = htmlText(xstring(file, question(i)));
      for (const explanation of explanationsOf(ex)) expect(text, ex.public.id).toContain(normalise(explanation));
    }
  });
});

describe.each(modules)('the QTI 3.0 package of %s', (id) => {
  const zip = `${DIST}${id}.qti.zip`;
  const all = exercisesOf(id);
  const dir = mkdtempSync(join(tmpdir(), 'rts-qti-'));
  const files = existsSync(zip) ? unzipSync(readFileSync(zip)) : {};
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name.replace(/\//g, '__')), bytes);
  const path = (name: string) => join(dir, name.replace(/\//g, '__'));
  const manifest = path('imsmanifest.xml');

  it('is a QTI 3.0 content package: a manifest listing every exercise of the module once, in course order, as an item resource', () => {
    expect(existsSync(zip), `${zip} (run the build first)`).toBe(true);
    expect(xstring(manifest, `namespace-uri(/*)`)).toBe('http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1');
    expect(xstring(manifest, `/${q('manifest')}/${q('metadata')}/${q('schema')}`)).toBe('QTI Package');
    expect(xstring(manifest, `/${q('manifest')}/${q('metadata')}/${q('schemaversion')}`)).toBe('3.0.0');
    const hrefs = xpath(manifest, `//${q('resource')}[@type="imsqti_item_xmlv3p0"]/@href`);
    expect(hrefs).toEqual(all.map((ex) => `items/${ex.public.id}.xml`));
    expect(xpath(manifest, `//${q('resource')}/${q('file')}/@href`)).toEqual(hrefs);
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...hrefs].sort());
  });

  it('holds only well-formed XML', () => {
    const run = xmllint(['--noout', '--nonet', ...Object.keys(files).map(path)]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('gives every item its identifier and title, and the key as its correct response', () => {
    for (const ex of all) {
      const file = path(`items/${ex.public.id}.xml`);
      const item = `/${q('qti-assessment-item')}`;
      expect(xstring(file, 'namespace-uri(/*)'), ex.public.id).toBe('http://www.imsglobal.org/xsd/imsqtiasi_v3p0');
      expect(xstring(file, `${item}/@identifier`)).toBe(ex.public.id);
      expect(xstring(file, `${item}/@title`)).toBe(`${ex.public.id}: ${ex.public.title}`);
      const correct = (response: string) => xpath(file, `${item}/${q('qti-response-declaration')}[@identifier="${response}"]/${q('qti-correct-response')}/${q('qti-value')}/text()`);
      const choices = xpath(file, `//${q('qti-simple-choice')}/@identifier`);
      const feedback = new Set(xpath(file, `${item}/${q('qti-modal-feedback')}/@identifier`));
      switch (ex.type) {
        case 'single-choice':
          expect(correct('RESPONSE'), ex.public.id).toEqual([`option-${ex.key.correct}`]);
          break;
        case 'multiple-choice':
        case 'compare':
          expect(correct('RESPONSE'), ex.public.id).toEqual(ex.key.correct.map((o) => `option-${o}`));
          expect(xstring(file, `//${q('qti-choice-interaction')}/@max-choices`)).toBe('0');
          break;
        case 'classify':
          expect(correct('RESPONSE'), ex.public.id).toEqual(ex.public.items.map((item) => `item-${item.id} category-${ex.key.answers[item.id]}`));
          expect(xcount(file, `//${q('qti-match-interaction')}`)).toBe(1);
          break;
        case 'highlight': {
          const hottexts = xpath(file, `//${q('qti-hottext-interaction')}//${q('qti-hottext')}/@identifier`);
          expect(correct('RESPONSE'), ex.public.id).toEqual(ex.key.targets.map((t) => `span-${t.annotationId}`));
          for (const target of correct('RESPONSE')) expect(hottexts, ex.public.id).toContain(target);
          break;
        }
        case 'rate-source':
          expect(correct('REASONS'), ex.public.id).toEqual(ex.key.expertReasons.map((r) => `reason-${r}`));
          expect(correct('RATING'), ex.public.id).toEqual([`rating-${ex.key.rating.min}`]);
          break;
        case 'search-task':
          expect(correct('JUDGEMENT'), ex.public.id).toEqual([`judgement-${ex.key.correct}`]);
          expect(ex.key.values[correct('FIRST')[0]!.replace(/^result-/, '')], ex.public.id).toBe('best');
          break;
        case 'rewrite': {
          const rubric = normalise(xstring(file, `//${q('qti-rubric-block')}[@view="scorer"]`));
          for (const anchor of [ex.key.rubric.strong, ex.key.rubric.partial, ex.key.rubric.weak]) expect(rubric, ex.public.id).toContain(normalise(anchor.answer));
          expect(xcount(file, `//${q('qti-extended-text-interaction')}`)).toBe(1);
          break;
        }
      }
      // Every choice offered has its own feedback.
      for (const choice of choices.filter((c) => !c.startsWith('rating-'))) expect(feedback, `${ex.public.id}: ${choice}`).toContain(choice);
    }
  });

  it('carries every explanation of every exercise', () => {
    for (const ex of all) {
      const text = normalise(xstring(path(`items/${ex.public.id}.xml`), '/*'));
      for (const explanation of explanationsOf(ex)) expect(text, ex.public.id).toContain(normalise(explanation));
    }
  });
});
