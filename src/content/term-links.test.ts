import { describe, expect, it } from 'vitest';
import { unlinkedFirstUses } from './term-links';

const terms = [
  { id: 'claim', forms: ['claim', 'claims'] },
  { id: 'evidence', forms: ['evidence'] },
];

describe('unlinkedFirstUses', () => {
  it('accepts a term linked at its first use, even if later uses are plain', () => {
    expect(unlinkedFirstUses('A <Term id="claim">claim</Term> needs evidence. <Term id="evidence">Evidence</Term> helps. Claims again.', terms)).toEqual([
      { id: 'evidence', form: 'evidence', context: expect.stringContaining('claim needs evidence.') },
    ]);
  });

  it('skips component attributes and curly-quoted source text', () => {
    const body = '<Excerpt document="d" quote="a claim with evidence" />\nThe “claim” here. Then a <Term id="claim">claim</Term> and <Term id="evidence">evidence</Term>.';
    expect(unlinkedFirstUses(body, terms)).toEqual([]);
  });

  it('matches whole words only, in any case', () => {
    expect(unlinkedFirstUses('Reclaimed land. CLAIMS made.', terms)).toEqual([{ id: 'claim', form: 'claims', context: 'Reclaimed land. CLAIMS made.' }]);
  });
});
