import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../../lang/eval/evaluate.js";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { NativeExpression } from "../../../lang/eval/native-expression.js";
import type { Block } from "../../../lang/hcl/body.js";
import { hasErrors } from "../../../lang/source/diagnostics.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { typeConstraintWithDefaults } from "../../../lang/types/type-constraint.js";
import { DynamicPseudoType } from "../../../lang/types/type.js";
import type { CheckRule, Variable } from "../../../core/configs/model.js";

// Variable records for the fixtures, decoded from their main.tf much as the configuration loader
// decodes `variable` blocks (the loader is not what these tests are about, so only the happy path).

const SCHEMA = {
  attributes: ["description", "default", "type", "sensitive", "nullable", "ephemeral"].map((name) => ({ name })),
  blocks: [{ type: "validation" }],
};

/** The variables a fixture's main.tf declares, by name. */
export function declareVariables(dir: string): Map<string, Variable> {
  const { file, diagnostics } = parseConfig(readFileSync(join(dir, "main.tf"), "utf8"), "main.tf");
  if (hasErrors(diagnostics)) throw new Error(`main.tf of ${dir} does not parse`);
  const { content } = nativeFileBody(file).partialContent({ blocks: [{ type: "variable", labelNames: ["name"] }] });
  return new Map(content.blocks.map((b) => [b.labels[0]!, decodeVariable(b)]));
}

function decodeVariable(block: Block): Variable {
  const { content, diagnostics } = block.body.content(SCHEMA);
  if (hasErrors(diagnostics)) throw new Error(`variable ${block.labels[0]} does not decode`);
  const attrs = content.attributes;
  const constant = (name: string): unknown => attrs.get(name)?.expr.value(null).value.raw;
  const typeExpr = attrs.get("type")?.expr as NativeExpression | undefined;
  const typed = typeExpr && typeConstraintWithDefaults(typeExpr.node, (e) => evaluate(e, null));
  const variable: Variable = {
    name: block.labels[0]!,
    type: typed?.type ?? DynamicPseudoType,
    typeSet: typed !== undefined,
    sensitive: constant("sensitive") === true,
    ephemeral: constant("ephemeral") === true,
    nullable: constant("nullable") !== false,
    validations: content.blocks.map(decodeRule),
    declRange: block.defRange,
  };
  const description = constant("description");
  return {
    ...variable,
    ...(typeof description === "string" && { description }),
    ...(attrs.has("default") && { default: attrs.get("default")!.expr }),
    ...(typed?.defaults && { typeDefaults: typed.defaults }),
  };
}

function decodeRule(block: Block): CheckRule {
  const { content } = block.body.content({ attributes: [{ name: "condition" }, { name: "error_message" }] });
  return { condition: content.attributes.get("condition")!.expr, errorMessage: content.attributes.get("error_message")!.expr, range: block.defRange };
}
