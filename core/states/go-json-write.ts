import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { jsonString } from "../../lang/values/json-marshal.js";
import type { GoJsonNode } from "./go-json-parse.js";

// Go's json.MarshalIndent(v, "", "  ") as Terraform uses it to write state files: the document is
// first marshalled compactly (json.RawMessage fields compacted, with <, >, &, U+2028 and U+2029
// escaped inside strings as the HTML-safe encoder does) and then re-indented by json.Indent, which
// keeps empty arrays and objects as `[]` and `{}` and puts a space after each colon.

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
const WS = new Set([" ", "\t", "\n", "\r"]);

/**
 * Valid JSON text as a json.RawMessage field is written: whitespace between tokens dropped and
 * HTML-sensitive characters in strings escaped; escapes already present are kept as they are.
 */
export function compactRawJson(raw: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (c === "\\") {
        out += c + raw[++i]!;
        continue;
      }
      if (c === '"') inString = false;
      out += HTML_ESCAPES[c] ?? c;
      continue;
    }
    if (WS.has(c)) continue;
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}

/** Compact JSON re-indented as json.Indent does with an empty prefix and `indent`. */
export function goIndent(compact: string, indent = "  "): string {
  let out = "";
  let depth = 0;
  let needIndent = false;
  const newline = (): string => "\n" + indent.repeat(depth);
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (needIndent && c !== "]" && c !== "}") {
      needIndent = false;
      depth++;
      out += newline();
    }
    if (c === '"') {
      const end = stringEnd(compact, i);
      out += compact.slice(i, end);
      i = end - 1;
      continue;
    }
    if (c === "{" || c === "[") {
      needIndent = true;
      out += c;
    } else if (c === ",") {
      out += c + newline();
    } else if (c === ":") {
      out += ": ";
    } else if (c === "}" || c === "]") {
      if (needIndent) needIndent = false;
      else {
        depth--;
        out += newline();
      }
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// The index just past the closing quote of the string starting at `start`.
function stringEnd(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length && s[i] !== '"') i += s[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** A compact JSON object from names and already-encoded values, in the order given (a Go struct's field order). */
export function jsonObject(members: readonly (readonly [string, string])[]): string {
  return `{${members.map(([k, v]) => `${jsonString(k)}:${v}`).join(",")}}`;
}

/** A compact JSON array from already-encoded elements. */
export function jsonArray(elements: readonly string[]): string {
  return `[${elements.join(",")}]`;
}

/** json.Marshal of a value decoded into interface{}: map keys sorted, numbers as float64 are written. */
export function goMarshalNode(n: GoJsonNode): string {
  switch (n.kind) {
    case "null":
      return "null";
    case "bool":
      return String(n.value);
    case "number":
      return goJsonFloat(Number(n.text));
    case "string":
      return jsonString(n.value);
    case "array":
      return jsonArray(n.items.map(goMarshalNode));
    case "object": {
      const last = new Map<string, GoJsonNode>();
      for (const m of n.members) last.set(m.key, m.value);
      return jsonObject([...last.keys()].sort(compareCodePoints).map((k) => [k, goMarshalNode(last.get(k)!)]));
    }
  }
}

// encoding/json's float64 form, which JavaScript's shortest form matches except for negative zero.
function goJsonFloat(f: number): string {
  return Object.is(f, -0) ? "-0" : String(f);
}
