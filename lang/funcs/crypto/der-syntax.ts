// The syntax checks Go's encoding/asn1 makes on DER before it looks at what the data means: tags and
// lengths must be complete and minimal, contents must fit, and nothing may follow the top element.
// Used to word errors about malformed private keys as Terraform does.

/** The first DER syntax problem in the data (Go's asn1.SyntaxError text), or undefined when it is well formed. */
export function derSyntaxError(der: Uint8Array): string | undefined {
  const r = element(der, 0, der.length);
  if (typeof r === "string") return r;
  return r < der.length ? "trailing data" : undefined;
}

/** Checks one element starting at `at` within [at, end); returns the offset after it or an error. */
function element(der: Uint8Array, at: number, end: number): number | string {
  const head = tagAndLength(der, at, end);
  if (typeof head === "string") return head;
  const contentEnd = head.contentStart + head.length;
  if (contentEnd > end) return "data truncated";
  if (head.constructed) {
    for (let p = head.contentStart; p < contentEnd; ) {
      const r = element(der, p, contentEnd);
      if (typeof r === "string") return r;
      p = r;
    }
  }
  return contentEnd;
}

function tagAndLength(der: Uint8Array, start: number, end: number): { contentStart: number; length: number; constructed: boolean } | string {
  let at = start;
  if (at >= end) return "truncated tag or length";
  const b = der[at++]!;
  const constructed = (b & 0x20) !== 0;
  if ((b & 0x1f) === 0x1f) {
    do {
      if (at >= end) return "truncated tag or length";
    } while (der[at++]! & 0x80);
  }
  if (at >= end) return "truncated tag or length";
  const first = der[at++]!;
  if ((first & 0x80) === 0) return { contentStart: at, length: first, constructed };
  const numBytes = first & 0x7f;
  if (numBytes === 0) return "indefinite length found (not DER)";
  let length = 0;
  for (let i = 0; i < numBytes; i++) {
    if (at >= end) return "truncated tag or length";
    const lb = der[at++]!;
    if (length >= 2 ** 23) return "length too large";
    length = length * 256 + lb;
    if (length === 0) return "superfluous leading zeros in length";
  }
  if (length < 0x80) return "non-minimal length";
  return { contentStart: at, length, constructed };
}
