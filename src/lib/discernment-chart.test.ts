import { describe, expect, it } from 'vitest';
import { discernmentChart } from './discernment-chart';

const columns = [
  { label: 'Pre-check', found: 0.5, leftAlone: 0.25 },
  { label: 'Post-check', found: 1, leftAlone: 0.75 },
  { label: 'Delayed check', found: null, leftAlone: 0.6 },
];

describe('the discernment chart', () => {
  const svg = discernmentChart(columns, 'Problems found and sound items left alone', 'chart-m');

  it('is an image named by its title, with every number in its description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-m-title chart-m-desc"/);
    expect(svg).toContain('<title id="chart-m-title">Problems found and sound items left alone</title>');
    expect(svg).toContain(
      '<desc id="chart-m-desc">Pre-check: problems found 50%, sound items left alone 25%. Post-check: problems found 100%, sound items left alone 75%. Delayed check: problems found no items, sound items left alone 60%.</desc>',
    );
  });

  it('draws each bar as tall as its share, writes its number above it, and a dash where there is nothing to show', () => {
    const heights = [...svg.matchAll(/<rect class="chart-bar[^"]*"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([58, 29, 116, 87, 69.6]);
    const values = [...svg.matchAll(/<text class="chart-value"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(values).toEqual(['50%', '25%', '100%', '75%', '—', '60%']);
  });

  it('tells the two bars apart by pattern, not colour alone, with ids kept apart per chart', () => {
    expect(svg.match(/fill="url\(#chart-m-hatch\)"/g)).toHaveLength(3);
    expect(discernmentChart(columns, 'x', 'other')).toContain('id="other-hatch"');
  });

  it('escapes labels', () => {
    expect(discernmentChart([{ label: '<b>&', found: 0, leftAlone: 0 }], 'a "b"', 'c')).toContain('&lt;b&gt;&amp;');
  });
});
