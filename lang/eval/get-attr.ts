import type { EvalResult } from "../hcl/expression.js";
import type { Range } from "../source/range.js";
import { typeFriendlyName, isPrimitive, type Type } from "../types/type.js";
import { DynamicVal, Value } from "../values/value.js";
import { fail, ok } from "./result.js";
import { goQuote } from "../text/go-quote.js";

const UNSUPPORTED = "Unsupported attribute";

/**
 * `obj.name` as HCL's GetAttr does it: objects by attribute, maps by key, unknowns stay unknown, marks on
 * the object carry over to the result, and the errors hcl reports for everything else.
 */
export function getAttr(obj: Value, name: string, subject: Range): EvalResult {
  if (obj.isNull) {
    return fail("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", subject);
  }
  const t = obj.type;
  switch (t.kind) {
    case "object":
      return objectAttr(obj, t.attributes, name, subject);
    case "map":
      return mapElement(obj, t.element, name, subject);
    case "dynamic":
      return ok(DynamicVal.mark(obj.marks));
    default:
      return fail(UNSUPPORTED, notAttributeDetail(t, name), subject);
  }
}

function objectAttr(obj: Value, attrs: ReadonlyMap<string, Type>, name: string, subject: Range): EvalResult {
  const at = attrs.get(name);
  if (!at) return fail(UNSUPPORTED, `This object does not have an attribute named ${goQuote(name)}.`, subject);
  if (!obj.isKnown) return ok(Value.unknown(at).mark(obj.marks));
  return ok(obj.entries().get(name)!.mark(obj.marks));
}

function mapElement(obj: Value, element: Type, name: string, subject: Range): EvalResult {
  if (!obj.isKnown) return ok(Value.unknown(element).mark(obj.marks));
  const v = obj.entries().get(name);
  if (!v) return fail("Missing map element", `This map does not have an element with the key ${goQuote(name)}.`, subject);
  return ok(v.mark(obj.marks));
}

function notAttributeDetail(t: Type, name: string): string {
  if (t.kind === "list" && t.element.kind === "object") {
    return t.element.attributes.has(name)
      ? `Can't access attributes on a list of objects. Did you mean to access attribute ${goQuote(name)} for a specific element of the list, or across all elements of the list?`
      : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?";
  }
  if (t.kind === "set" && t.element.kind === "object") {
    return "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?";
  }
  if (isPrimitive(t)) return `Can't access attributes on a primitive-typed value (${typeFriendlyName(t)}).`;
  return "This value does not have any attributes.";
}
