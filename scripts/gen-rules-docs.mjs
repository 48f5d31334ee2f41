// Writes docs/rules.md from the compiled rules (run `npm run build` first; `npm run docs` does).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { renderRulesMarkdown } = require('../out/src/core/report/rule-docs.js');
writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesMarkdown());
console.log('docs/rules.md written');
