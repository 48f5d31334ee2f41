/** File-system errors in the few words a person needs (`no such file`, `permission denied`, …). */
import { errorText } from '../core/errors';

const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'disk full',
};

/** The errno code of a file-system error (`ENOENT`, …), if it has one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The words for an errno code, when there are words for it. */
export function fsErrorWords(code: string | undefined): string | undefined {
  return code === undefined ? undefined : WORDS[code];
}

/** A file-system error in a few words; the error's own message when its code has none. */
export function fsErrorText(error: unknown): string {
  return fsErrorWords(errnoCode(error)) ?? errorText(error);
}
