import { bodyValueMarks } from "../../lang/dynblock/body-traits.js";
import { expandDynamicBlocks } from "../../lang/dynblock/index.js";
import type { Attribute, Block, Body } from "../../lang/hcl/body.js";
import type { EvalContext } from "../../lang/hcl/eval-context.js";
import { errorDiag, type Diagnostic, type DiagnosticExpression } from "../../lang/source/diagnostics.js";
import { rangeBetween, type Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { ConversionError, convert } from "../../lang/types/convert.js";
import { typeEquals, type ObjectType } from "../../lang/types/type.js";
import { Value } from "../../lang/values/value.js";
import { attributeType, type BlockSchema, type SchemaAttribute } from "../../providers/schema.js";
import { ambiguousNames, effectiveSchema, namesWrittenAsBlocks, objectElementType, schemaForElementType, skipFixup } from "./block-to-attr.js";
import { attributeSpecType, bodySchemaOf } from "./decoder-spec.js";
import { decodeNestedBlocks, type Decoded } from "./nested-blocks.js";

// A resource's, data source's or provider's configuration body as a value of its schema (Terraform's
// EvaluateBlock): dynamic blocks expanded (dynblock.Expand), then the body decoded as hcldec.Decode
// does with the spec configschema derives: its content read with the schema, which reports what the
// schema does not allow; each argument evaluated and converted to its type; each block type's blocks
// decoded into one value. Unless the schema rules it out, the block-to-attribute fixup lets
// list-of-object arguments be written as blocks, which are then decoded as the argument's elements.

/**
 * The body decoded against the schema in `ctx`, which should hold every reference blockReferences
 * finds: a value of the schema's implied type (unknown where expressions are unknown, null for absent
 * arguments) and Terraform's diagnostics for everything the schema does not allow.
 */
export function decodeBlock(body: Body, schema: BlockSchema, ctx: EvalContext): Decoded {
  return decodeBody(expandDynamicBlocks(body, ctx), schema, ctx, !skipFixup(schema));
}

/**
 * A body whose dynamic blocks are expanded, decoded into a value of the schema's implied type. `fixup`
 * says whether the block-to-attribute fixup applies (Terraform applies it unless skipFixup says no).
 */
function decodeBody(body: Body, schema: BlockSchema, ctx: EvalContext, fixup: boolean): Decoded {
  const asBlocks = fixup ? namesWrittenAsBlocks(body, ambiguousNames(schema), true) : new Set<string>();
  const { content, diagnostics } = body.content(effectiveSchema(bodySchemaOf(schema), asBlocks));
  const values = new Map<string, Value>();
  for (const [name, a] of Object.entries(schema.attributes)) {
    const r = asBlocks.has(name)
      ? decodeBlocksAsArgument(name, a, content.blocks, ctx)
      : decodeArgument(name, a, content.attributes.get(name), ctx);
    values.set(name, r.value);
    diagnostics.push(...r.diagnostics);
  }
  for (const [name, nb] of Object.entries(schema.blocks ?? {})) {
    if (values.has(name)) continue;
    const r = decodeNestedBlocks(name, nb, content, (child) => decodeBody(child, nb.block, ctx, fixup));
    values.set(name, r.value);
    diagnostics.push(...r.diagnostics);
  }
  // A body the fixup wraps does not pass on the marks of the dynamic block that generated it.
  const value = Value.object(values);
  return { value: fixup ? value : value.mark(bodyValueMarks(body)), diagnostics };
}

/** One argument (hcldec AttrSpec): null when absent, else its value converted to the argument's type. */
function decodeArgument(name: string, a: SchemaAttribute, attr: Attribute | undefined, ctx: EvalContext): Decoded {
  if (!attr) return { value: Value.null(attributeType(a)), diagnostics: [] };
  const r = attr.expr.value(ctx);
  const expression = { variables: () => attr.expr.variables(), ctx };
  return convertArgument(name, a, r, attr.expr.range, rangeBetween(attr.nameRange, attr.expr.range), expression);
}

/**
 * `r`'s value converted to the argument's type; when it cannot be, hcl's "Incorrect attribute value
 * type" and an unknown value of the type.
 */
function convertArgument(name: string, a: SchemaAttribute, r: Decoded, subject: Range, context: Range, expression?: DiagnosticExpression): Decoded {
  const converted = convert(r.value, attributeSpecType(a));
  if (!(converted instanceof ConversionError)) return { value: converted, diagnostics: r.diagnostics };
  const detail = `Inappropriate value for attribute ${goQuote(name)}: ${converted.message}.`;
  const invalid = errorDiag("Incorrect attribute value type", detail, subject, context);
  const diagnostics = [...r.diagnostics, expression ? { ...invalid, expression } : invalid];
  return { value: Value.unknown(attributeType(a)), diagnostics };
}

/**
 * A list-or-set-of-objects argument written as blocks (blocktoattr's fixupBlocksExpr): each block
 * decoded with the element type's schema, the list of them converted as the argument's value. The
 * first block stands for the argument where a range is needed.
 */
function decodeBlocksAsArgument(name: string, a: SchemaAttribute, all: readonly Block[], ctx: EvalContext): Decoded {
  const blocks = all.filter((b) => b.type === name);
  if (blocks.length === 0) return { value: Value.null(attributeType(a)), diagnostics: [] };
  const elementType = objectElementType(a.type!, false)!;
  const elements = decodeElements(blocks, elementType, ctx);
  const first = blocks[0]!;
  return convertArgument(name, a, elements, first.defRange, rangeBetween(first.typeRange, first.defRange));
}

function decodeElements(blocks: readonly Block[], elementType: ObjectType, ctx: EvalContext): Decoded {
  const schema = schemaForElementType(elementType);
  const fixup = !skipFixup(schema);
  const diagnostics: Diagnostic[] = [];
  const values = blocks.map((b) => {
    const r = decodeBody(b.body, schema, ctx, fixup);
    diagnostics.push(...r.diagnostics);
    return r.value;
  });
  const sameType = values.every((v) => typeEquals(v.type, values[0]!.type));
  return { value: sameType ? Value.list(values) : Value.tuple(values), diagnostics };
}
