import type { Block, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { CheckRule } from "./model.js";

const CHECK_RULE_SCHEMA: BodySchema = {
  attributes: [
    { name: "condition", required: true },
    { name: "error_message", required: true },
  ],
};

/**
 * Decodes a condition block (`validation`, `precondition`, `postcondition`, `assert`) with Terraform's
 * rules (configs.decodeCheckRuleBlock): both arguments required, the condition must refer to something,
 * and override files may not contain them. The rule is absent when an argument is missing;
 * `condition` is there whenever it was given.
 */
export function decodeCheckRuleBlock(
  block: Block,
  override: boolean,
): { rule?: CheckRule; condition?: Expression; diagnostics: Diagnostic[] } {
  if (override) {
    const detail = `Override files cannot override ${goQuote(block.type)} blocks.`;
    return { diagnostics: [errorDiag(`Can't override ${block.type} blocks`, detail, block.defRange)] };
  }
  const { content, diagnostics } = block.body.content(CHECK_RULE_SCHEMA);
  const condition = content.attributes.get("condition");
  const errorMessage = content.attributes.get("error_message");
  if (condition && condition.expr.variables().length === 0) {
    const detail =
      "The condition expression must refer to at least one object from elsewhere in the configuration, or else its result would not be checking anything.";
    diagnostics.push(errorDiag(`Invalid ${block.type} expression`, detail, condition.expr.range));
  }
  if (!condition) return { diagnostics };
  if (!errorMessage) return { condition: condition.expr, diagnostics };
  const rule = { condition: condition.expr, errorMessage: errorMessage.expr, range: block.defRange };
  return { rule, condition: condition.expr, diagnostics };
}
