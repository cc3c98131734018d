// @ts-check
// npm run pack: the built site as a zip for school IT, ready to serve from any static web server,
// or to open straight from the unzipped folder (file://). For that, every site-root link is made
// relative and points at index.html, since there is no server to find a folder's index page.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { builtPages } from './built-pages.mjs';
import { filesUnder, relativise } from './site-folder.mjs';

const DIST = process.argv[2] ?? 'dist';
const OUT = 'pack';
const FOLDER = join(OUT, 'read-the-source');

const README = `Read the Source: offline copy
=============================

A media-literacy course that runs entirely in the browser. No accounts, no tracking, no internet
needed, and nothing is loaded from any other website.

Three ways to use it
--------------------
1. On a web server (best). Copy this folder to any static web server (Apache, nginx, IIS, a NAS,
   a school intranet) and open its address. Everything works: exercises, progress, search and the
   teacher tools. No server-side code, database or rewrite rules are needed.

2. On a laptop with no server. Open index.html straight from the folder. Every lesson, document
   and teacher page reads correctly and every link works, but browsers block the scripts that
   check answers when a page comes from a file: each exercise then shows its question and lets you
   reveal the answer and explanation. Search gives way to an index of the whole course.

3. A tiny local server, if Python is installed: in this folder run
       python3 -m http.server 8000
   and open http://localhost:8000/ . Everything works, as in (1).

Offline caching
---------------
Served over https (or from localhost), the site keeps a copy of itself in the browser after the
first visit, so it keeps working if the network drops. Over plain http browsers do not allow this;
the site still works, it just needs the server. When you copy a newer version onto the server, a
tab that is already open keeps working and offers "Reload" to get the new version.

Response headers (recommended on a web server)
----------------------------------------------
Every page carries its own Content Security Policy, but a few protections can only come from the
server. Two ready files in this folder set them:
  _headers                      for hosts that read it (Netlify, Cloudflare Pages): nothing to do
  _deploy/nginx-headers.conf    for nginx: add  include /path/to/nginx-headers.conf;  to the
                                server block that serves this folder
They send the pages' own policy plus frame-ancestors 'none' (no other site may show the course in
a frame), X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, and a
Permissions-Policy that switches off camera, microphone, location, payment and USB. sw.js (the
offline copy) gets Cache-Control: no-cache, so a new version reaches students on their next visit.
On Apache or IIS, set the same headers by hand: _headers lists them.

Privacy
-------
Students' progress is stored only in their own browser. Result codes for assignments leave a
device only when the student copies or saves them. See privacy/index.html.
`;

// Only this script's own output: npm run lms writes beside it, into pack/lms/.
rmSync(FOLDER, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// dist/lms/ is what npm run lms builds its packages from: a launch page that needs an LMS and a
// stand-in for the teachers' pages. In a plain folder neither is any use, so the pack leaves it out.
const LMS_PARTS = join(DIST, 'lms');
cpSync(DIST, FOLDER, { recursive: true, filter: (source) => source !== LMS_PARTS });
for (const file of builtPages(FOLDER)) {
  const depth = relative(FOLDER, file).split(sep).length - 1;
  writeFileSync(file, relativise(readFileSync(file, 'utf8'), depth));
}
writeFileSync(join(FOLDER, 'README-SCHOOL-IT.txt'), README);

const entries = filesUnder(FOLDER, 'read-the-source/');
const zip = zipSync(entries, { level: 9 });
writeFileSync(join(OUT, 'read-the-source-offline.zip'), zip);
const unpacked = Object.values(entries).reduce((sum, b) => sum + b.length, 0);
console.log(`pack/read-the-source-offline.zip: ${(zip.length / 1024 / 1024).toFixed(2)} MB (${Object.keys(entries).length} files, ${(unpacked / 1024 / 1024).toFixed(2)} MB unpacked)`);
