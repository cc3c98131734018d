import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercises/types';
import { moodleBank } from './moodle';

const excerpt = { text: 'Experts agree & it is <so>.\n\nA second ]]> paragraph.', document: { id: 'd', number: '003', title: 'T', outlet: 'ANHA' }, anchor: null };
const single: Exercise = {
  type: 'single-choice',
  public: { type: 'single-choice', id: 'sc', title: 'Who "says" so?', prompt: 'Who is the source?', excerpt, options: [{ id: 'b', text: 'Nobody <named>' }, { id: 'a', text: 'Experts' }] },
  key: { type: 'single-choice', correct: 'b', feedback: { a: 'No: which experts?', b: 'Right: no one is named.' } },
};
const compare: Exercise = {
  type: 'compare',
  public: {
    type: 'compare',
    id: 'cp',
    title: 'Two',
    prompt: 'Compare.',
    left: { label: 'Left & first', excerpts: [excerpt] },
    right: { label: 'Right', excerpts: [{ ...excerpt, text: 'Other.' }] },
    options: ['a', 'b', 'c'].map((id) => ({ id, text: `Option ${id}` })),
  },
  key: { type: 'compare', correct: ['a', 'b'], feedback: { a: 'A.', b: 'B.', c: 'C.' } },
};
const classify: Exercise = {
  type: 'classify',
  public: { type: 'classify', id: 'cl', title: 'Sort', prompt: 'Sort them.', categories: ['anonymous-source', 'unverified-claim', 'none'], items: ['x', 'y'].map((id) => ({ id, excerpt: { ...excerpt, text: `Text ${id}` } })) },
  key: { type: 'classify', answers: { x: 'anonymous-source', y: 'none' }, alsoAccepted: { x: ['unverified-claim'] }, feedback: { x: 'Unnamed.', y: 'Fine.' } },
};
const rewrite: Exercise = {
  type: 'rewrite',
  public: { type: 'rewrite', id: 'rw', title: 'Rewrite', prompt: 'Rewrite it.', excerpt, checklist: ['Gone'] },
  key: { type: 'rewrite', loadedWords: [], keep: [], newClaims: [], modelAnswer: 'Plain.', rubric: { strong: { answer: 'a', why: 'b' }, partial: { answer: 'a', why: 'b' }, weak: { answer: 'a', why: 'b' } } },
};

const questions = (xml: string) => [...xml.matchAll(/<question type="([^"]+)">([\s\S]*?)<\/question>/g)].map((m) => ({ type: m[1]!, body: m[2]! }));

describe('a Moodle XML question bank', () => {
  const bank = moodleBank('Module 1: Claims', 'Read the Source/Module 1', [
    { exercise: single, where: 'Pre-check' },
    { exercise: compare, where: 'Lesson 1: One' },
    { exercise: classify, where: 'Lesson 1: One' },
    { exercise: rewrite, where: 'Post-check' },
  ]);
  const [category, sc, cp, cl] = questions(bank.xml);

  it('starts with the category, then one question per exercise it can express, and names the rest in a comment', () => {
    expect(questions(bank.xml).map((q) => q.type)).toEqual(['category', 'multichoice', 'multichoice', 'matching']);
    expect(category!.body).toContain('<text>$course$/top/Read the Source/Module 1</text>');
    expect(bank.included).toEqual(['sc', 'cp', 'cl']);
    expect(bank.left).toEqual([{ id: 'rw', type: 'rewrite', title: 'Rewrite' }]);
    expect(bank.xml).toContain('<!-- Not in this bank, because Moodle XML cannot express them: rw (rewrite). -->');
  });

  it('escapes the name, and keeps "]]>" in an excerpt from closing the question text early', () => {
    expect(sc!.body).toContain('<name><text>sc: Who &quot;says&quot; so?</text></name>');
    const text = sc!.body.match(/<questiontext format="html"><text>([\s\S]*?)<\/text><\/questiontext>/)![1]!;
    const html = [...text.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('');
    expect(html).toBe(
      '<p><em>Pre-check</em></p><p>Who is the source?</p><blockquote><p>“Experts agree &amp; it is &lt;so&gt;. / A second ]]&gt; paragraph.” (Document 003, ANHA)</p></blockquote>',
    );
  });

  it('marks the one right option 100, the others 0, each with its feedback', () => {
    expect(sc!.body).toContain('<single>true</single>');
    const answers = [...sc!.body.matchAll(/<answer fraction="([^"]+)"[\s\S]*?<text><!\[CDATA\[(.*?)\]\]><\/text>[\s\S]*?<feedback format="html"><text><!\[CDATA\[(.*?)\]\]>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(answers).toEqual([
      ['100', 'Nobody &lt;named&gt;', '<p>Right: no one is named.</p>'],
      ['0', 'Experts', '<p>No: which experts?</p>'],
    ]);
  });

  it('weights a compare exercise as the course scores it, and shows each side under its label', () => {
    expect(cp!.body).toContain('<single>false</single>');
    expect([...cp!.body.matchAll(/fraction="([^"]+)"/g)].map((m) => m[1])).toEqual(['50', '50', '-100']);
    expect(cp!.body).toContain('<p><strong>Left &amp; first</strong></p><blockquote>');
  });

  it('turns a classify exercise into matching, with the other categories as spare answers and the explanations as general feedback', () => {
    const pairs = [...cl!.body.matchAll(/<subquestion format="html">\s*<text><!\[CDATA\[(.*?)\]\]><\/text>\s*<answer><text>(.*?)<\/text><\/answer>/g)].map((m) => [m[1], m[2]]);
    expect(pairs).toEqual([
      ['<p>“Text x” (Document 003, ANHA)</p>', 'Anonymous source'],
      ['<p>“Text y” (Document 003, ANHA)</p>', 'No problem here'],
      ['', 'Unverified claim'],
    ]);
    expect(cl!.body).toContain('<p>1. Anonymous source (or Unverified claim): Unnamed.</p><p>2. No problem here: Fine.</p>');
  });
});
