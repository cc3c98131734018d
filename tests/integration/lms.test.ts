/**
 * The SCORM packages npm run lms writes (pack/lms/), opened as an LMS would: each manifest checked
 * against the official ADL and IMS schemas with xmllint, and each zip checked for what it must
 * and must not hold; the Kolibri apps likewise. The packages running under an LMS and in Kolibri's
 * sandbox are tested in tests/e2e/scorm.spec.ts and kolibri.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const LMS = fileURLToPath(new URL('../../pack/lms/', import.meta.url));
const SCHEMAS = fileURLToPath(new URL('../../vendor/scorm-schemas/', import.meta.url));
const described: { packages: { id: string; modules: string[]; start: string; title: string }[] } = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/lms/packages.json', import.meta.url)), 'utf8'));

/** xmllint takes one schema: this one imports every namespace a manifest of the version uses. */
const driver = mkdtempSync(join(tmpdir(), 'rts-scorm-xsd-'));
const imports = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
} as const;
for (const [folder, list] of Object.entries(imports)) {
  writeFileSync(
    join(driver, `${folder}.xsd`),
    `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${list.map(([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${join(SCHEMAS, folder, file)}"/>`).join('\n')}\n</xsd:schema>\n`,
  );
}

function validate(folder: keyof typeof imports, xml: string): { ok: boolean; output: string } {
  const file = join(driver, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(driver, `${folder}.xsd`), file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

const packages = (['scorm12', 'scorm2004'] as const).flatMap((folder) => described.packages.map((p) => ({ folder, ...p, zip: join(LMS, folder, `read-the-source-${p.id}.zip`) })));

describe.each(packages.map((p) => [`${p.folder}/${p.id}`, p] as const))('the SCORM package %s', (_name, p) => {
  const files = existsSync(p.zip) ? unzipSync(readFileSync(p.zip)) : {};
  const manifest = files['imsmanifest.xml'] ? strFromU8(files['imsmanifest.xml']) : '';

  it('has imsmanifest.xml at its root, valid against the official schemas', () => {
    expect(existsSync(p.zip), `${p.zip} (run npm run lms first)`).toBe(true);
    const result = validate(p.folder, manifest);
    expect(result.output).toContain('validates');
    expect(result.ok, result.output).toBe(true);
  });

  it('names its title, description, language and duration, and lists every file it holds', () => {
    expect(manifest).toContain(`<title>${p.title}</title>`);
    expect(manifest).toMatch(p.folder === 'scorm12' ? /<imsmd:language>en<\/imsmd:language>[\s\S]*<imsmd:datetime>PT\d+H?\d*M?<\/imsmd:datetime>/ : /<language>en<\/language>[\s\S]*<duration>PT\d+H?\d*M?<\/duration>/);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURI(m[1]!)).sort();
    const held = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('.xsd')).sort();
    expect(listed).toEqual(held);
  });

  it('holds the student pages only, with relative links and no service worker', () => {
    expect(Object.keys(files).some((f) => f.startsWith('teachers/') && f !== 'teachers/index.html')).toBe(false);
    expect(files['sw.js']).toBeUndefined();
    expect(files['modules/' + (p.modules[0] ?? 'claims-without-evidence') + '/index.html']).toBeDefined();
    const pages = Object.keys(files).filter((f) => f.endsWith('.html'));
    const rooted = pages.filter((f) => /\s(?:href|src|component-url|renderer-url)="\/(?!\/)/.test(strFromU8(files[f]!)));
    expect(rooted).toEqual([]);
    const remote = pages.filter((f) => /\s(?:src|component-url|renderer-url)="(?:https?:)?\/\//.test(strFromU8(files[f]!)));
    expect(remote).toEqual([]);
    expect(pages.filter((f) => !/<html\b[^>]*\sdata-package[\s>]/.test(strFromU8(files[f]!)))).toEqual([]);
  });

  it('launches the LMS page, which names its SCORM version and carries its own modules only', () => {
    const launch = strFromU8(files['lms/index.html']!);
    expect(manifest).toContain('href="lms/index.html"');
    expect(launch).toContain(`data-lms-version="${p.folder === 'scorm12' ? '1.2' : '2004'}" data-lms-modules="${p.modules.join(' ')}"`);
    const data = JSON.parse(strFromU8(files['lms/launch-data.json']!));
    expect(data.modules.map((m: { id: string }) => m.id)).toEqual(p.modules.length ? p.modules : described.packages.flatMap((d) => d.modules));
  });
});

describe('the schema check', () => {
  it('rejects a manifest that breaks the schema', () => {
    const manifest = strFromU8(unzipSync(readFileSync(packages[0]!.zip))['imsmanifest.xml']!);
    expect(validate('scorm12', manifest).ok).toBe(true);
    expect(validate('scorm12', manifest.replace(/<adlcp:masteryscore>[^<]*<\/adlcp:masteryscore>/, (m) => m.replaceAll('masteryscore', 'passmark'))).ok).toBe(false);
    const manifest2004 = strFromU8(unzipSync(readFileSync(packages.find((p) => p.folder === 'scorm2004')!.zip))['imsmanifest.xml']!);
    expect(validate('scorm2004', manifest2004.replace(/<imsss:minNormalizedMeasure>[^<]*</, '<imsss:minNormalizedMeasure>2<')).ok).toBe(false);
  });
});

it("copies the teacher guide's question banks beside the packages", () => {
  const built = readdirSync(fileURLToPath(new URL('../../dist/teachers/question-banks/', import.meta.url))).sort();
  expect(built.length).toBeGreaterThanOrEqual(described.packages.length - 1);
  expect(readdirSync(join(LMS, 'question-banks')).sort()).toEqual(built);
});

it('leaves the LMS launch page and its stand-ins out of the offline pack, where no LMS can launch them', () => {
  expect(existsSync(fileURLToPath(new URL('../../dist/lms/index.html', import.meta.url)))).toBe(true);
  expect(existsSync(fileURLToPath(new URL('../../pack/read-the-source/index.html', import.meta.url)))).toBe(true);
  expect(existsSync(fileURLToPath(new URL('../../pack/read-the-source/lms', import.meta.url)))).toBe(false);
});

it('writes both SCORM versions and a Kolibri app of every package', () => {
  for (const folder of ['scorm12', 'scorm2004', 'kolibri']) expect(readdirSync(join(LMS, folder)).sort()).toEqual(described.packages.map((p) => `read-the-source-${p.id}.zip`).sort());
});

describe.each(described.packages.map((p) => [p.id, p] as const))('the Kolibri app %s', (id, p) => {
  const files = unzipSync(readFileSync(join(LMS, 'kolibri', `read-the-source-${id}.zip`)));

  it('has index.html at its root, leading to where the package starts', () => {
    const index = strFromU8(files['index.html']!);
    if (p.modules.length) {
      expect(index).toContain(`<meta http-equiv="refresh" content="0; url=${p.start}">`);
      expect(files[p.start]).toBeDefined();
    } else expect(index).toContain('<html data-package');
  });

  it('holds the student pages only, with relative links, no service worker and no LMS launch page', () => {
    const names = Object.keys(files);
    expect(names.filter((f) => f === 'sw.js' || f.startsWith('lms/') || f === 'imsmanifest.xml' || (f.startsWith('teachers/') && f !== 'teachers/index.html'))).toEqual([]);
    const pages = names.filter((f) => f.endsWith('.html'));
    expect(pages.filter((f) => /\s(?:href|src|component-url|renderer-url)="\/(?!\/)/.test(strFromU8(files[f]!)))).toEqual([]);
    expect(pages.filter((f) => /\s(?:src|component-url|renderer-url)="(?:https?:)?\/\//.test(strFromU8(files[f]!)))).toEqual([]);
  });
});
