import { Mark, type Marks } from "./marks.js";
import { Value } from "./value.js";

/** Removes marks at every level of a value, returning the clean value and the union of what was removed. */
export function unmarkDeep(v: Value): { value: Value; marks: Marks } {
  if (!containsMarks(v)) return { value: v, marks: Mark.None };
  let marks: Marks = v.marks;
  const raw = v.raw;
  if (Array.isArray(raw) && v.isKnown) {
    const els = (raw as readonly Value[]).map((e) => {
      const r = unmarkDeep(e);
      marks |= r.marks;
      return r.value;
    });
    return { value: Value.of(v.type, els), marks };
  }
  if (raw instanceof Map) {
    const m = new Map<string, Value>();
    for (const [k, e] of raw) {
      const r = unmarkDeep(e);
      marks |= r.marks;
      m.set(k, r.value);
    }
    return { value: Value.of(v.type, m), marks };
  }
  return { value: v.unmark(), marks };
}

/** True when the value or anything inside it carries a mark. */
export function containsMarks(v: Value): boolean {
  if (v.marks !== Mark.None) return true;
  const raw = v.raw;
  if (Array.isArray(raw)) return (raw as readonly Value[]).some(containsMarks);
  if (raw instanceof Map) {
    for (const e of raw.values()) if (containsMarks(e)) return true;
  }
  return false;
}

/** True when the value or anything inside it is sensitive. */
export function containsSensitive(v: Value): boolean {
  if (v.isSensitive) return true;
  const raw = v.raw;
  if (Array.isArray(raw)) return (raw as readonly Value[]).some(containsSensitive);
  if (raw instanceof Map) {
    for (const e of raw.values()) if (containsSensitive(e)) return true;
  }
  return false;
}
