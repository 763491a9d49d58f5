import type { Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange } from "../../lang/source/range.js";
import type { Check, CheckRule, Resource } from "./model.js";
import { decodeDataBlock } from "./resource.js";
import { decodeCheckRuleBlock } from "./check-rule.js";
import { BAD_IDENTIFIER_DETAIL, validIdentifier } from "./decode-value.js";

// `check "name" { data "t" "n" { ... } assert { condition = ..., error_message = ... } }`
// (configs.decodeCheckBlock): a check with its own scoped data source and its assertions.

const checkSchema: BodySchema = {
  blocks: [{ type: "data", labelNames: ["type", "name"] }, { type: "assert" }],
};

/** Decodes a `check` block: at most one scoped data source and at least one valid `assert`. */
export function decodeCheckBlock(block: Block): { check?: Check; diagnostics: Diagnostic[] } {
  const name = block.labels[0]!;
  const { content, diagnostics } = block.body.content(checkSchema);
  if (!validIdentifier(name)) diagnostics.push(errorDiag("Invalid check block name", BAD_IDENTIFIER_DETAIL, block.labelRanges[0]!));
  let dataResource: Resource | undefined;
  const asserts: CheckRule[] = [];
  for (const b of content.blocks) {
    if (b.type === "data") {
      if (dataResource) {
        const detail = `This check block already has a data resource defined at ${formatRange(dataResource.declRange)}.`;
        diagnostics.push(errorDiag("Multiple data resource blocks", detail, b.defRange));
        continue;
      }
      const r = decodeDataBlock(b, true);
      diagnostics.push(...r.diagnostics);
      if (!hasErrors(r.diagnostics)) dataResource = r.resource;
    } else {
      const r = decodeCheckRuleBlock(b, false);
      diagnostics.push(...r.diagnostics);
      if (!hasErrors(r.diagnostics) && r.rule) asserts.push(r.rule);
    }
  }
  if (asserts.length === 0) {
    diagnostics.push(errorDiag("Zero assert blocks", "Check blocks must have at least one assert block.", block.defRange));
  }
  const check: Check = { name, ...(dataResource ? { dataResource } : {}), asserts, declRange: block.defRange };
  return { check, diagnostics };
}
