#!/usr/bin/env node
/* global console, process -- a Node script; eslint.config.mjs gives Node globals to TypeScript files only. */
/**
 * `npm run audit:electron`: Doyensec's electronegativity over the sources
 * (`src/`) and the built app (`out/`), failing on any finding that
 * docs/security.md does not justify, on any file the scanner could not parse,
 * and when the build output is missing.
 *
 * The built main bundle contains syntax newer than the scanner's parsers
 * understand (class private fields from electron-store's `conf`), which makes
 * it skip the whole file; so the scan runs on a copy of `out/` lowered to
 * ES2017 with rolldown's transformer (same code, older syntax). `src/` is
 * scanned as is (its TypeScript parser copes).
 *
 * Justifications live in docs/security.md between the markers
 * `<!-- electronegativity:justified:start -->` and `...:end`, one table row
 * per finding: | CHECK_ID | file | code it contains | why |.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The scanner fetches Electron's release list and its translations from the internet. The audit must be the
// same offline and in CI, so every host lookup fails at once: no request ever leaves this machine, the version
// check uses the pinned Electron from package.json, and the messages come in the bundled English.
dns.lookup = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  process.nextTick(() =>
    done(Object.assign(new Error(`audit:electron is offline (${hostname})`), { code: 'ENOTFOUND' })),
  );
};

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = require('@doyensec/electronegativity/dist/runner.js');
const { transformSync } = require('rolldown/experimental');

const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;

function fail(message) {
  console.error(`audit:electron: ${message}`);
  process.exitCode = 1;
}

/** Rows of the justification table in docs/security.md. */
function loadJustifications() {
  const doc = readFileSync(join(root, 'docs', 'security.md'), 'utf8');
  const start = doc.indexOf('<!-- electronegativity:justified:start -->');
  const end = doc.indexOf('<!-- electronegativity:justified:end -->');
  if (start < 0 || end < start) throw new Error('docs/security.md has no justification table markers');
  return doc
    .slice(start, end)
    .split('\n')
    .filter((line) => /^\|\s*[A-Z_]+_CHECK\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`|`$/g, ''));
      return { id: cells[0], file: cells[1], code: cells[2] ?? '', used: 0 };
    });
}

function listFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** A copy of out/ whose JavaScript the scanner can parse. */
function lowerBuild(out) {
  const copy = mkdtempSync(join(tmpdir(), 'org-planner-audit-'));
  for (const part of ['main', 'preload', 'renderer']) cpSync(join(out, part), join(copy, part), { recursive: true });
  for (const file of listFiles(copy).filter((path) => path.endsWith('.js'))) {
    const result = transformSync(file, readFileSync(file, 'utf8'), { target: 'es2017' });
    if (result.errors.length > 0) throw new Error(`cannot lower ${file}: ${result.errors[0].message}`);
    writeFileSync(file, result.code);
  }
  return copy;
}

async function scan(label, input) {
  const result = await run(
    {
      input,
      customScan: [],
      // Needs Electron's release list from the internet; we pin Electron and update it deliberately.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
      isRelative: true,
    },
    false,
  );
  for (const error of result.errors) {
    const message = `${label}/${relative(input, error.file)}: ${error.message}`;
    if (error.tolerable) console.warn(`audit:electron: parsed with warnings ${message}`);
    else fail(`could not parse ${message} (an unparsed file is an unaudited file)`);
  }
  return result.issues.map((issue) => ({ ...issue, file: `${label}/${issue.file.replace(/\\/g, '/')}` }));
}

const out = join(root, 'out');
for (const required of ['main/index.js', 'preload/index.js', 'renderer/index.html']) {
  if (!existsSync(join(out, required))) {
    fail(`out/${required} is missing: build first (electron-vite build)`);
    process.exit();
  }
}

const justifications = loadJustifications();
const lowered = lowerBuild(out);
let issues;
try {
  issues = [...(await scan('src', join(root, 'src'))), ...(await scan('out', lowered))];
} finally {
  rmSync(lowered, { recursive: true, force: true });
}

let unjustified = 0;
for (const issue of issues) {
  const match = justifications.find(
    (j) => j.id === issue.id && j.file === issue.file && (j.code === '' || (issue.sample ?? '').includes(j.code)),
  );
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const what = `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${where}`;
  if (match !== undefined) {
    match.used++;
    console.log(`justified  ${what}`);
  } else {
    unjustified++;
    console.log(`UNJUSTIFIED ${what}\n    ${issue.description}\n    ${String(issue.sample ?? '').slice(0, 200)}`);
  }
}
for (const j of justifications.filter((row) => row.used === 0)) {
  console.warn(`audit:electron: docs/security.md justifies ${j.id} in ${j.file}, which was not found (stale row?)`);
}
if (unjustified > 0) fail(`${unjustified} finding(s) not justified in docs/security.md`);
console.log(
  `audit:electron: ${issues.length} finding(s), ${issues.length - unjustified} justified, ${unjustified} not`,
);
