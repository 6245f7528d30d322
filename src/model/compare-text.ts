/**
 * Orders strings by UTF-16 code units, never by locale, so sorted output (reports, lock files)
 * is byte-identical on every machine.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
