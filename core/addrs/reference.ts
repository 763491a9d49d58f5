import type { Range } from "../../lang/source/range.js";
import type { LiteralValue, TraverseAttr, TraverseIndex } from "../../lang/syntax/ast.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { BigNum } from "../../lang/values/number.js";
import type { CountAttr, ForEachAttr, PathAttr, SelfAddr, TerraformAttr } from "./builtin-objects.js";
import type { ModuleCall, ModuleCallInstance, ModuleCallInstanceOutput } from "./module-call.js";
import type { Check, InputVariable, LocalValue, OutputValue } from "./named-values.js";
import type { Resource, ResourceInstance } from "./resource.js";

/** Everything an expression can refer to in its module (addrs.Referenceable); tell them apart by `kind`. */
export type Referenceable =
  | InputVariable
  | LocalValue
  | ModuleCall
  | ModuleCallInstance
  | ModuleCallInstanceOutput
  | Resource
  | ResourceInstance
  | PathAttr
  | TerraformAttr
  | CountAttr
  | ForEachAttr
  | SelfAddr
  | OutputValue
  | Check;

/** The steps after the part of a traversal that names a referenceable object. */
export type RemainingTraversal = readonly (TraverseAttr | TraverseIndex)[];

/** A reference found in an expression: what it names, where, and the attribute/index steps after it (addrs.Reference). */
export interface Reference {
  readonly subject: Referenceable;
  /** The source of the subject part only (`var.a` in `var.a.b[0]`). */
  readonly sourceRange: Range;
  /** What follows the subject (`.b[0]` in `var.a.b[0]`); empty when nothing does. */
  readonly remaining: RemainingTraversal;
}

/** The reference written back roughly as in the source, for messages (Reference.DisplayString). */
export function displayString(ref: Reference): string {
  let out = ref.subject.toString();
  for (const step of ref.remaining) {
    out += step.type === "TraverseAttr" ? `.${step.name}` : `[${indexText(step.key)}]`;
  }
  return out;
}

function indexText(key: LiteralValue): string {
  if (key.kind === "string") return goQuote(key.value);
  if (key.kind === "number") return BigNum.parse(key.text)?.text("g", 10) ?? key.text;
  return "";
}
