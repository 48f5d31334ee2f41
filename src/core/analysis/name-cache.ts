/**
 * A bounded map for verdicts about names (env vars, headers, flags). A config repeats the same
 * few dozen names across its servers, and the same names come back at every scan, so verdicts
 * that depend on the name alone are worth keeping — within a bound, past which the cache starts
 * over, and only for names of ordinary length.
 */
const MAX_ENTRIES = 4096;
const MAX_NAME_LENGTH = 256;

export class NameCache<T> {
  private readonly entries = new Map<string, T>();

  /** The verdict for `name`, computed by `compute` on first use. */
  get(name: string, compute: (name: string) => T): T {
    const known = this.entries.get(name);
    if (known !== undefined || this.entries.has(name)) return known as T;
    const value = compute(name);
    if (name.length <= MAX_NAME_LENGTH) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(detached(name), value);
    }
    return value;
  }
}

/**
 * A copy of `name` that shares no memory with the text it was cut from: engines may keep a
 * substring as a view into its parent, and a cached name must not keep a whole file alive.
 */
function detached(name: string): string {
  return name.split('').join('');
}
