/** How something thrown reads in a message: the one helper every face uses. Never holds a secret by itself: callers cut values out. */

/** An Error's message, anything else as a string. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `errorText` on one line, at most `max` characters (then `…`): for platform errors quoted in a sentence. */
export function oneLineErrorText(error: unknown, max = 300): string {
  const text = errorText(error).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
