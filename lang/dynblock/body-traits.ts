import type { Body } from "../hcl/body.js";
import { Mark, type Marks } from "../values/marks.js";

// What an expanded body can tell a decoder beyond its content (hcldec's MarkedBody and UnknownBody):
// the marks of the for_each value that generated it, and whether it stands for blocks whose for_each
// was unknown. A block is not a value, so these let the decoder put them on the block's object value.

/** A body that knows the marks its whole decoded value should carry. */
export interface MarkedBody extends Body {
  bodyValueMarks(): Marks;
}

/** A body standing in for an unknown number of blocks: its decoded value should be wholly unknown. */
export interface UnknownBody extends Body {
  isUnknown(): boolean;
}

/** The marks the decoded value of `body` should carry (none for ordinary bodies). */
export function bodyValueMarks(body: Body): Marks {
  const m = body as Partial<MarkedBody>;
  return typeof m.bodyValueMarks === "function" ? m.bodyValueMarks() : Mark.None;
}

/** True when `body` is the placeholder generated for a dynamic block whose for_each is unknown. */
export function isUnknownBody(body: Body): boolean {
  const u = body as Partial<UnknownBody>;
  return typeof u.isUnknown === "function" && u.isUnknown();
}
