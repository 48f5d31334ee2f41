/**
 * MCP070 — the config does not match its client's format: a misspelt or misplaced property, a
 * value of the wrong type, a server without `command` or `url`. The client would ignore the
 * setting or refuse the server, often silently.
 */
import { validateAgainstSchema } from '../schema/validate';
import type { Rule } from './rule';

export const schemaViolation: Rule = {
  id: 'MCP070',
  name: 'schema-violation',
  category: 'schema',
  defaultSeverity: 'error',
  securitySeverity: 1.0,
  docs: {
    summary: "A setting does not match the client's config format (unknown property, wrong type, missing command or url).",
    why:
      'A client ignores or rejects what it does not understand, usually without saying so: a misspelt `"comand"` leaves the server unstarted, ' +
      '`"args"` written as one string is split differently than you think, and a misspelt security setting (`"pasword": true`) silently ' +
      'does nothing. MCP Warden checks each file against the format of the client that reads it (VS Code, Claude, Cursor, Windsurf, Cline, ' +
      'Roo, Gemini CLI, Zed, Copilot CLI, Codex, Continue, Goose, opencode, Kiro, Amazon Q, Visual Studio, LM Studio, Junie), so the other ' +
      'checks see the config the client will actually run.',
    fix:
      'Follow the message: correct the property name (a close match is suggested), give the value the expected type (`args` is an array of ' +
      'strings, `env` and `headers` map names to strings), or add the missing `command` (local server) or `url` (remote server). Files ' +
      'that hold other settings too (Gemini `settings.json`, Zed `settings.json`, `~/.claude.json`) are only checked in their MCP part.',
    bad: [
      '{',
      '  "servers": {',
      '    "github": {',
      '      "comand": "npx",',
      '      "args": "-y @modelcontextprotocol/server-github"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    good: [
      '{',
      '  "servers": {',
      '    "github": {',
      '      "command": "npx",',
      '      "args": ["-y", "@modelcontextprotocol/server-github"]',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  check(context) {
    // Past the first syntax error the parser's recovered tree is a guess (a stray quote can
    // re-nest everything after it): judge only what comes before it, as it is while typing.
    const firstError = Math.min(...context.document.syntaxErrors.map((error) => error.offset));
    for (const problem of validateAgainstSchema(context.document, context.dialect)) {
      if (problem.offset + problem.length > firstError) continue;
      context.report({ message: problem.message, offset: problem.offset, length: problem.length, pointer: problem.pointer });
    }
  },
};
