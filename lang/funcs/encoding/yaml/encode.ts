import { compareStrings } from "../../../types/type.js";
import type { Value } from "../../../values/value.js";
import { Emitter, type EmitEvent } from "./emitter.js";

// yamlencode's mapping of values to YAML (go-cty-yaml's Marshal): strings double-quoted, or literal
// blocks when they contain a newline; numbers, bools and null plain; lists, sets and tuples as block
// sequences; maps and objects as block mappings in key order.

function events(v: Value, out: EmitEvent[]): void {
  if (v.isNull) {
    out.push({ type: "scalar", value: "null", style: "plain" });
    return;
  }
  switch (v.type.kind) {
    case "string": {
      const s = v.asString();
      out.push({ type: "scalar", value: s, style: s.includes("\n") ? "literal" : "double" });
      return;
    }
    case "number":
      out.push({ type: "scalar", value: v.asNumber().toString(), style: "plain" });
      return;
    case "bool":
      out.push({ type: "scalar", value: v.asBool() ? "true" : "false", style: "plain" });
      return;
    case "list":
    case "set":
    case "tuple":
      out.push({ type: "sequence-start" });
      for (const e of v.elements()) events(e, out);
      out.push({ type: "sequence-end" });
      return;
    case "map":
    case "object":
      out.push({ type: "mapping-start" });
      for (const [k, e] of [...v.entries()].sort(([a], [b]) => compareStrings(a, b))) {
        out.push({ type: "scalar", value: k, style: k.includes("\n") ? "literal" : "double" });
        events(e, out);
      }
      out.push({ type: "mapping-end" });
      return;
    case "dynamic":
      throw new Error("yamlencode of a known value of unknown type");
  }
}

/** The YAML document for a wholly known value. */
export function encodeYaml(v: Value): string {
  const out: EmitEvent[] = [];
  events(v, out);
  return new Emitter(out).emit();
}
