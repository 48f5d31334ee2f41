// Writes docs/rules.md and docs/rules/<name>.md from the compiled rules (run `npm run build`
// first; `npm run docs` does), and removes pages of rules that no longer exist.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const { renderRuleDocs } = require('../out/src/core/report/rule-docs.js');
const docs = new URL('../docs/', import.meta.url).pathname;
const files = renderRuleDocs();
for (const file of files) {
  mkdirSync(dirname(join(docs, file.path)), { recursive: true });
  writeFileSync(join(docs, file.path), file.text);
}
const pages = new Set(files.map((file) => file.path));
for (const name of readdirSync(join(docs, 'rules'))) {
  if (name.endsWith('.md') && !pages.has(`rules/${name}`)) rmSync(join(docs, 'rules', name));
}
console.log(`docs/rules.md and ${files.length - 1} rule pages written`);
