import type { Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { decodeCheckRuleBlock } from "./check-rule.js";
import { BAD_IDENTIFIER_DETAIL, decodeBool, decodeString, schemaForOverrides, validIdentifier } from "./decode-value.js";
import { decodeDependsOn } from "./depends-on.js";
import type { OutputDecl } from "./file-contents.js";

const OUTPUT_SCHEMA: BodySchema = {
  attributes: [
    { name: "description" },
    { name: "value", required: true },
    { name: "depends_on" },
    { name: "sensitive" },
    { name: "ephemeral" },
  ],
  blocks: [{ type: "precondition" }, { type: "postcondition" }],
};

/** Decodes an `output` block (configs.decodeOutputBlock); in override files `value` is optional. */
export function decodeOutputBlock(block: Block, override: boolean): { output: OutputDecl; diagnostics: Diagnostic[] } {
  const o: OutputDecl = {
    name: block.labels[0]!,
    sensitive: false,
    sensitiveSet: false,
    ephemeral: false,
    ephemeralSet: false,
    dependsOn: [],
    preconditions: [],
    declRange: block.defRange,
    missingValueRange: block.body.missingItemRange(),
  };
  const { content, diagnostics } = block.body.content(override ? schemaForOverrides(OUTPUT_SCHEMA) : OUTPUT_SCHEMA);
  if (!validIdentifier(o.name)) diagnostics.push(errorDiag("Invalid output name", BAD_IDENTIFIER_DETAIL, block.labelRanges[0]!));
  const attrs = content.attributes;
  const description = attrs.get("description");
  if (description) {
    const r = decodeString(description.expr);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined) o.description = r.value;
  }
  const value = attrs.get("value");
  if (value) o.expr = value.expr;
  for (const flag of ["sensitive", "ephemeral"] as const) {
    const attr = attrs.get(flag);
    if (!attr) continue;
    const r = decodeBool(attr.expr);
    diagnostics.push(...r.diagnostics);
    o[flag] = r.value ?? false;
    o[`${flag}Set`] = true;
  }
  const dependsOn = attrs.get("depends_on");
  if (dependsOn) {
    const r = decodeDependsOn(dependsOn);
    diagnostics.push(...r.diagnostics);
    o.dependsOn.push(...r.traversals);
  }
  for (const inner of content.blocks) diagnostics.push(...decodeCondition(o, inner, override));
  return { output: o, diagnostics };
}

function decodeCondition(o: OutputDecl, block: Block, override: boolean): Diagnostic[] {
  if (block.type === "postcondition") {
    const detail = "Output values can only have preconditions, not postconditions.";
    return [errorDiag("Postconditions are not allowed", detail, block.typeRange)];
  }
  const r = decodeCheckRuleBlock(block, override);
  if (r.rule) o.preconditions.push(r.rule);
  return r.diagnostics;
}
