import { describe, expect, it } from 'vitest';
import { explainLineCount, moduleTiming, notesInWords, paperPrompt, splitScreenOnly, underlineInstruction } from './teacher-guide';

describe('moduleTiming', () => {
  it('gives the checks what the lessons leave of the total', () => {
    expect(moduleTiming(70, [15, 15, 15, 15])).toEqual({ lessons: 60, checks: 10, perCheck: 5 });
  });

  it('never gives the checks a negative time', () => {
    expect(moduleTiming(40, [20, 25])).toEqual({ lessons: 45, checks: 0, perCheck: null });
  });

  it('gives each check at least a minute', () => {
    expect(moduleTiming(31, [30]).perCheck).toBe(1);
  });
});

describe('paperPrompt', () => {
  it('drops the on-screen instructions and says underline for a highlight exercise', () => {
    expect(
      paperPrompt('Mark each claim that states a fact with no source. Leave it unmarked otherwise. Select words by tapping or dragging, or with the keyboard.', 'highlight'),
    ).toBe('Underline each claim that states a fact with no source. Leave it unmarked otherwise.');
  });

  it('says tick, not choose', () => {
    expect(paperPrompt('Which statements are true? Choose every answer that fits.', 'multiple-choice')).toBe('Which statements are true? Tick every answer that fits.');
    expect(paperPrompt('For each excerpt, choose what you see.', 'classify')).toBe('For each excerpt, tick what you see.');
  });

  it('leaves "mark" alone outside highlight exercises', () => {
    expect(paperPrompt('Which word would you mark?', 'single-choice')).toBe('Which word would you mark?');
  });
});

describe('splitScreenOnly', () => {
  it('parts the on-screen instructions from the rest, which together give the prompt back', () => {
    const prompt = 'Mark each claim with no source. Select words by tapping or dragging, or with the keyboard.';
    const { paper, screenOnly } = splitScreenOnly(prompt);
    expect(paper).toBe('Mark each claim with no source.');
    expect(paper + screenOnly).toBe(prompt);
  });

  it('leaves a prompt with none whole', () => {
    expect(splitScreenOnly('For each excerpt, choose what you see.')).toEqual({ paper: 'For each excerpt, choose what you see.', screenOnly: '' });
  });
});

describe('underlineInstruction', () => {
  it('names one technique', () => {
    expect(underlineInstruction(['loaded-language'])).toBe('Underline every phrase that uses loaded words to push a feeling.');
  });

  it('joins several in the course order, each once', () => {
    expect(underlineInstruction(['anonymous-source', 'unverified-claim', 'anonymous-source'])).toBe(
      'Underline every phrase that states a fact with no source you could check or leans on a source with no name.',
    );
    expect(underlineInstruction(['loaded-language', 'anonymous-source', 'unverified-claim'])).toBe(
      'Underline every phrase that states a fact with no source you could check, leans on a source with no name or uses loaded words to push a feeling.',
    );
  });

  it('still reads as an instruction with no technique', () => {
    expect(underlineInstruction([])).toBe('Underline every phrase the task asks for.');
  });
});

describe('explainLineCount', () => {
  it('grows with the passage', () => {
    expect(explainLineCount(40)).toBe(3);
    expect(explainLineCount(100)).toBe(4);
    expect(explainLineCount(400)).toBe(6);
  });
});

describe('notesInWords', () => {
  it('keeps labels with commas apart', () => {
    expect(notesInWords(['Violence', 'Deaths of civilians, including children', 'War crimes and executions'])).toBe(
      'Violence; deaths of civilians, including children; war crimes and executions',
    );
    expect(notesInWords(['Violence', 'Terrorism'], { lower: true })).toBe('violence; terrorism');
    expect(notesInWords([])).toBe('');
  });
});
