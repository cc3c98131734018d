import { describe, expect, it } from 'vitest';
import { studentDiscernment } from './class-analytics';
import { accuracyChart, checksChart, fitLabel, leanChart } from './class-charts';
import type { Submission } from './result-code';

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('accuracyChart', () => {
  it('draws one bar per tried exercise, its width the average, with the number as text', () => {
    const svg = accuracyChart(
      [
        { label: 'Sort the claims', value: 0.5 },
        { label: 'Who speaks?', value: 1 },
        { label: 'Not yet', value: null },
      ],
      'acc',
    );
    expect(count(svg, /<rect class="chart-bar/g)).toBe(2);
    expect(svg).toContain('width="156.0"');
    expect(svg).toContain('width="312.0"');
    expect(svg).toContain('>50%</text>');
    expect(svg).toContain('>not tried</text>');
    expect(svg).toMatch(/<desc id="acc-desc">Sort the claims: average 50%\. Who speaks\?: average 100%\. Not yet: not tried\.<\/desc>/);
    expect(svg).toContain('aria-labelledby="acc-title acc-desc"');
  });

  it('cuts a long title to fit a phone, and escapes it', () => {
    expect(fitLabel('a'.repeat(60), 50)).toBe(`${'a'.repeat(49)}…`);
    expect(fitLabel('short', 50)).toBe('short');
    expect(accuracyChart([{ label: '<b>&', value: 0 }], 'x')).toContain('&lt;b&gt;&amp;');
  });
});

describe('checksChart', () => {
  it('marks each check a student did with its own shape, joins pre and post, and sums the class up in words', () => {
    const svg = checksChart(
      [
        { student: 'Ana', pre: 0.4, post: 0.8, delayed: 0.7 },
        { student: 'Ben', pre: 0.6, post: null, delayed: null },
      ],
      'Module 1',
      'chk',
    );
    expect(count(svg, /chart-mark--pre/g)).toBe(2);
    expect(count(svg, /chart-mark--post/g)).toBe(1);
    expect(count(svg, /chart-mark--delayed/g)).toBe(1);
    expect(count(svg, /class="chart-link"/g)).toBe(1);
    expect(svg).toContain("<title id=\"chk-title\">Module 1: each student&apos;s checks</title>");
    expect(svg).toContain('Median pre-check 50%, post-check 80%, delayed check 70%. 1 of 1 with both checks done scored higher');
  });

  it('escapes a student name a code carries', () => {
    expect(checksChart([{ student: '<script>x</script>', pre: 0, post: 1, delayed: null }], 'M', 'c')).not.toContain('<script>');
  });
});

describe('leanChart', () => {
  const sub = (student: string, d: [number, number, number, number]): Submission => ({
    assignment: 'a',
    title: 't',
    student,
    submittedAt: '2026-11-01T10:00:00.000Z',
    items: [{ exercise: 'sort', score: 0.5, discernment: d, answer: '' }],
    assigned: ['sort'],
    checks: [],
  });

  it('draws students at one point as one mark with their number, each lean its own shape, and leaves out those with too few items', () => {
    const students = [sub('A', [4, 0, 4, 0]), sub('B', [4, 0, 4, 0]), sub('C', [4, 0, 0, 4]), sub('D', [0, 4, 4, 0]), sub('E', [1, 0, 0, 0])].map((s) => studentDiscernment(s, () => true));
    const svg = leanChart(students, 'lean');
    expect(count(svg, /chart-mark--discerning/g)).toBe(1);
    expect(svg).toContain('class="chart-count"');
    expect(svg).toMatch(/>2<\/text>/);
    expect(count(svg, /chart-mark--flags/g)).toBe(1);
    expect(count(svg, /chart-mark--trusts/g)).toBe(1);
    expect(svg).toContain('5 students: tells them apart, 2; flags nearly everything, 1; trusts nearly everything, 1; too few items yet, 1.');
  });
});
