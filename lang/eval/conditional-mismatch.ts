import { compareStrings, typeEquals, typeFriendlyName, type Type } from "../types/type.js";
import { goQuote } from "../text/go-quote.js";

/**
 * Says how the types of a conditional's two results differ, for "Inconsistent conditional result types"
 * (hclsyntax's describeConditionalTypeMismatch). Only meaningful for types that do not unify.
 */
export function describeConditionalTypeMismatch(trueTy: Type, falseTy: Type): string {
  const specific = describeStructural(trueTy, falseTy);
  if (specific !== undefined) return specific;
  const trueName = typeFriendlyName(trueTy);
  const falseName = typeFriendlyName(falseTy);
  if (trueName === falseName) {
    return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
  }
  return `The 'true' value is ${trueName}, but the 'false' value is ${falseName}`;
}

function describeStructural(trueTy: Type, falseTy: Type): string | undefined {
  if (trueTy.kind === "object" && falseTy.kind === "object") return describeObjects(trueTy.attributes, falseTy.attributes);
  if (trueTy.kind === "tuple" && falseTy.kind === "tuple") return describeTuples(trueTy.elements, falseTy.elements);
  if (isCollection(trueTy) && isCollection(falseTy) && trueTy.kind === falseTy.kind) {
    const te = trueTy.element;
    const fe = falseTy.element;
    const bothStructural = (te.kind === "object" && fe.kind === "object") || (te.kind === "tuple" && fe.kind === "tuple");
    if (bothStructural) return `Mismatched ${trueTy.kind} element types: ${describeConditionalTypeMismatch(te, fe)}`;
  }
  return undefined;
}

function describeObjects(trueAttrs: ReadonlyMap<string, Type>, falseAttrs: ReadonlyMap<string, Type>): string | undefined {
  for (const name of [...trueAttrs.keys()].sort(compareStrings)) {
    const fa = falseAttrs.get(name);
    if (!fa) return `The 'true' value includes object attribute ${goQuote(name)}, which is absent in the 'false' value`;
    const ta = trueAttrs.get(name)!;
    if (!typeEquals(ta, fa)) {
      return `Type mismatch for object attribute ${goQuote(name)}: ${describeConditionalTypeMismatch(ta, fa)}`;
    }
  }
  for (const name of [...falseAttrs.keys()].sort(compareStrings)) {
    if (!trueAttrs.has(name)) return `The 'false' value includes object attribute ${goQuote(name)}, which is absent in the 'true' value`;
  }
  return undefined;
}

function describeTuples(trueEls: readonly Type[], falseEls: readonly Type[]): string | undefined {
  if (trueEls.length !== falseEls.length) {
    return `The 'true' tuple has length ${trueEls.length}, but the 'false' tuple has length ${falseEls.length}`;
  }
  for (let i = 0; i < trueEls.length; i++) {
    if (!typeEquals(trueEls[i]!, falseEls[i]!)) {
      return `Type mismatch for tuple element ${i}: ${describeConditionalTypeMismatch(trueEls[i]!, falseEls[i]!)}`;
    }
  }
  return undefined;
}

function isCollection(t: Type): t is Extract<Type, { element: Type }> {
  return t.kind === "list" || t.kind === "set" || t.kind === "map";
}
