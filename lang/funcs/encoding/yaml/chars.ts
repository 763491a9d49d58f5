// Character classes of the YAML scanner and emitter (libyaml's yaml_private.h), on code points.
// 0 stands for the end of the input, which the reader never lets appear as a real character.

/** Line break characters: CR, LF, NEL, LS, PS. */
export function isBreak(c: number): boolean {
  return c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** A space or a tab. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** End of input or a line break. */
export function isBreakz(c: number): boolean {
  return c === 0 || isBreak(c);
}

/** End of input, a line break, a space or a tab. */
export function isBlankz(c: number): boolean {
  return c === 0 || isBlank(c) || isBreak(c);
}

/** Anchor, tag-handle and directive-name characters: letters, digits, "_" and "-". */
export function isAlpha(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII hexadecimal digit. */
export function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The value of a hexadecimal digit. */
export function hexValue(c: number): number {
  return c <= 0x39 ? c - 0x30 : c <= 0x46 ? c - 0x41 + 10 : c - 0x61 + 10;
}

/** Characters the reader accepts (YAML's c-printable, plus tab, LF and CR). */
export function isAllowedInput(c: number): boolean {
  return (
    c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** What the emitter may write unescaped (libyaml's is_printable, which excludes astral characters and the BOM). */
export function isPrintable(c: number): boolean {
  return (
    c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff)
  );
}
