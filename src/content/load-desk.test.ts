import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDesk } from './load-desk';

const note = (id: string, kind: string, fields: Record<string, unknown> = {}) => ({
  id,
  title: `The page called ${id}`,
  publisher: 'A Publisher',
  date: '2019-10-03',
  url: `https://example.org/${id}`,
  kind,
  says: 'What the page says, in the course’s own plain words.',
  standpoint: 'Who the publisher is, and what it may gain from saying so.',
  ...fields,
});
const search = (id: string, notes: string[], fields: Record<string, unknown> = {}) => ({
  id,
  query: id.replace(/-/g, ' '),
  results: notes.map((n) => ({ note: n, snippet: `A short description of the page ${n}.` })),
  ...fields,
});

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function deskProblems(files: Record<string, unknown>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'desk-'));
  dirs.push(root);
  mkdirSync(join(root, 'content', 'research'), { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(root, 'content', 'research', name), stringify(data));
  const problems: string[] = [];
  loadDesk(join(root, 'content'), new Set(['vt-asylum-for-isis']), problems);
  return problems;
}

const good = () => ({
  notes: [note('outlet-about', 'self-description'), note('wiki-entry', 'reference'), note('critic-post', 'hostile')],
  searches: [search('the-outlet', ['outlet-about', 'wiki-entry', 'critic-post'], { documents: ['vt-asylum-for-isis'] })],
});

describe('the research desk loader', () => {
  it('loads a desk whose notes name their sources and whose searches mix inside and outside pages', () => {
    expect(deskProblems({ 'outlet.yaml': good() })).toEqual([]);
  });

  it('rejects a note without a publisher or a date, naming the file and the note', () => {
    const desk = good();
    const { publisher: _p, ...noPublisher } = desk.notes[0]!;
    const { date: _d, ...noDate } = desk.notes[1]!;
    const problems = deskProblems({ 'outlet.yaml': { ...desk, notes: [noPublisher, noDate, desk.notes[2]] } });
    expect(problems.join('\n')).toMatch(/content\/research\/outlet\.yaml: notes\.0\.publisher/);
    expect(problems.join('\n')).toMatch(/notes\.1\.date/);
  });

  it('rejects a quote of more than one sentence, and a date that is not a date', () => {
    const desk = good();
    desk.notes[0] = note('outlet-about', 'self-description', { quote: 'We tell the truth. Others do not.', date: 'last spring' });
    const problems = deskProblems({ 'outlet.yaml': desk }).join('\n');
    expect(problems).toMatch(/notes\.0\.quote: a note quotes at most one sentence/);
    expect(problems).toMatch(/notes\.0\.date/);
  });

  it('names a search that lists an unknown note, an unknown document, or a note twice', () => {
    const desk = good();
    desk.searches[0] = search('the-outlet', ['outlet-about', 'wiki-entry', 'critic-post', 'wiki-entry', 'missing-page'], { documents: ['no-such-document'] });
    const problems = deskProblems({ 'outlet.yaml': desk });
    expect(problems).toContain('content/research/outlet.yaml: search "the-outlet": unknown note "missing-page"');
    expect(problems).toContain('content/research/outlet.yaml: search "the-outlet": unknown document "no-such-document"');
    expect(problems).toContain('content/research/outlet.yaml: search "the-outlet": note "wiki-entry" is listed twice');
  });

  it('asks every results page for something to weigh: a page from inside and one from outside', () => {
    const desk = good();
    desk.searches[0] = search('the-outlet', ['wiki-entry', 'critic-post', 'wiki-entry-2']);
    desk.notes.push(note('wiki-entry-2', 'reference'));
    const problems = deskProblems({ 'outlet.yaml': desk }).join('\n');
    expect(problems).toMatch(/search "the-outlet": a results page needs a page from the outlet or its friends and one from outside/);
  });

  it('names a note no search lists, a duplicate id across files, and two searches the box could not tell apart', () => {
    const desk = good();
    desk.notes.push(note('orphan-page', 'news'));
    const other = { notes: [note('wiki-entry', 'reference')], searches: [search('other-outlet', ['outlet-about', 'wiki-entry', 'critic-post'], { alsoMatches: ['The Outlet!'] })] };
    const problems = deskProblems({ 'a.yaml': desk, 'b.yaml': other });
    expect(problems).toContain('content/research/a.yaml: note "orphan-page": no search lists it, so no student can reach it');
    expect(problems).toContain('content/research/b.yaml: note "wiki-entry": duplicate id, already in content/research/a.yaml');
    expect(problems.join('\n')).toMatch(/search "other-outlet": "The Outlet!" already finds search "the-outlet"/);
  });
});
