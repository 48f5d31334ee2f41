import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../../../src/core/engine/scan';
import { renderRuleDocs } from '../../../../src/core/report/rule-docs';
import { ALL_RULES } from '../../../../src/core/rules/index';
import { ruleDocsUrl } from '../../../../src/core/rules/rule';

const root = join(__dirname, '..', '..', '..', '..', '..');

test('docs/rules.md and docs/rules/<name>.md are generated from the rules and up to date (run `npm run docs`)', () => {
  const files = renderRuleDocs();
  for (const file of files) {
    const path = join(root, 'docs', file.path);
    assert.ok(existsSync(path), `docs/${file.path} is missing (run \`npm run docs\`)`);
    assert.equal(readFileSync(path, 'utf8'), file.text, `docs/${file.path} is out of date (run \`npm run docs\`)`);
  }
  const pages = readdirSync(join(root, 'docs', 'rules')).filter((name) => name.endsWith('.md'));
  assert.deepEqual(pages.sort(), files.filter((file) => file.path.startsWith('rules/')).map((file) => file.path.slice('rules/'.length)).sort(), 'a page in docs/rules/ belongs to no rule');
});

test('every rule has a stable id, full docs and a sane security severity', () => {
  const ids = new Set<string>();
  for (const rule of ALL_RULES) {
    assert.match(rule.id, /^MCP\d{3}$/);
    assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
    ids.add(rule.id);
    for (const [field, value] of Object.entries(rule.docs)) {
      assert.ok(value.trim().length > 0 && !/\bTODO\b/.test(value), `${rule.id} docs.${field} is missing`);
    }
    assert.ok(rule.securitySeverity >= 0 && rule.securitySeverity <= 10, `${rule.id} security severity`);
  }
});

test("each rule's docs examples run: the flagged one fires that rule, the fine one does not", () => {
  for (const rule of ALL_RULES) {
    const options = { path: rule.docs.file };
    const bad = scanText(rule.docs.bad, options).findings.filter((finding) => finding.ruleId === rule.id);
    assert.ok(bad.length > 0, `${rule.id} (${rule.name}): its flagged example does not fire`);
    const good = scanText(rule.docs.good, options).findings.filter((finding) => finding.ruleId === rule.id);
    assert.deepEqual(good.map((finding) => finding.message), [], `${rule.id} (${rule.name}): its fine example fires`);
  }
});

test('one name per rule: src/core/rules/<name>.ts, test/unit/core/rules/<name>.test.ts, docs/rules/<name>.md and its URL', () => {
  const names = new Set<string>();
  for (const rule of ALL_RULES) {
    assert.match(rule.name, /^[a-z]+(?:-[a-z]+)*$/, `${rule.id} name`);
    assert.ok(!names.has(rule.name), `duplicate name ${rule.name}`);
    names.add(rule.name);
    assert.ok(existsSync(join(root, 'src', 'core', 'rules', `${rule.name}.ts`)), `src/core/rules/${rule.name}.ts`);
    assert.ok(existsSync(join(root, 'test', 'unit', 'core', 'rules', `${rule.name}.test.ts`)), `test/unit/core/rules/${rule.name}.test.ts`);
    assert.equal(ruleDocsUrl(rule), `https://github.com/mcp-warden/mcp-warden/blob/main/docs/rules/${rule.name}.md`);
  }
  const ruleFiles = readdirSync(join(root, 'src', 'core', 'rules')).filter((name) => name.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(name));
  assert.deepEqual(ruleFiles.map((name) => name.slice(0, -3)).sort(), [...names].sort(), 'a file in src/core/rules/ is not named by a rule (shared helpers go in rules/_shared/)');
});
