import type { Block, Body, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { decodeBool } from "./decode-value.js";
import type { Provisioner, Removed } from "./model.js";
import { decodeProvisionerBlock } from "./provisioner.js";
import { parseRemoveTarget, type AddrTarget } from "./resource-address.js";
import { absTraversalOf } from "./resource-traversal.js";

// `removed { from = aws_instance.a  lifecycle { destroy = false } }` (configs.decodeRemovedBlock):
// a module or resource no longer in the configuration, whether to destroy it, and for a managed
// resource the destroy-time provisioners (with their connection) to run when it goes.

const removedSchema: BodySchema = {
  attributes: [{ name: "from", required: true }],
  blocks: [{ type: "lifecycle" }, { type: "connection" }, { type: "provisioner", labelNames: ["type"] }],
};

const lifecycleSchema: BodySchema = { attributes: [{ name: "destroy" }] };

/** What the nested blocks of a removed block add up to. */
interface Nested {
  destroy: boolean;
  connection?: Block;
  provisioners: Provisioner[];
}

/** Decodes a `removed` block; no result when `from` is not a usable address. */
export function decodeRemovedBlock(block: Block): { removed?: Removed; diagnostics: Diagnostic[] } {
  const { content, diagnostics } = block.body.content(removedSchema);
  const from = target(content.attributes.get("from")?.expr, diagnostics);
  const managed = from?.target.resource?.mode === "managed";
  const nested: Nested = { destroy: true, provisioners: [] };
  for (const b of content.blocks) {
    if (b.type === "lifecycle") nested.destroy = decodeLifecycle(b.body, nested.destroy, diagnostics);
    else if (!managed) diagnostics.push(notManaged(b));
    else if (b.type === "connection") nested.connection = firstConnection(b, nested.connection, diagnostics);
    else addProvisioner(b, nested.provisioners, diagnostics);
  }
  if (!from) return { diagnostics };
  const removed: Removed = {
    from: from.traversal,
    destroy: nested.destroy,
    provisioners: nested.provisioners,
    ...(nested.connection ? { connection: nested.connection.body } : {}),
    declRange: block.defRange,
  };
  return { removed, diagnostics };
}

function target(expr: Expression | undefined, diagnostics: Diagnostic[]): { traversal: Traversal; target: AddrTarget } | undefined {
  if (!expr) return undefined;
  const found = absTraversalOf(expr);
  diagnostics.push(...found.diagnostics);
  if (!found.traversal || hasErrors(found.diagnostics)) return undefined;
  const parsed = parseRemoveTarget(found.traversal);
  diagnostics.push(...parsed.diagnostics);
  return parsed.value ? { traversal: found.traversal, target: parsed.value } : undefined;
}

function decodeLifecycle(body: Body, destroy: boolean, diagnostics: Diagnostic[]): boolean {
  const { content, diagnostics: lcDiags } = body.content(lifecycleSchema);
  diagnostics.push(...lcDiags);
  const attr = content.attributes.get("destroy");
  if (!attr) return destroy;
  const r = decodeBool(attr.expr);
  diagnostics.push(...r.diagnostics);
  return r.value ?? destroy;
}

function notManaged(b: Block): Diagnostic {
  if (b.type === "connection") {
    const detail = "Provisioner connection configuration is valid only when a removed block targets a managed resource.";
    return errorDiag("Invalid connection block", detail, b.defRange);
  }
  return errorDiag("Invalid provisioner block", "Provisioners are valid only when a removed block targets a managed resource.", b.defRange);
}

function firstConnection(b: Block, seen: Block | undefined, diagnostics: Diagnostic[]): Block {
  if (!seen) return b;
  const detail = `This "removed" block already has a connection block at ${formatRange(seen.defRange)}.`;
  diagnostics.push(errorDiag("Duplicate connection block", detail, b.defRange));
  return seen;
}

function addProvisioner(b: Block, into: Provisioner[], diagnostics: Diagnostic[]): void {
  const r = decodeProvisionerBlock(b);
  diagnostics.push(...r.diagnostics);
  if (!r.provisioner) return;
  into.push(r.provisioner);
  if (r.provisioner.when !== "destroy") {
    const detail = 'Only destroy-time provisioners are valid in "removed" blocks. To declare a destroy-time provisioner, use:\n    when = destroy';
    diagnostics.push(errorDiag("Invalid provisioner block", detail, b.defRange));
  }
}
