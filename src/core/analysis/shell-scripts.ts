/**
 * The scripts a command line hands to a shell — `bash -c "<script>"`, `cmd /c …`,
 * `powershell -Command …` (also `-EncodedCommand`) — as command lines whose words point at the
 * element holding the script.
 */
import { splitShellCommands, type ShellFlavor } from './shell';
import { programName, type ShellInvocation, type Word } from './words';

export const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'busybox']);
export const POWERSHELLS = new Set(['powershell', 'pwsh']);

export interface InnerScript {
  invocation: ShellInvocation;
  lines: Array<{ words: Word[]; pipedFrom: boolean }>;
}

/** The shell wrapper of a command line (`bash -c S`, `cmd /c …`, `pwsh -Command …`), if it is one. */
export function shellInvocation(words: Word[]): ShellInvocation | undefined {
  return innerScript(words)?.invocation;
}


/** The script a shell line runs (`bash -c S`, `cmd /c S…`, `pwsh -Command S…`), as command lines. */
export function innerScript(words: Word[]): InnerScript | undefined {
  const program = programName(words[0]?.value ?? '');
  if (POSIX_SHELLS.has(program)) return posixShellScript(words, program);
  if (program === 'cmd') return cmdScript(words);
  if (POWERSHELLS.has(program)) return powershellScript(words, program);
  return undefined;
}

function posixShellScript(words: Word[], program: string): InnerScript | undefined {
  let i = 1;
  if (program === 'busybox') {
    if (!POSIX_SHELLS.has(programName(words[1]?.value ?? ''))) return undefined;
    i = 2;
  }
  for (; i < words.length; i++) {
    const flag = words[i];
    if (!flag || !/^[-+]/.test(flag.value) || flag.value === '--' || flag.value === '-') return undefined;
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(flag.value) || flag.value === '--command') return scriptAfter(words, i, program, 'posix', false);
    if (flag.value.startsWith('--command=')) return undefined;
    if (/^[-+]o$/.test(flag.value) || flag.value === '--init-command' || flag.value === '--rcfile') i++;
  }
  return undefined;
}

function cmdScript(words: Word[]): InnerScript | undefined {
  for (let i = 1; i < words.length; i++) {
    const flag = words[i];
    if (!flag) return undefined;
    if (/^\/[ck]$/i.test(flag.value)) return scriptAfter(words, i, 'cmd', 'cmd', true);
    if (!/^\/[a-z](?::\w+)?$/i.test(flag.value)) return undefined;
  }
  return undefined;
}

const POWERSHELL_COMMAND = /^-(?:c|co|com|comm|comma|comman|command)$/i;
const POWERSHELL_ENCODED = /^-(?:e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)$/i;
const POWERSHELL_FILE = /^-(?:f|fi|fil|file)$/i;
const POWERSHELL_VALUED = /^-(?:executionpolicy|ep|ex|exec|windowstyle|w|win|inputformat|if|outputformat|of|o|configurationname|workingdirectory|wd|version|v|settingsfile|psconsolefile|custompipename)$/i;

function powershellScript(words: Word[], program: string): InnerScript | undefined {
  for (let i = 1; i < words.length; i++) {
    const flag = words[i];
    if (!flag) return undefined;
    if (POWERSHELL_COMMAND.test(flag.value)) return scriptAfter(words, i, program, 'powershell', true);
    if (POWERSHELL_ENCODED.test(flag.value)) return encodedScript(words, i, program);
    if (POWERSHELL_FILE.test(flag.value)) return undefined;
    if (POWERSHELL_VALUED.test(flag.value)) {
      i++;
      continue;
    }
    if (flag.value.startsWith('-')) continue;
    // Windows PowerShell treats its first positional argument as -Command (pwsh as -File).
    return program === 'powershell' ? scriptAfter(words, i - 1, program, 'powershell', true, flag) : undefined;
  }
  return undefined;
}

/**
 * The script starting after the flag at `flagIndex`. With `restIsCommand` (cmd, PowerShell)
 * several remaining words are one command line already split by the config; a single word is
 * a script to tokenize.
 */
function scriptAfter(words: Word[], flagIndex: number, shell: string, flavor: ShellFlavor, restIsCommand: boolean, flagOverride?: Word): InnerScript | undefined {
  const flag = flagOverride ?? words[flagIndex];
  const script = words[flagIndex + 1];
  if (!flag || !script) return undefined;
  const invocation: ShellInvocation = { shell, flag, script };
  const rest = words.slice(flagIndex + 1);
  if (restIsCommand && rest.length > 1) return { invocation, lines: [{ words: rest, pipedFrom: false }] };
  return { invocation, lines: scriptLines(script, script.value, flavor, true) };
}

/** `-EncodedCommand <base64 of UTF-16LE>`: decoded, its words all point at the encoded element. */
function encodedScript(words: Word[], flagIndex: number, shell: string): InnerScript | undefined {
  const flag = words[flagIndex];
  const script = words[flagIndex + 1];
  if (!flag || !script) return undefined;
  const decoded = decodePowershellBase64(script.value);
  if (decoded === undefined) return { invocation: { shell, flag, script }, lines: [] };
  return { invocation: { shell, flag, script }, lines: scriptLines(script, decoded, 'powershell', false) };
}

/** Tokenizes `text` (the script word's value, or a decoding of it) into lines of words tied to `script`. */
function scriptLines(script: Word, text: string, flavor: ShellFlavor, offsetsMap: boolean): Array<{ words: Word[]; pipedFrom: boolean }> {
  // Offsets map onto the element only when the script word is the element's whole value.
  const exact = offsetsMap && script.whole;
  return splitShellCommands(text, flavor).map((command) => ({
    pipedFrom: command.pipedFrom,
    words: command.words.map((token) => ({
      value: token.value,
      node: script.node,
      argIndex: script.argIndex,
      start: exact ? token.start : script.start,
      end: exact ? token.end : script.end,
      whole: false,
    })),
  }));
}

export function decodePowershellBase64(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return undefined;
  let binary: string;
  try {
    binary = atob(encoded);
  } catch {
    return undefined;
  }
  let text = '';
  for (let i = 0; i + 1 < binary.length; i += 2) text += String.fromCharCode(binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8));
  return text;
}
