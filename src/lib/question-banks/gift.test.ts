import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../exercises/types';
import { giftBank, giftEscape } from './gift';

const excerpt = { text: 'Many experts agree: it is so.\n\nA second {paragraph}.', document: { id: 'd', number: '003', title: 'T', outlet: 'ANHA' }, anchor: null };
const single: Exercise = {
  type: 'single-choice',
  public: { type: 'single-choice', id: 'sc', title: 'Who says so?', prompt: 'Who is the source = here?', excerpt, options: [{ id: 'b', text: 'Nobody #named' }, { id: 'a', text: 'Experts' }] },
  key: { type: 'single-choice', correct: 'b', feedback: { a: 'No: which experts?', b: 'Right: ~no one~ is named.' } },
};
const multiple: Exercise = {
  type: 'multiple-choice',
  public: { type: 'multiple-choice', id: 'mc', title: 'Pick', prompt: 'Which?', excerpt: null, options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })) },
  key: { type: 'multiple-choice', correct: ['a', 'b', 'c'], feedback: { a: 'A.', b: 'B.', c: 'C.', d: 'D.' } },
};
const classify: Exercise = {
  type: 'classify',
  public: { type: 'classify', id: 'cl', title: 'Sort', prompt: 'Sort them.', categories: ['anonymous-source', 'none'], items: ['x', 'y', 'z'].map((id) => ({ id, excerpt: { ...excerpt, text: `Text ${id}` } })) },
  key: { type: 'classify', answers: { x: 'anonymous-source', y: 'none', z: 'none' }, alsoAccepted: {}, feedback: { x: 'Unnamed.', y: 'Fine.', z: 'Fine too.' } },
};
const rewrite: Exercise = {
  type: 'rewrite',
  public: { type: 'rewrite', id: 'rw', title: 'Rewrite', prompt: 'Rewrite it.', excerpt, checklist: ['Gone'] },
  key: { type: 'rewrite', loadedWords: [], keep: [], newClaims: [], modelAnswer: 'Plain.', rubric: { strong: { answer: 'a', why: 'b' }, partial: { answer: 'a', why: 'b' }, weak: { answer: 'a', why: 'b' } } },
};

describe('a GIFT question bank', () => {
  const bank = giftBank('Module 1: Claims', 'Read the Source/Module 1', [
    { exercise: single, where: 'Pre-check' },
    { exercise: multiple, where: 'Lesson 1: One' },
    { exercise: classify, where: 'Lesson 1: One' },
    { exercise: rewrite, where: 'Post-check' },
  ]);
  const questions = parse(bank.text);

  it('escapes every character GIFT reads as markup, and keeps paragraphs in one question', () => {
    expect(giftEscape('a=b~c#d{e}f:g\\h\ni')).toBe('a\\=b\\~c\\#d\\{e\\}f\\:g\\\\h\\ni');
    expect(bank.text).not.toMatch(/\{[^\n]*\n\n[^}]*\}/);
  });

  it('parses back: a category, then one question per exercise GIFT can express, and names the rest', () => {
    expect(questions.map((q) => q.type)).toEqual(['Category', 'MC', 'MC', 'Matching']);
    expect(bank.included).toEqual(['sc', 'mc', 'cl']);
    expect(bank.left).toEqual([{ id: 'rw', type: 'rewrite', title: 'Rewrite' }]);
    expect(bank.text).toContain('// Not in this bank, because GIFT cannot express them: rw (rewrite).');
  });

  it('keeps the right answer, every option’s feedback, and the text exactly, special characters and all', () => {
    const q = questions[1]!;
    if (q.type !== 'MC') throw new Error('not MC');
    expect(q.title).toBe('sc: Who says so?');
    expect(q.stem.text).toContain('[Pre-check] Who is the source = here?');
    expect(q.stem.text).toContain('“Many experts agree: it is so. / A second {paragraph}.” (Document 003, ANHA)');
    expect(q.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text])).toEqual([
      ['Nobody #named', true, 'Right: ~no one~ is named.'],
      ['Experts', false, 'No: which experts?'],
    ]);
  });

  it('weights multiple choice as the course scores it: right options share 100%, wrong ones cost their share', () => {
    const q = questions[2]!;
    if (q.type !== 'MC') throw new Error('not MC');
    expect(q.choices.map((c) => c.weight)).toEqual([33.33333, 33.33333, 33.33333, -100]);
  });

  it('turns a classify exercise into matching, with the explanations as general feedback', () => {
    const q = questions[3]!;
    if (q.type !== 'Matching') throw new Error('not matching');
    expect(q.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([
      ['“Text x” (Document 003, ANHA)', 'Anonymous source'],
      ['“Text y” (Document 003, ANHA)', 'No problem here'],
      ['“Text z” (Document 003, ANHA)', 'No problem here'],
    ]);
    expect(q.globalFeedback?.text).toBe('1. Unnamed. 2. Fine. 3. Fine too.');
  });
});
