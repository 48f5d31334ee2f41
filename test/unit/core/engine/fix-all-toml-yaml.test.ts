/** Quick fixes in TOML (Codex) and YAML (Continue, Goose) files: the same safe fixes, comments and layout kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine/scan';
import { fixAll } from '../../../../src/core/engine/fix-all';
import { applyTextEdits } from '../../../../src/core/json/edits';

const CODEX = '/home/u/.codex/config.toml';
const CONTINUE = '/repo/.continue/mcpServers/servers.yaml';
const GOOSE = '/home/u/.config/goose/config.yaml';

test('fix-all in a Codex config.toml: https, TLS switches, --insecure, 0.0.0.0; every comment kept', () => {
  const text = `# team config
[mcp_servers.jira] # Jira
command = "uvx"
args = ["mcp-atlassian==0.11.9", "--insecure"] # flags
env = { JIRA_URL = "http://jira.corp.example", NODE_TLS_REJECT_UNAUTHORIZED = "0" }

[mcp_servers.local]
command = "node"
args = [
  "server.js",
  "--host", # bind
  "0.0.0.0",
]

[mcp_servers.local.env]
PYTHONHTTPSVERIFY = "0" # debugging
LOG = "info"
`;
  const result = fixAll(text, { path: CODEX });
  assert.deepEqual(result.applied.sort(), ['Bind to 127.0.0.1', 'Remove --insecure', 'Remove NODE_TLS_REJECT_UNAUTHORIZED', 'Remove PYTHONHTTPSVERIFY', 'Use https://'].sort());
  assert.equal(
    result.text,
    `# team config
[mcp_servers.jira] # Jira
command = "uvx"
args = ["mcp-atlassian==0.11.9"] # flags
env = { JIRA_URL = "https://jira.corp.example" }

[mcp_servers.local]
command = "node"
args = [
  "server.js",
  "--host", # bind
  "127.0.0.1",
]

[mcp_servers.local.env]
LOG = "info"
`,
  );
  assert.deepEqual(scanText(result.text, { path: CODEX }).findings.filter((f) => f.fix?.safe), []);
});

test('fix-all in a Continue block file: https, 0.0.0.0, TLS env and flags; comments and quoting kept', () => {
  const text = `# Continue block
name: tools
version: 0.0.1
schema: v1
mcpServers:
  - name: jira # Jira
    command: uvx
    args:
      - mcp-atlassian==0.11.9
      - --insecure # remove me
      - '--verbose'
    env:
      JIRA_URL: 'http://jira.corp.example'
      NODE_TLS_REJECT_UNAUTHORIZED: "0" # debugging
      LOG: info
  - name: remote
    type: streamable-http
    url: http://0.0.0.0:8080/mcp
`;
  const result = fixAll(text, { path: CONTINUE });
  assert.equal(
    result.text,
    `# Continue block
name: tools
version: 0.0.1
schema: v1
mcpServers:
  - name: jira # Jira
    command: uvx
    args:
      - mcp-atlassian==0.11.9
      - '--verbose'
    env:
      JIRA_URL: 'https://jira.corp.example'
      LOG: info
  - name: remote
    type: streamable-http
    url: https://127.0.0.1:8080/mcp
`,
  );
});

test('fix-all in a Goose config.yaml: an emptied envs becomes {}, flow args keep their layout', () => {
  const text = `extensions:
  jira:
    type: stdio
    cmd: uvx
    args: ["mcp-atlassian==0.11.9", "--insecure"]
    envs:
      NODE_TLS_REJECT_UNAUTHORIZED: "0"
    timeout: 300
`;
  const result = fixAll(text, { path: GOOSE });
  assert.equal(result.text, `extensions:
  jira:
    type: stdio
    cmd: uvx
    args: ["mcp-atlassian==0.11.9"]
    envs: {}
    timeout: 300
`);
});

test('SSE -> Streamable HTTP (not in fix-all): the client\'s own spelling, in place', () => {
  const goose = 'extensions:\n  r:\n    type: sse # old\n    uri: https://x.example/sse\n';
  const finding = scanText(goose, { path: GOOSE }).findings.find((f) => f.ruleId === 'MCP012');
  assert.ok(finding?.fix && !finding.fix.safe);
  assert.equal(applyTextEdits(goose, finding.fix.edits), 'extensions:\n  r:\n    type: streamable_http # old\n    uri: https://x.example/sse\n');
  const cont = 'mcpServers:\n  - name: r\n    type: "sse"\n    url: https://x.example/sse\n';
  const fix = scanText(cont, { path: CONTINUE }).findings.find((f) => f.ruleId === 'MCP012')?.fix;
  assert.equal(applyTextEdits(cont, fix?.edits ?? []), 'mcpServers:\n  - name: r\n    type: "streamable-http"\n    url: https://x.example/sse\n');
});

test('# mcp-warden-disable-next-line silences a rule in TOML and YAML', () => {
  const toml = '[mcp_servers.a]\ncommand = "npx"\n# mcp-warden-disable-next-line MCP020\nargs = ["-y", "some-package"]\n';
  assert.deepEqual(scanText(toml, { path: CODEX }).findings.map((f) => f.ruleId), []);
  const yaml = 'extensions:\n  a:\n    type: stdio\n    cmd: npx\n    # mcp-warden-disable-next-line\n    args: ["-y", "some-package"]\n';
  assert.deepEqual(scanText(yaml, { path: GOOSE }).findings.map((f) => f.ruleId), []);
});
