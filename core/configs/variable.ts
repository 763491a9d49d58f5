import type { Attribute, Block, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { applyDefaults } from "../../lang/types/defaults.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { DynamicPseudoType } from "../../lang/types/type.js";
import { DynamicVal } from "../../lang/values/value.js";
import { decodeCheckRuleBlock } from "./check-rule.js";
import { BAD_IDENTIFIER_DETAIL, decodeBool, decodeString, validIdentifier } from "./decode-value.js";
import type { VariableDecl } from "./file-contents.js";
import { MODULE_BLOCK_SCHEMA } from "./module-call.js";
import { decodeVariableType } from "./variable-type.js";

const VARIABLE_SCHEMA: BodySchema = {
  attributes: [{ name: "description" }, { name: "default" }, { name: "type" }, { name: "sensitive" }, { name: "ephemeral" }, { name: "nullable" }],
  blocks: [{ type: "validation" }],
};

/**
 * Decodes a `variable` block (configs.decodeVariableBlock): name rules, the type constraint, the
 * default converted to it, the flags and validation rules. In override files nothing defaults, so
 * merging can tell which arguments were set.
 */
export function decodeVariableBlock(block: Block, override: boolean): { variable: VariableDecl; diagnostics: Diagnostic[] } {
  const name = block.labels[0]!;
  const v: VariableDecl = {
    name,
    typeSet: false,
    descriptionSet: false,
    sensitive: false,
    sensitiveSet: false,
    ephemeral: false,
    ephemeralSet: false,
    nullable: true,
    nullableSet: false,
    validations: [],
    declRange: block.defRange,
  };
  if (!override) v.type = DynamicPseudoType;
  const { content, diagnostics } = block.body.content(VARIABLE_SCHEMA);
  diagnostics.push(...checkVariableName(name, block));
  const attrs = content.attributes;
  decodeFlags(v, attrs, diagnostics);
  const typeAttr = attrs.get("type");
  if (typeAttr) {
    const t = decodeVariableType(typeAttr.expr);
    diagnostics.push(...t.diagnostics);
    v.type = t.type;
    v.typeSet = true;
    if (t.defaults) v.typeDefaults = t.defaults;
  }
  const defaultAttr = attrs.get("default");
  if (defaultAttr) diagnostics.push(...decodeDefault(v, defaultAttr));
  for (const inner of content.blocks) {
    const r = decodeCheckRuleBlock(inner, override);
    diagnostics.push(...r.diagnostics);
    if (r.condition) diagnostics.push(...checkValidationRefs(name, r.condition));
    if (r.rule) v.validations.push(r.rule);
  }
  return { variable: v, diagnostics };
}

function checkVariableName(name: string, block: Block): Diagnostic[] {
  const out: Diagnostic[] = [];
  const subject = block.labelRanges[0]!;
  if (!validIdentifier(name)) out.push(errorDiag("Invalid variable name", BAD_IDENTIFIER_DETAIL, subject));
  const reserved = [...(MODULE_BLOCK_SCHEMA.attributes ?? []).map((a) => a.name), ...(MODULE_BLOCK_SCHEMA.blocks ?? []).map((b) => b.type)];
  if (reserved.includes(name)) {
    const detail = `The variable name ${goQuote(name)} is reserved due to its special meaning inside module blocks.`;
    out.push(errorDiag("Invalid variable name", detail, subject));
  }
  return out;
}

// description, sensitive, ephemeral and nullable, in the order Terraform reads them.
function decodeFlags(v: VariableDecl, attrs: ReadonlyMap<string, Attribute>, diagnostics: Diagnostic[]): void {
  const description = attrs.get("description");
  if (description) {
    const r = decodeString(description.expr);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined) v.description = r.value;
    v.descriptionSet = true;
  }
  for (const flag of ["sensitive", "ephemeral", "nullable"] as const) {
    const attr = attrs.get(flag);
    if (!attr) continue;
    const r = decodeBool(attr.expr);
    diagnostics.push(...r.diagnostics);
    v[flag] = r.value ?? false;
    v[`${flag}Set`] = true;
  }
}

// The default is evaluated as a constant, given the type's optional-attribute defaults and converted.
function decodeDefault(v: VariableDecl, attr: Attribute): Diagnostic[] {
  const r = attr.expr.value(null);
  const diagnostics = [...r.diagnostics];
  let value = r.value;
  if (v.type) {
    const withDefaults = v.typeDefaults && !value.isNull ? applyDefaults(value, v.typeDefaults) : value;
    const converted = convert(withDefaults, v.type);
    if (converted instanceof ConversionError) {
      const detail = `This default value is not compatible with the variable's type constraint: ${formatConversionError(converted)}.`;
      diagnostics.push(errorDiag("Invalid default value for variable", detail, attr.expr.range));
      value = DynamicVal;
    } else {
      value = converted;
    }
  }
  if (!v.nullable && value.isNull) {
    diagnostics.push(errorDiag("Invalid default value for variable", "A null default value is not valid when nullable=false.", attr.expr.range));
  }
  v.default = attr.expr;
  v.defaultValue = value;
  return diagnostics;
}

// A validation condition must refer to the variable it validates (configs.checkVariableValidationBlock).
function checkValidationRefs(name: string, condition: Expression): Diagnostic[] {
  const refersToSelf = condition.variables().some((t) => {
    const step = t[1];
    return t[0].name === "var" && step?.type === "TraverseAttr" && step.name === name;
  });
  if (refersToSelf) return [];
  const detail = `The condition for variable ${goQuote(name)} must refer to var.${name} in order to test incoming values.`;
  return [errorDiag("Invalid variable validation condition", detail, condition.range)];
}
