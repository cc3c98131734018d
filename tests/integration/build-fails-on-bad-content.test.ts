import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'screenshots', 'test-results']);

describe('the build', () => {
  const copy = mkdtempSync(join(tmpdir(), 'broken-site-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails on a broken quote, naming the file and the annotation', () => {
    cpSync(ROOT, copy, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length).split('/')[0]!) });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const file = join(copy, 'content/annotations/vt-asylum-for-isis.yaml');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('quote: "Many experts agree that Ankara', 'quote: "Many experts agreed that Ankara');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);

    const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('content/annotations/vt-asylum-for-isis.yaml: annotation "vt-experts-agree": quote not found verbatim');
  }, 150_000);
});
