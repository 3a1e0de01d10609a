#!/usr/bin/env node
/* global console, process, URL -- a Node script; eslint.config.mjs gives Node globals to TypeScript files only. */
/**
 * Dead exports: a value (const, function, class, enum) exported from a checked folder
 * that no other file of the project (src, test, bench, scripts) mentions.
 * Either nothing uses it (delete it) or only its own file does (drop
 * `export`). Exported types are left alone: they name the signatures of
 * exported functions. Run by `npm run lint`; exits 1 with the list when it
 * finds any. A word match, so it errs on the side of keeping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
/** Exports consumed by tools rather than by imports (entry points, configs). */
const ENTRY_EXPORTS = new Set([]);

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * The folders checked. The rest of src/ (main, node, cli, the other core folders) still has findings, left to
 * their own changes; add each folder here once it is clean.
 */
const CHECKED = ['src/renderer', 'src/shared/commands', 'src/shared/view'];

const sources = CHECKED.flatMap((dir) => walk(join(ROOT, dir), []));
const everything = ['src', 'test', 'bench', 'scripts'].flatMap((dir) => walk(join(ROOT, dir), []));
const texts = new Map(everything.map((path) => [path, readFileSync(path, 'utf8')]));

const DECLARATION = /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|function\*?|class|enum)\s+([A-Za-z_$][\w$]*)/gm;
const LIST = /^export\s+\{([^}]*)\}(?!\s*from)/gm;

const dead = [];
for (const path of sources) {
  const text = texts.get(path) ?? '';
  const names = [...text.matchAll(DECLARATION)].map((m) => m[1]);
  for (const m of text.matchAll(LIST))
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name && !part.trim().startsWith('type ')) names.push(name);
    }
  for (const name of names) {
    if (ENTRY_EXPORTS.has(`${relative(ROOT, path)}:${name}`)) continue;
    const word = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`);
    const usedElsewhere = everything.some((other) => other !== path && word.test(texts.get(other) ?? ''));
    if (!usedElsewhere) dead.push(`${relative(ROOT, path)}: ${name}`);
  }
}

if (dead.length > 0) {
  console.error(`Exported but used by no other file (delete it, or drop \`export\`):\n  ${dead.join('\n  ')}`);
  process.exit(1);
}
console.log(`dead-exports: ${sources.length} files, no dead exports`);
