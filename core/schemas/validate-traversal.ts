import { literalValue } from "../../lang/eval/literal.js";
import { traverseRel } from "../../lang/eval/traversal.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { TraverseAttr, TraverseIndex } from "../../lang/syntax/ast.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { nameSuggestion } from "../../lang/text/name-suggestion.js";
import { Value } from "../../lang/values/value.js";
import { attributeType, type BlockSchema, type NestedBlock } from "../../providers/schema.js";
import { validIdentifier } from "../configs/decode-value.js";

// References into a resource checked against its schema before anything is evaluated (configschema's
// StaticValidateTraversal, which `terraform validate` runs for `aws_instance.x.nope`): each step must
// name an argument, a block type or an exported attribute; list blocks need an index, set blocks
// cannot be indexed; what follows an attribute is checked as HCL would traverse an unknown value of
// its type. Reading a deprecated attribute is a warning.

/** The steps after a resource reference's address (`.nope` in `aws_instance.x.nope`). */
export type TraversalSteps = readonly (TraverseAttr | TraverseIndex)[];

/** Terraform's diagnostics for `steps` read from an object of the schema's type; none when they may be valid. */
export function validateTraversal(schema: BlockSchema, steps: TraversalSteps): Diagnostic[] {
  const [next, ...after] = steps;
  if (!next) return [];
  if (next.type === "TraverseIndex") return [indexAtBlock(next)];
  const name = next.name;
  const a = schema.attributes[name];
  if (a) {
    const diagnostics: Diagnostic[] = [];
    if (a.deprecated) {
      const detail = `The attribute ${goQuote(name)} is deprecated. Refer to the provider documentation for details.`;
      diagnostics.push(warningDiag("Deprecated attribute", detail, next.range));
    }
    return [...diagnostics, ...traverseRel(Value.unknown(attributeType(a)), after).diagnostics];
  }
  const nb = schema.blocks?.[name];
  if (nb) return validateInBlockType(name, nb, after);
  const candidates = [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})].sort();
  const suggestion = nameSuggestion(name, candidates);
  const hint = suggestion ? ` Did you mean ${goQuote(suggestion)}?` : "";
  const detail = `This object has no argument, nested block, or exported attribute named ${goQuote(name)}.${hint}`;
  return [errorDiag("Unsupported attribute", detail, next.range)];
}

/** An index step right at a block: only attribute access is allowed there. */
function indexAtBlock(step: TraverseIndex): Diagnostic {
  const key = literalValue(step.key);
  if (key.type.kind === "string" && key.isKnown && !key.isNull && validIdentifier(key.asString())) {
    const detail = `Only attribute access is allowed here. Did you mean to access attribute ${goQuote(key.asString())} using the dot operator?`;
    return errorDiag("Invalid index operation", detail, step.range);
  }
  return errorDiag("Invalid index operation", "Only attribute access is allowed here, using the dot operator.", step.range);
}

/** Steps into a nested block type's value: straight in for single blocks, through an index for lists and maps. */
function validateInBlockType(typeName: string, nb: NestedBlock, steps: TraversalSteps): Diagnostic[] {
  if (nb.nesting === "single" || nb.nesting === "group") return validateTraversal(nb.block, steps);
  const [next, ...after] = steps;
  if (!next) return [];
  switch (nb.nesting) {
    case "set": {
      const detail = `Block type ${goQuote(typeName)} is represented by a set of objects, and set elements do not have addressable keys. To find elements matching specific criteria, use a "for" expression with an "if" clause.`;
      return [errorDiag("Cannot index a set value", detail, next.range)];
    }
    case "list": {
      if (next.type === "TraverseIndex") return validateTraversal(nb.block, after);
      const detail = `Block type ${goQuote(typeName)} is represented by a list of objects, so it must be indexed using a numeric key, like .${typeName}[0].`;
      return [errorDiag("Invalid operation", detail, next.range)];
    }
    case "map":
      return validateTraversal(nb.block, after);
  }
}
