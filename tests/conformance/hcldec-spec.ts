// Reads an hcldec spec file (https://github.com/hashicorp/hcl/blob/main/cmd/hcldec/spec-format.md) into
// a spec tree: the subset the HCL spec suite uses (object, attr, block, block_list, block_set,
// block_map, literal) plus the `variables` block that gives the evaluation context. Spec blocks may
// or may not carry a name label, which no single body schema expresses, so this walks the AST.
import { evaluate } from "../../lang/eval/evaluate.js";
import type * as ast from "../../lang/syntax/ast.js";
import { parseConfig } from "../../lang/syntax/parse.js";
import { typeConstraint } from "../../lang/types/type-constraint.js";
import { DynamicPseudoType, type Type } from "../../lang/types/type.js";
import type { Value } from "../../lang/values/value.js";

/** A node of an hcldec spec. */
export type Spec =
  | { readonly kind: "literal"; readonly value: Value }
  | { readonly kind: "object"; readonly children: ReadonlyMap<string, Spec> }
  | { readonly kind: "attr"; readonly name: string; readonly type: Type; readonly required: boolean }
  | { readonly kind: "block" | "block_list" | "block_set"; readonly blockType: string; readonly required: boolean; readonly nested: Spec }
  | { readonly kind: "block_map"; readonly blockType: string; readonly labels: readonly string[]; readonly nested: Spec };

const SPEC_KINDS = new Set(["literal", "object", "attr", "block", "block_list", "block_set", "block_map"]);

/** A spec file: the root spec and the variables to decode with. */
export interface SpecFile {
  readonly spec: Spec;
  readonly variables: ReadonlyMap<string, Value>;
}

/** Parses and reads an hcldec spec file; throws on a malformed spec (a bug in the test data). */
export function readSpecFile(source: string, filename: string): SpecFile {
  const { file, diagnostics } = parseConfig(source, filename);
  if (diagnostics.length > 0) throw new Error(`${filename}: ${diagnostics[0]!.summary}`);
  const variables = new Map<string, Value>();
  for (const block of file.body.blocks.filter((b) => b.blockType === "variables")) {
    for (const attr of block.body.attributes) variables.set(attr.name, constant(attr.expr));
  }
  return { spec: singleSpec(file.body, filename), variables };
}

function constant(expr: ast.Expression): Value {
  return evaluate(expr, null).value;
}

function specBlocks(body: ast.Body): ast.Block[] {
  return body.blocks.filter((b) => SPEC_KINDS.has(b.blockType));
}

function singleSpec(body: ast.Body, where: string): Spec {
  const specs = specBlocks(body);
  if (specs.length !== 1) throw new Error(`${where}: expected exactly one nested spec, found ${specs.length}`);
  return readSpec(specs[0]!);
}

function readSpec(block: ast.Block): Spec {
  const label = block.labels[0];
  const attr = (name: string) => block.body.attributes.find((a) => a.name === name)?.expr;
  const stringAttr = (name: string) => {
    const e = attr(name);
    return e ? constant(e).asString() : undefined;
  };
  const requiredExpr = attr("required");
  const required = requiredExpr ? constant(requiredExpr).asBool() : false;
  switch (block.blockType) {
    case "literal":
      return { kind: "literal", value: constant(attr("value")!) };
    case "attr": {
      const typeExpr = attr("type");
      const type = typeExpr ? typeConstraint(typeExpr).type : DynamicPseudoType;
      return { kind: "attr", name: stringAttr("name") ?? label!, type, required };
    }
    case "object":
      return { kind: "object", children: new Map(specBlocks(block.body).map((c) => [c.labels[0]!, readSpec(c)])) };
    case "block_map": {
      const labels = constant(attr("labels")!).elements().map((v) => v.asString());
      return { kind: "block_map", blockType: stringAttr("block_type") ?? label!, labels, nested: singleSpec(block.body, block.blockType) };
    }
    default: {
      const kind = block.blockType as "block" | "block_list" | "block_set";
      return { kind, blockType: stringAttr("block_type") ?? label!, required, nested: singleSpec(block.body, block.blockType) };
    }
  }
}
