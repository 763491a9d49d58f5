import type { Attribute, Block, Body } from "../../lang/hcl/body.js";
import { exprList, exprMap } from "../../lang/hcl/static.js";
import type { Range } from "../../lang/source/range.js";
import type { PathStep, ValuePath } from "../../lang/values/path.js";

// Where in a configuration body a path into its decoded value points (Terraform's
// tfdiags.InConfigBody, ElaborateFromConfigBody): providers name the attribute a diagnostic is about
// by path, and Terraform finds the best source range it can for it: the attribute's expression (or
// the element or map item an index names), inside the nested blocks the path walks through; where
// that is not possible, the empty range at the start of the deepest body reached. The body is the
// one written in the configuration, before dynamic blocks are expanded.

/** The source range a provider's diagnostic about `path` of the value decoded from `body` belongs at. */
export function pathRange(body: Body, path: ValuePath): Range {
  const first = path[0];
  if (!first || !("attr" in first)) return body.missingItemRange();
  let final = path[path.length - 1]!;
  let traverse = path;
  const index = "attr" in final ? undefined : final;
  if (index) {
    final = path[path.length - 2]!;
    traverse = path.slice(0, -1);
  }
  const inner = traverse.length > 1 ? traverseBlocks(body, traverse) : body;
  if (!("attr" in final)) return inner.missingItemRange();
  const r = inner.partialContent({ attributes: [{ name: final.attr, required: true }] });
  const attr = r.content.attributes.get(final.attr);
  if (r.diagnostics.some((d) => d.severity === "error") || !attr) return inner.missingItemRange();
  return index ? indexRange(index, attr) : attr.expr.range;
}

/**
 * The body of the nested block the path's steps lead to (traversePathSteps): an attribute step
 * names a block type; a number index after it picks a block by position, a string one by label (a
 * set element cannot pick one). Steps that name no block are passed over; anything else stops the
 * walk where it is.
 */
function traverseBlocks(body: Body, steps: ValuePath): Body {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (!("attr" in step)) return body;
    const next = steps[i + 1];
    const index = next && !("attr" in next) ? next : undefined;
    if (index) i++;
    const labelNames = index && "key" in index ? ["key"] : [];
    const r = body.partialContent({ blocks: [{ type: step.attr, labelNames }] });
    if (r.diagnostics.some((d) => d.severity === "error")) return body;
    const blocks = r.content.blocks.filter((b) => b.type === step.attr);
    if (blocks.length === 0) continue;
    const block = pickBlock(blocks, index);
    if (!block) return body;
    body = block.body;
  }
  return body;
}

/** The block an index step picks: the only one without an index, by position, or by label. */
function pickBlock(blocks: readonly Block[], index: PathStep | undefined): Block | undefined {
  if (!index) return blocks.length === 1 ? blocks[0] : undefined;
  if ("index" in index) return blocks[index.index];
  if ("key" in index) return blocks.find((b) => b.labels[0] === index.key);
  return undefined;
}

/** The element or map item an index names inside an attribute's expression, where it can be found statically. */
function indexRange(index: PathStep, attr: Attribute): Range {
  if ("index" in index) {
    const items = exprList(attr.expr);
    if (!items) return attr.expr.range;
    return items[index.index]?.range ?? attr.nameRange;
  }
  if ("key" in index) {
    const pairs = exprMap(attr.expr);
    if (!pairs) return attr.expr.range;
    for (const { key, value } of pairs) {
      const k = key.value(null);
      if (k.diagnostics.some((d) => d.severity === "error") || !k.value.isKnown || k.value.type.kind !== "string") return attr.expr.range;
      if (k.value.asString() === index.key) return value.startRange;
    }
    return attr.nameRange;
  }
  return attr.expr.range;
}
