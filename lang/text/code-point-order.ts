// Go's string order: by code point, which is the order of the UTF-8 bytes. JavaScript compares UTF-16
// code units instead, which puts astral characters (surrogate pairs) before U+E000–U+FFFF.

/** Compares two strings as Go does: -1, 0 or 1. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) < codePointRank(y) ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

// Surrogates (astral characters) encode above every other BMP character in UTF-8.
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
