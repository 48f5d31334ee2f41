/**
 * A dialect is one MCP client's config format: how to recognise its files, where its servers
 * live, how each server's fields are spelled, and which strings are references rather than
 * literals. Each client is one small module beside this file.
 *
 * Dialects read a `JsonNode` tree, so a TOML (Codex) or YAML (Continue) dialect only needs a
 * parser that produces the same tree with offsets; `format` says which one to use.
 */
import type { JsonArray, JsonNode, JsonObject, JsonString, ParsedDocument } from '../json/syntax-tree';
import type { SourceFormat } from '../json/source-format';

export type DialectId =
  | 'vscode'
  | 'claude-desktop'
  | 'claude-code'
  | 'cursor'
  | 'windsurf'
  | 'cline'
  | 'roo'
  | 'gemini'
  | 'zed'
  | 'copilot-cli'
  | 'codex'
  | 'continue'
  | 'goose'
  | 'opencode'
  | 'kiro'
  | 'amazon-q'
  | 'visual-studio'
  | 'lm-studio'
  | 'junie';

export type Transport = 'stdio' | 'http' | 'sse' | 'ws' | 'unknown';

/** A named string value of a server (an env var, a header). */
export interface NamedValue {
  name: string;
  /** The name's place in the text (the property key). */
  keyOffset: number;
  keyLength: number;
  /** The value; a string node in a well-formed config, anything in a broken one. */
  node: JsonNode;
}

/** A server as every rule sees it, whatever the client spelled its fields. */
export interface McpServer {
  name: string;
  /** The server's object in the document. */
  node: JsonObject;
  /** Where the name is written (the property key), for "reveal in file". */
  keyOffset: number;
  keyLength: number;
  transport: Transport;
  command?: JsonString;
  args: JsonNode[];
  /** The args array itself, when present (fixes that remove an element need it). */
  argsNode?: JsonArray;
  env: NamedValue[];
  envNode?: JsonObject;
  /** The remote endpoint (`url`, Windsurf's `serverUrl`, Gemini's `httpUrl`). */
  url?: JsonString;
  headers: NamedValue[];
  headersNode?: JsonObject;
  cwd?: JsonString;
  envFile?: JsonString;
  /**
   * Tools approved to run without asking: the field's node and the tool names it lists.
   * `all` is true when the field approves everything (`trust: true`, `"*"`, `tools: ["*"]`).
   */
  autoApprove?: { node: JsonNode; tools: JsonString[]; all: boolean };
  disabled: boolean;
  /**
   * Secrets handed to the server by name, never written in the file: Codex `env_vars`,
   * `bearer_token_env_var` and `env_http_headers`, Goose `env_keys` (the tree lists them).
   */
  secretsByName?: Array<{ label: string; variable: string; node: JsonNode; from: string }>;
  /**
   * A client-side setting that turns TLS certificate checks off for this server's connection
   * (Continue's `requestOptions.verifySsl: false`): the node holding `false`.
   */
  tlsVerifyOff?: JsonNode;
  /** OAuth / auth block as written (`oauth`, Cursor's `auth`). */
  oauth?: JsonObject;
  /**
   * Set when one file holds several sets of servers: the set this one belongs to, e.g. the
   * project path of a Claude Code `~/.claude.json` `projects.<path>.mcpServers` entry.
   * Absent for the file's top-level servers.
   */
  scope?: string;
}

/** What a `${…}`-style reference looks like in a dialect, for MCP060 and secret filtering. */
export interface ReferenceMatch {
  /** `input`, `env`, `keychain`, `var`, `file`, `workspace`, … */
  kind: string;
  /** The referenced name (input id, variable name, keychain id), if any. */
  name?: string;
  offset: number;
  length: number;
}

export interface Dialect {
  id: DialectId;
  /** The client's name as users know it: "VS Code", "Claude Desktop", … */
  label: string;
  format: 'json' | 'jsonc' | 'toml' | 'yaml';
  /**
   * The syntaxes this client's files come in, when more than `format` (Continue reads YAML block
   * files and JSON files side by side). Only these documents are matched to the dialect.
   */
  reads?: readonly SourceFormat[];
  /**
   * Keys whose values are names of environment variables or of the client's own secrets
   * (Codex `bearer_token_env_var`, `env_vars`, `env_http_headers`; Goose `env_keys`), never a
   * secret themselves: the secret detector passes them by.
   */
  variableNameKeys?: readonly string[];
  /** Key of the object holding the servers (`servers`, `mcpServers`, `context_servers`). */
  serversKey: string;
  /**
   * How strongly `path` (forward slashes, any case as on disk) names this dialect's file:
   * 0 not at all, 1 a generic name that needs the shape to agree, 2 a name unique to the client.
   */
  pathScore(path: string): number;
  /** How strongly the parsed content looks like this dialect (0 = not at all). */
  shapeScore(root: JsonObject): number;
  /** The servers of the document, normalised. */
  servers(document: ParsedDocument): McpServer[];
  /**
   * The references this client expands in a string value (`${input:x}`, `${env:X}`, `$VAR`, …),
   * plus the launcher's `${keychain:id}`, which every dialect passes through untouched.
   */
  references(value: string): ReferenceMatch[];
  /** The JSON Schema (draft-07) for the whole file. */
  schema: object;
  /**
   * User-level config paths for this client on the given platform, relative to `home`. The last
   * segment may hold a `*` (`~/.continue/mcpServers/*.yaml`): every file it matches.
   */
  userConfigPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string): string[];
  /** Workspace-relative paths of this client's project-level config files (a `*` in the last segment as above). */
  workspaceConfigPaths: string[];
  /**
   * Names of this client's files that count wherever they sit in a workspace, besides
   * `workspaceConfigPaths` (a user-level `claude_desktop_config.json` checked into a repository).
   * With `workspaceConfigPaths`, the extension's activation events and workspace search.
   */
  searchFileNames?: string[];
  /**
   * Globs an editor associates this dialect's schema with (`./schemas/<id>.schema.json`), by
   * extension: `jsonValidation` in package.json for JSON files, `yamlValidation` / `tomlValidation`
   * (read by the YAML and TOML extensions) for the others. None when VS Code knows the file
   * itself, or where the name is shared with another client.
   */
  schemaFileMatch?: string[];
}
