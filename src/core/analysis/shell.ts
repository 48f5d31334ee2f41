/**
 * Shell text -> tokens: the words and operators of a script as a POSIX shell, cmd or PowerShell
 * would split them, with their offsets kept, so a rule can point at one word inside a script.
 *
 * A single pass over the text: this runs on each keystroke.
 */

export type ShellFlavor = 'posix' | 'cmd' | 'powershell';

export interface ShellToken {
  /** The word as the shell hands it on: quotes removed, escapes applied. */
  value: string;
  /** Offsets of the raw word in the script, quotes included. */
  start: number;
  end: number;
  /** Set on a control operator (`|`, `||`, `&&`, `;`, `&`, `(`, `)`) instead of a word. */
  operator?: string;
}

/** One simple command of a script: its words, and whether its input is piped from the previous one. */
export interface ShellCommand {
  words: ShellToken[];
  pipedFrom: boolean;
}

const POSIX_ESCAPABLE = new Set([' ', '\t', '\n', '"', "'", '\\', '$', '`', '|', '&', ';', '<', '>', '(', ')', '#', '*', '?', '~']);

/**
 * Splits shell text into words and operators, lenient: an unclosed quote runs to the end, and
 * a backslash in POSIX text escapes only characters the shell would treat specially (so that
 * `C:\Users\me` survives). Redirections (`2>&1`, `> out.log`) are dropped with their targets.
 */
export function tokenizeShell(script: string, flavor: ShellFlavor = 'posix'): ShellToken[] {
  return new ShellTokenizer(script, flavor).run();
}

/** Splits shell text into simple commands at `;`, `&&`, `||`, `&`, `|`, newlines and parentheses. */
export function splitShellCommands(script: string, flavor: ShellFlavor = 'posix'): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let current: ShellCommand = { words: [], pipedFrom: false };
  for (const token of tokenizeShell(script, flavor)) {
    if (token.operator === undefined) {
      current.words.push(token);
      continue;
    }
    if (current.words.length > 0) commands.push(current);
    current = { words: [], pipedFrom: token.operator === '|' || token.operator === '|&' };
  }
  if (current.words.length > 0) commands.push(current);
  return commands;
}

class ShellTokenizer {
  private readonly tokens: ShellToken[] = [];
  private value = '';
  private wordStart = -1;
  private dropNextWord = false;
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly flavor: ShellFlavor,
  ) {}

  run(): ShellToken[] {
    const { text } = this;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === '\n' || ch === '\r') {
        this.flush();
        this.pushOperator(';', 1);
      } else if (ch === ' ' || ch === '\t') {
        this.flush();
        this.i++;
      } else if (ch === '#' && this.flavor !== 'cmd' && this.wordStart < 0) {
        this.skipComment();
      } else if (this.isOperatorStart(ch)) {
        this.flush();
        this.readOperator();
      } else if (ch === '<' || ch === '>' || (ch === '&' && this.text.charAt(this.i + 1) === '>')) {
        this.readRedirection();
      } else {
        this.readWordPart(ch);
      }
    }
    this.flush();
    return this.tokens;
  }

  private isOperatorStart(ch: string): boolean {
    if (ch === '|' || ch === '&' || ch === ';') return !(ch === '&' && this.text.charAt(this.i + 1) === '>');
    if (ch === '{' || ch === '}') return this.flavor === 'powershell';
    return (ch === '(' || ch === ')') && this.flavor !== 'cmd';
  }

  private readOperator(): void {
    const two = this.text.slice(this.i, this.i + 2);
    if (two === '||' || two === '&&' || two === '|&' || two === ';;') this.pushOperator(two, 2);
    else this.pushOperator(this.text.charAt(this.i), 1);
  }

  private pushOperator(operator: string, length: number): void {
    this.tokens.push({ value: operator, start: this.i, end: this.i + length, operator });
    this.i += length;
  }

  /** `>`, `>>`, `2>&1`, `&>`, `<`, `<<<`: the fd before and the target after are not words. */
  private readRedirection(): void {
    if (this.wordStart >= 0 && /^\d+$/.test(this.value) && this.text.charAt(this.i - 1) !== '"') {
      this.value = '';
      this.wordStart = -1;
    }
    this.flush();
    while (/[<>&|]/.test(this.text.charAt(this.i))) this.i++;
    this.dropNextWord = true;
  }

  private skipComment(): void {
    while (this.i < this.text.length && this.text.charAt(this.i) !== '\n') this.i++;
  }

  private readWordPart(ch: string): void {
    if (this.wordStart < 0) this.wordStart = this.i;
    if (ch === '"') this.readDoubleQuoted();
    else if (ch === "'" && this.flavor !== 'cmd') this.readSingleQuoted();
    else if (ch === '\\' && this.flavor === 'posix') this.readBackslash();
    else if (ch === '`' && this.flavor === 'powershell') this.readEscaped();
    else if (ch === '^' && this.flavor === 'cmd') this.readEscaped();
    else if (ch === '$' && this.text.charAt(this.i + 1) === '(' && this.flavor !== 'cmd') this.readSubstitution();
    else if (ch === '`' && this.flavor === 'posix') this.readUntil('`');
    else this.readPlain();
  }

  /** A run of characters that mean nothing to any shell here, taken at once rather than one by one. */
  private readPlain(): void {
    const { text } = this;
    const start = this.i;
    this.i++;
    while (this.i < text.length && isPlainShellChar(text.charCodeAt(this.i))) this.i++;
    this.value += text.slice(start, this.i);
  }

  private readDoubleQuoted(): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length && text.charAt(this.i) !== '"') {
      const ch = text.charAt(this.i);
      const escape = this.flavor === 'posix' ? '\\' : this.flavor === 'powershell' ? '`' : '';
      if (escape !== '' && ch === escape && this.i + 1 < text.length) {
        const next = text.charAt(this.i + 1);
        const escapes = this.flavor === 'powershell' || next === '"' || next === '\\' || next === '$' || next === '`';
        this.value += escapes ? next : ch + next;
        this.i += 2;
      } else {
        this.value += ch;
        this.i++;
      }
    }
    this.i++;
  }

  private readSingleQuoted(): void {
    const { text } = this;
    this.i++;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === "'") {
        // PowerShell doubles a quote inside single quotes: 'it''s'.
        if (this.flavor === 'powershell' && text.charAt(this.i + 1) === "'") {
          this.value += "'";
          this.i += 2;
          continue;
        }
        break;
      }
      this.value += ch;
      this.i++;
    }
    this.i++;
  }

  private readBackslash(): void {
    const next = this.text.charAt(this.i + 1);
    if (next !== '' && POSIX_ESCAPABLE.has(next)) {
      if (next !== '\n') this.value += next;
      this.i += 2;
    } else {
      this.value += '\\';
      this.i++;
    }
  }

  private readEscaped(): void {
    const next = this.text.charAt(this.i + 1);
    this.value += next;
    this.i += next === '' ? 1 : 2;
  }

  /** `$(…)` stays inside the word, raw, nested parentheses counted. */
  private readSubstitution(): void {
    const { text } = this;
    const start = this.i;
    let depth = 0;
    while (this.i < text.length) {
      const ch = text.charAt(this.i);
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      this.i++;
      if (depth === 0 && ch === ')') break;
    }
    this.value += text.slice(start, this.i);
  }

  private readUntil(close: string): void {
    const end = this.text.indexOf(close, this.i + 1);
    const stop = end < 0 ? this.text.length : end + 1;
    this.value += this.text.slice(this.i, stop);
    this.i = stop;
  }

  private flush(): void {
    if (this.wordStart < 0) return;
    if (this.dropNextWord) {
      this.dropNextWord = false;
    } else {
      this.tokens.push({ value: this.value, start: this.wordStart, end: this.i });
    }
    this.value = '';
    this.wordStart = -1;
  }
}

/** Letters, digits and `-_./:=@+,%~`: characters no flavor treats specially inside a word. */
function isPlainShellChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 45 || code === 95 || code === 46 || code === 47 || code === 58 || code === 61 || code === 64 ||
    code === 43 || code === 44 || code === 37 || code === 126
  );
}
