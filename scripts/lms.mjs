// @ts-check
// npm run lms: the course as packages for the systems schools run, written to pack/lms/:
//   scorm12/ and scorm2004/  a SCORM package per module and one for the whole course;
//   kolibri/                 the same as Kolibri HTML5 apps (index.html at the root);
//   question-banks/          each module's question banks, as the teacher guide offers them.
// Each package holds the student's part of the built site (not the teachers' pages, which hold
// the answer keys), with relative links and no service worker, and launches lms/index.html,
// which talks to the LMS (src/scripts/lms-launch.ts). A Kolibri app opens index.html, which for a
// module sends the student to the module's page; Kolibri keeps the progress through the stand-in
// storage it gives the app.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { builtPages } from './built-pages.mjs';
import { manifest12, manifest2004, xmlEscape } from './scorm-manifest.mjs';
import { filesUnder, relativise } from './site-folder.mjs';

const DIST = process.argv[2] ?? 'dist';
export const LMS_OUT = join('pack', 'lms');
const STAGE = join(LMS_OUT, '.site');
const SCHEMAS = join('vendor', 'scorm-schemas');
const LAUNCH = 'lms/index.html';
const LAUNCH_DATA = 'lms/launch-data.json';

/** Left out of every package: the teachers' pages, the offline worker, the web server's header files, and the packages' own notes. */
const LEFT_OUT = ['teachers', 'sw.js', '_headers', '_deploy', 'pagefind', 'lms/packages.json', 'lms/teachers'];

/** @type {{ language: string, passingScore: number, packages: { id: string, modules: string[], start: string, title: string, description: string, minutes: number }[] }} */
const described = JSON.parse(readFileSync(join(DIST, 'lms', 'packages.json'), 'utf8'));

rmSync(LMS_OUT, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync(DIST, STAGE, { recursive: true, filter: (source) => !LEFT_OUT.includes(relative(DIST, source).split(sep).join('/')) });
// The teachers' link in every page's navigation lands on a page that says where their pages are.
mkdirSync(join(STAGE, 'teachers'));
cpSync(join(DIST, 'lms', 'teachers', 'index.html'), join(STAGE, 'teachers', 'index.html'));
for (const file of builtPages(STAGE)) {
  const depth = relative(STAGE, file).split(sep).length - 1;
  // data-package tells the pages they are in a package: no service worker, search links to files.
  const html = readFileSync(file, 'utf8').replace(/<html\b/, '<html data-package');
  writeFileSync(file, relativise(html, depth));
}
// The search index again, without the teachers' pages.
const pagefind = spawnSync('pagefind', ['--site', STAGE, '--quiet'], { stdio: 'inherit' });
if (pagefind.status !== 0) process.exit(pagefind.status ?? 1);

const site = filesUnder(STAGE);
const launchHtml = site[LAUNCH];
if (!launchHtml || !site[LAUNCH_DATA]) throw new Error(`${LAUNCH} or ${LAUNCH_DATA} is missing from ${DIST}: build the site first`);
const allLaunchData = JSON.parse(new TextDecoder().decode(site[LAUNCH_DATA]));

/**
 * The launch page of one package, naming its SCORM version and modules on <html>.
 * @param {string} html @param {'1.2' | '2004'} version @param {string[]} modules none for the whole course
 */
const launchPage = (html, version, modules) => html.replace(/<html\b/, `<html data-lms-version="${version}" data-lms-modules="${modules.join(' ')}"`);

/**
 * What the launch page reads, of its own modules only: a module's package need not carry the whole course's exercises.
 * @param {{ modules: { id: string }[] }} data @param {string[]} modules none for the whole course
 */
const launchData = (data, modules) => ({ ...data, modules: modules.length ? data.modules.filter((m) => modules.includes(m.id)) : data.modules });

/** The schema files a package of one SCORM version carries at its root. @param {string} folder */
const schemaFiles = (folder) => Object.fromEntries(readdirSync(join(SCHEMAS, folder)).map((name) => [name, readFileSync(join(SCHEMAS, folder, name))]));

for (const [version, folder] of /** @type {const} */ ([
  ['1.2', 'scorm12'],
  ['2004', 'scorm2004'],
])) {
  mkdirSync(join(LMS_OUT, folder), { recursive: true });
  const schemas = schemaFiles(folder);
  for (const p of described.packages) {
    const files = {
      ...site,
      [LAUNCH]: new TextEncoder().encode(launchPage(new TextDecoder().decode(launchHtml), version, p.modules)),
      [LAUNCH_DATA]: new TextEncoder().encode(JSON.stringify(launchData(allLaunchData, p.modules))),
    };
    const info = { ...p, language: described.language, passingScore: described.passingScore, launch: LAUNCH, files: Object.keys(files).sort() };
    const entries = {
      ...files,
      ...schemas,
      'imsmanifest.xml': new TextEncoder().encode(version === '1.2' ? manifest12(info) : manifest2004(info)),
    };
    const zip = zipSync(entries, { level: 6 });
    const name = join(LMS_OUT, folder, `read-the-source-${p.id}.zip`);
    writeFileSync(name, zip);
    console.log(`${name}: ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
  }
}
/**
 * A Kolibri app's index.html for one module: straight on to the module's page (a plain link too,
 * for a browser that does not follow the refresh).
 * @param {{ title: string, start: string }} p
 */
const kolibriStart = (p) => `<!doctype html>
<html lang="${described.language}" data-package>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="0; url=${p.start}"><title>${xmlEscape(p.title)}</title></head>
<body><p><a href="${p.start}">${xmlEscape(p.title)}</a></p></body>
</html>
`;

const appFiles = Object.fromEntries(Object.entries(site).filter(([path]) => !path.startsWith('lms/')));
mkdirSync(join(LMS_OUT, 'kolibri'), { recursive: true });
for (const p of described.packages) {
  const entries = p.modules.length ? { ...appFiles, 'index.html': new TextEncoder().encode(kolibriStart(p)) } : appFiles;
  const name = join(LMS_OUT, 'kolibri', `read-the-source-${p.id}.zip`);
  const zip = zipSync(entries, { level: 6 });
  writeFileSync(name, zip);
  console.log(`${name}: ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
}
rmSync(STAGE, { recursive: true, force: true });
cpSync(join(DIST, 'teachers', 'question-banks'), join(LMS_OUT, 'question-banks'), { recursive: true });
console.log(`${join(LMS_OUT, 'question-banks')}: ${readdirSync(join(LMS_OUT, 'question-banks')).length} files`);
