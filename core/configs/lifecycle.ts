import type { Attribute, Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import type { CheckRule, Lifecycle, ResourceMode } from "./model.js";
import { decodeCheckRuleBlock } from "./check-rule.js";
import { decodeBool } from "./decode-value.js";
import { decodeIgnoreChanges } from "./resource-ignore-changes.js";
import { parseRef } from "./resource-references.js";
import { decodeReplaceTriggeredBy } from "./resource-replace-triggered-by.js";

// The `lifecycle` block of a resource. Managed resources may set create_before_destroy,
// prevent_destroy, ignore_changes and replace_triggered_by; both modes may have precondition and
// postcondition blocks, which may not refer to the resource they belong to.

/** What a lifecycle block contributes to a resource. */
export interface DecodedLifecycle {
  readonly block: Block;
  readonly lifecycle: Lifecycle;
  readonly preconditions: CheckRule[];
  readonly postconditions: CheckRule[];
  readonly diagnostics: Diagnostic[];
}

/** The resource a lifecycle belongs to, as conditions would refer to it. */
export interface SelfAddr {
  readonly mode: ResourceMode;
  readonly type: string;
  readonly name: string;
}

const lifecycleSchema: BodySchema = {
  attributes: [{ name: "create_before_destroy" }, { name: "prevent_destroy" }, { name: "ignore_changes" }, { name: "replace_triggered_by" }],
  blocks: [{ type: "precondition" }, { type: "postcondition" }],
};

/** A lifecycle that sets nothing. */
export const emptyLifecycle: Lifecycle = { ignoreChanges: [], ignoreAllChanges: false, replaceTriggeredBy: [] };

/** Decodes a `lifecycle` block of a resource of the given address. */
export function decodeLifecycleBlock(block: Block, addr: SelfAddr): DecodedLifecycle {
  const { content, diagnostics } = block.body.content(lifecycleSchema);
  const attrs = content.attributes;
  const lifecycle = addr.mode === "managed" ? managedArguments(attrs, diagnostics) : dataArguments(attrs, diagnostics);
  const preconditions: CheckRule[] = [];
  const postconditions: CheckRule[] = [];
  for (const b of content.blocks) {
    const r = decodeCheckRuleBlock(b, false);
    diagnostics.push(...r.diagnostics);
    for (const expr of [r.condition, r.rule?.errorMessage]) {
      if (expr && refersTo(expr.variables(), addr)) diagnostics.push(selfReference(b.type, addr, expr.range));
    }
    if (r.rule) (b.type === "precondition" ? preconditions : postconditions).push(r.rule);
  }
  return { block, lifecycle, preconditions, postconditions, diagnostics };
}

function managedArguments(attrs: ReadonlyMap<string, Attribute>, diagnostics: Diagnostic[]): Lifecycle {
  const cbd = staticBool(attrs.get("create_before_destroy"), diagnostics);
  const pd = staticBool(attrs.get("prevent_destroy"), diagnostics);
  const rtb = attrs.get("replace_triggered_by");
  const replace = rtb ? decodeReplaceTriggeredBy(rtb.expr) : { exprs: [], diagnostics: [] };
  diagnostics.push(...replace.diagnostics);
  const ic = attrs.get("ignore_changes");
  const ignore = ic ? decodeIgnoreChanges(ic) : { traversals: [], all: false, diagnostics: [] };
  diagnostics.push(...ignore.diagnostics);
  return {
    ...(cbd !== undefined ? { createBeforeDestroy: cbd } : {}),
    ...(pd !== undefined ? { preventDestroy: pd } : {}),
    ignoreChanges: ignore.traversals,
    ignoreAllChanges: ignore.all,
    replaceTriggeredBy: replace.exprs,
  };
}

/** A set bool argument: its value, false when it is invalid, undefined when absent. */
function staticBool(attr: Attribute | undefined, diagnostics: Diagnostic[]): boolean | undefined {
  if (!attr) return undefined;
  const r = decodeBool(attr.expr);
  diagnostics.push(...r.diagnostics);
  return r.value ?? false;
}

function dataArguments(attrs: ReadonlyMap<string, Attribute>, diagnostics: Diagnostic[]): Lifecycle {
  const inSource = [...attrs.values()].sort((a, b) => a.range.start.byte - b.range.start.byte);
  for (const attr of inSource) {
    const detail = `The lifecycle argument "${attr.name}" is defined only for managed resources ("resource" blocks), and is not valid for data resources.`;
    diagnostics.push(errorDiag("Invalid data resource lifecycle argument", detail, attr.nameRange));
  }
  return emptyLifecycle;
}

/** CheckRule.validateSelfReferences: whether any reference names the resource itself. */
function refersTo(refs: readonly Traversal[], addr: SelfAddr): boolean {
  return refs.some((t) => {
    const s = parseRef(t).subject;
    return s?.kind === "resource" && s.mode === addr.mode && s.type === addr.type && s.name === addr.name;
  });
}

function selfReference(blockType: string, addr: SelfAddr, subject: Range): Diagnostic {
  const name = addr.mode === "data" ? `data.${addr.type}.${addr.name}` : `${addr.type}.${addr.name}`;
  return errorDiag(`Invalid reference in ${blockType}`, `Configuration for ${name} may not refer to itself.`, subject);
}
