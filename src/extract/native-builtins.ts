/**
 * pdf.js's Node build bundles core-js, which on Node 20 replaces a few built-ins process-wide with
 * script versions: `Array.prototype.push` (for an edge case with array-likes longer than 2^32),
 * `JSON.parse` (for the reviver's source-text argument) and `Function.prototype.toString`. Every
 * `push` and every `JSON.parse` in the process then runs as interpreted script, several times
 * slower — rule evaluation and cache reads included, though neither ever touches a PDF. Neither
 * pdf.js nor this project relies on what those replacements add, so the originals are put back
 * each time pdf.js has been loaded (its worker half loads lazily, with the first document).
 *
 * The originals are taken when this module is first loaded, which is before pdf.js is imported.
 */
const ORIGINALS: ReadonlyArray<readonly [object, PropertyKey, PropertyDescriptor | undefined]> = [
  [Array.prototype, 'push', Object.getOwnPropertyDescriptor(Array.prototype, 'push')],
  [JSON, 'parse', Object.getOwnPropertyDescriptor(JSON, 'parse')],
  [Function.prototype, 'toString', Object.getOwnPropertyDescriptor(Function.prototype, 'toString')],
];

/** Puts back any of the built-ins above that were replaced since this module was loaded. */
export function restoreNativeBuiltins(): void {
  for (const [owner, key, original] of ORIGINALS) {
    if (!original) continue;
    const current = Object.getOwnPropertyDescriptor(owner, key);
    if (current?.value !== original.value) Object.defineProperty(owner, key, original);
  }
}

/** Whether the built-ins above are the ones found when this module was loaded. */
export function builtinsAreNative(): boolean {
  return ORIGINALS.every(([owner, key, original]) => Object.getOwnPropertyDescriptor(owner, key)?.value === original?.value);
}
