import type { Attribute, Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { Moved } from "./model.js";
import { parseMoveEndpoint, type AddrTarget } from "./resource-address.js";
import { absTraversalOf } from "./resource-traversal.js";

// `moved { from = aws_instance.a, to = aws_instance.b }` (configs.decodeMovedBlock): two static
// addresses, each a module or a resource (instance), and both of the same kind.

const movedSchema: BodySchema = {
  attributes: [
    { name: "from", required: true },
    { name: "to", required: true },
  ],
};

/** Decodes a `moved` block; no result when either address is unusable. */
export function decodeMovedBlock(block: Block): { moved?: Moved; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = block.body.content(movedSchema);
  const from = endpoint(content.attributes.get("from"), diagnostics);
  const to = endpoint(content.attributes.get("to"), diagnostics);
  if (!hasErrors(diagnostics) && from && to && isModule(from.target) !== isModule(to.target)) {
    const detail = 'The "from" and "to" addresses must either both refer to resources or both refer to modules.';
    diagnostics.push(errorDiag('Invalid "moved" addresses', detail, block.defRange));
  }
  if (!from || !to) return { diagnostics };
  return { moved: { from: from.traversal, to: to.traversal, declRange: block.defRange }, diagnostics };
}

function endpoint(attr: Attribute | undefined, diagnostics: Diagnostic[]): { traversal: Traversal; target: AddrTarget } | undefined {
  if (!attr) return undefined;
  const found = absTraversalOf(attr.expr);
  diagnostics.push(...found.diagnostics);
  if (!found.traversal || hasErrors(found.diagnostics)) return undefined;
  const parsed = parseMoveEndpoint(found.traversal);
  diagnostics.push(...parsed.diagnostics);
  return parsed.value ? { traversal: found.traversal, target: parsed.value } : undefined;
}

function isModule(t: AddrTarget): boolean {
  return t.resource === undefined;
}
