import type { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Expression } from "../../lang/hcl/expression.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { Value } from "../../lang/values/value.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { IntKey, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { evaluateCount } from "./count.js";
import { evaluateForEach } from "./for-each.js";

// How a resource or module call expands into instances (instances.expansion* in Terraform): one
// unkeyed instance, `count` integer keys, or `for_each` string keys, and the `count.index` /
// `each.key` / `each.value` each instance sees.

/** The expansion of one resource or module call: single, counted or for_each, possibly not yet known. */
export type Expansion =
  | { readonly kind: "single" }
  | { readonly kind: "count"; readonly count: number | "unknown" }
  | { readonly kind: "forEach"; readonly map: ReadonlyMap<string, Value> | "unknown" };

/** The single-instance expansion of a block without `count` or `for_each`. */
export const SINGLE: Expansion = Object.freeze({ kind: "single" });

/** The instance keys in Terraform's order (`[0]`, `[1]`...; string keys by code point); `null` is the single unkeyed instance. */
export function instanceKeysFor(e: Expansion): readonly (InstanceKey | null)[] | "unknown" {
  switch (e.kind) {
    case "single":
      return [null];
    case "count":
      return e.count === "unknown" ? "unknown" : Array.from({ length: e.count }, (_, i) => new IntKey(i));
    case "forEach":
      return e.map === "unknown" ? "unknown" : [...e.map.keys()].sort(compareCodePoints).map((k) => new StringKey(k));
  }
}

/** What an instance's expressions see of its key: `count.index`, or `each.key` and `each.value`. */
export interface RepetitionData {
  readonly countIndex?: Value;
  readonly eachKey?: Value;
  readonly eachValue?: Value;
}

/** The repetition data of the instance with the given key (instances.RepetitionData). */
export function repetitionData(e: Expansion, key: InstanceKey | null): RepetitionData {
  if (e.kind === "count" && key instanceof IntKey) return { countIndex: key.value() };
  if (e.kind === "forEach" && key instanceof StringKey && e.map !== "unknown") {
    const value = e.map.get(key.key);
    if (value !== undefined) return { eachKey: key.value(), eachValue: value };
  }
  return {};
}

/** The meta-arguments that decide an expansion; at most one is set (configuration decoding rejects both). */
export interface RepetitionArgs {
  readonly count?: Expression;
  readonly forEach?: Expression;
}

/** Evaluates whichever of `count` and `for_each` is set into an expansion. */
export function evaluateExpansion(
  args: RepetitionArgs,
  ctx: EvalContext | null,
  options: { readonly allowUnknown?: boolean } = {},
): { expansion?: Expansion; diagnostics: Diagnostic[] } {
  if (args.count) {
    const r = evaluateCount(args.count, ctx, options);
    return r.count === undefined ? r : { expansion: { kind: "count", count: r.count }, diagnostics: r.diagnostics };
  }
  if (args.forEach) {
    const r = evaluateForEach(args.forEach, ctx, options);
    return r.map === undefined ? r : { expansion: { kind: "forEach", map: r.map }, diagnostics: r.diagnostics };
  }
  return { expansion: SINGLE, diagnostics: [] };
}
