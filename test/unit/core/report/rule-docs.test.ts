import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesMarkdown } from '../../../../src/core/report/rule-docs';
import { ALL_RULES } from '../../../../src/core/rules/index';

const root = join(__dirname, '..', '..', '..', '..', '..');

test('docs/rules.md is generated from the rules and up to date (run `npm run docs`)', () => {
  const onDisk = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
  assert.equal(onDisk, renderRulesMarkdown());
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
