import type { Block, Body, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { Provisioner } from "./model.js";
import { MergedBody } from "./merged-body.js";
import { shimmedKeyword, shimmedRange, shimTraversalInString } from "./resource-traversal.js";

// `provisioner "type" { ... }` inside resource and removed blocks (configs.decodeProvisionerBlock):
// the `when` and `on_failure` keywords, an optional `connection` block, an optional `_` escaping
// block; everything else is the provisioner's own configuration, decoded later with its schema.

const provisionerSchema: BodySchema = {
  attributes: [{ name: "when" }, { name: "on_failure" }],
  blocks: [{ type: "_" }, { type: "connection" }, { type: "lifecycle" }],
};

const REMOVED = new Set(["chef", "habitat", "puppet", "salt-masterless"]);

const DESTROY_REFS =
  "Destroy-time provisioners and their connection configurations may only reference attributes of the related resource, via 'self', 'count.index', or 'each.key'.\n\nReferences to other resources during the destroy phase can cause dependency cycles and interact poorly with create_before_destroy.";

/** Decodes a provisioner block; no provisioner for the types Terraform has removed. */
export function decodeProvisionerBlock(block: Block): { provisioner?: Provisioner; diagnostics: Diagnostic[] } {
  const type = block.labels[0]!;
  const { content, remain, diagnostics } = block.body.partialContent(provisionerSchema);
  if (REMOVED.has(type)) {
    diagnostics.push(errorDiag(`The "${type}" provisioner has been removed`, removedDetail(type), block.labelRanges[0]!));
    return { diagnostics };
  }
  let when: Provisioner["when"] = "create";
  const whenAttr = content.attributes.get("when");
  if (whenAttr) when = decodeKeyword(whenAttr.expr, ["create", "destroy"], "when", diagnostics, false) ?? when;
  if (when === "destroy") diagnostics.push(...onlySelfRefs(remain));
  let onFailure: Provisioner["onFailure"] = "fail";
  const failAttr = content.attributes.get("on_failure");
  if (failAttr) onFailure = decodeKeyword(failAttr.expr, ["continue", "fail"], "on_failure", diagnostics, true) ?? onFailure;
  const nested = decodeNestedBlocks(content.blocks, when, remain, diagnostics);
  const provisioner: Provisioner = {
    type,
    config: nested.config,
    ...(nested.connection ? { connection: nested.connection } : {}),
    when,
    onFailure,
    declRange: block.defRange,
  };
  return { provisioner, diagnostics };
}

/** Errors for references a destroy-time provisioner or its connection may not make (configs.onlySelfRefs). */
export function onlySelfRefs(body: Body): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const attr of body.justAttributes().attributes.values()) {
    for (const t of attr.expr.variables()) {
      if (selfRef(t[0].name, t[1])) continue;
      diagnostics.push(errorDiag("Invalid reference from destroy provisioner", DESTROY_REFS, attr.expr.range));
    }
  }
  return diagnostics;
}

function selfRef(root: string, step: { type: string; name?: string } | undefined): boolean {
  if (root === "self" || root === "path" || root === "terraform") return true;
  if (root === "count") return step?.type === "TraverseAttr" && step.name === "index";
  if (root === "each") return step?.type === "TraverseAttr" && step.name === "key";
  return false;
}

function decodeKeyword<K extends string>(
  expr: Expression,
  allowed: readonly K[],
  arg: string,
  diagnostics: Diagnostic[],
  atAttribute: boolean,
): K | undefined {
  const shim = shimTraversalInString(expr, true);
  diagnostics.push(...shim.diagnostics);
  const word = shimmedKeyword(shim.shimmed);
  if (word !== undefined && (allowed as readonly string[]).includes(word)) return word as K;
  const detail = `The ${goQuote(arg)} argument requires one of the following keywords: ${allowed.join(" or ")}.`;
  diagnostics.push(errorDiag(`Invalid ${goQuote(arg)} keyword`, detail, atAttribute ? expr.range : shimmedRange(shim.shimmed)));
  return undefined;
}

function decodeNestedBlocks(blocks: readonly Block[], when: Provisioner["when"], remain: Body, diagnostics: Diagnostic[]): { config: Body; connection?: Body } {
  let config = remain;
  let connection: Block | undefined;
  let escape: Block | undefined;
  for (const b of blocks) {
    if (b.type === "_") {
      if (escape) {
        diagnostics.push(errorDiag("Duplicate escaping block", escapeDetail(escape), b.defRange));
        continue;
      }
      escape = b;
      config = new MergedBody([config, b.body]);
    } else if (b.type === "connection") {
      if (connection) {
        const detail = `This provisioner already has a connection block at ${formatRange(connection.defRange)}.`;
        diagnostics.push(errorDiag("Duplicate connection block", detail, b.defRange));
        continue;
      }
      connection = b;
      if (when === "destroy") diagnostics.push(...onlySelfRefs(b.body));
    } else {
      diagnostics.push(errorDiag("Reserved block type name in provisioner block", reservedDetail(b.type), b.typeRange));
    }
  }
  return connection ? { config, connection: connection.body } : { config };
}

function escapeDetail(first: Block): string {
  return `The special block type "_" can be used to force particular arguments to be interpreted as provisioner-typpe-specific rather than as meta-arguments, but each provisioner block can have only one such block. The first escaping block was at ${formatRange(first.defRange)}.`;
}

/** The detail of "Reserved block type name in ... block". */
export function reservedDetail(type: string): string {
  return `The block type name ${goQuote(type)} is reserved for use by Terraform in a future version.`;
}

function removedDetail(type: string): string {
  return `The "${type}" provisioner was deprecated in Terraform 0.13.4 has been removed from Terraform. Visit https://learn.hashicorp.com/collections/terraform/provision for alternatives to using provisioners that are a better fit for the Terraform workflow.`;
}
