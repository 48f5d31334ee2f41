/** RFC 6901 JSON pointers. Server names may contain `/` and `~`, so escaping matters. */

export function escapePointerSegment(segment: string | number): string {
  // Every node of a parsed file gets a pointer: most segments need no escaping at all.
  if (typeof segment === 'number') return String(segment);
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, segment: string | number): string {
  return `${base}/${escapePointerSegment(segment)}`;
}

/** Splits a pointer into its unescaped segments; '' is the whole document. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

/** The pointer of the value that holds the one at `pointer`; '' for the document and its children. */
export function parentPointer(pointer: string): string {
  const index = pointer.lastIndexOf('/');
  return index <= 0 ? '' : pointer.slice(0, index);
}

/** The last segment of `pointer`, unescaped (a property name or an index); '' for the document. */
export function lastSegment(pointer: string): string {
  const segments = splitPointer(pointer);
  return segments[segments.length - 1] ?? '';
}
