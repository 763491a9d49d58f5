import type { Block, Body, BodyContent, BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { decodeLifecycleBlock, emptyLifecycle, type DecodedLifecycle, type SelfAddr } from "./lifecycle.js";
import type { ProviderConfigRef, Provisioner, Resource, ResourceMode } from "./model.js";
import { decodeProvisionerBlock, onlySelfRefs, reservedDetail } from "./provisioner.js";
import { decodeDependsOn } from "./depends-on.js";
import { BAD_IDENTIFIER_DETAIL, validIdentifier } from "./decode-value.js";
import { MergedBody } from "./merged-body.js";
import { decodeProviderConfigRef } from "./provider-config-ref.js";

// `resource "type" "name" { ... }` and `data "type" "name" { ... }` (configs.decodeResourceBlock and
// decodeDataBlock): the meta-arguments are taken out and decoded; every other argument and nested
// block (`dynamic` blocks included) stays in `config` for the provider's schema to decode later.

const commonAttributes = [{ name: "count" }, { name: "for_each" }, { name: "provider" }, { name: "depends_on" }];

const managedSchema: BodySchema = {
  attributes: commonAttributes,
  blocks: [{ type: "locals" }, { type: "lifecycle" }, { type: "connection" }, { type: "provisioner", labelNames: ["type"] }, { type: "_" }],
};

const dataSchema: BodySchema = {
  attributes: commonAttributes,
  blocks: [{ type: "lifecycle" }, { type: "locals" }, { type: "_" }],
};

/** The meta-arguments both modes share, decoded. */
interface Common {
  config: Body;
  count?: Expression;
  forEach?: Expression;
  provider?: ProviderConfigRef;
  dependsOn: Traversal[];
}

/** Decodes a `resource` (mode "managed") or `data` (mode "data") block with two labels. */
export function decodeResourceBlock(block: Block, mode: ResourceMode): { resource?: Resource; diagnostics: Diagnostic[] } {
  return mode === "managed" ? decodeManagedBlock(block) : decodeDataBlock(block, false);
}

function decodeManagedBlock(block: Block): { resource: Resource; diagnostics: Diagnostic[] } {
  const { content, remain, diagnostics } = block.body.partialContent(managedSchema);
  checkNames(block, "Invalid resource type name", "Invalid resource name", diagnostics);
  const common = decodeCommon(content, remain, false, diagnostics);
  const addr = { mode: "managed" as const, type: block.labels[0]!, name: block.labels[1]! };
  let lifecycle: DecodedLifecycle | undefined;
  let connection: Block | undefined;
  let escape: Block | undefined;
  const provisioners: Provisioner[] = [];
  for (const b of content.blocks) {
    if (b.type === "lifecycle") lifecycle = firstLifecycle(b, lifecycle, addr, diagnostics);
    else if (b.type === "connection") connection = firstConnection(b, connection, diagnostics);
    else if (b.type === "provisioner") provisioners.push(...provisioner(b, diagnostics));
    else if (b.type === "_") escape = escapeBlock(b, escape, "resource", common, diagnostics);
    else diagnostics.push(errorDiag("Reserved block type name in resource block", reservedDetail(b.type), b.typeRange));
  }
  if (connection && provisioners.some((p) => p.when === "destroy")) diagnostics.push(...onlySelfRefs(connection.body));
  const resource = build(block, "managed", common, lifecycle, provisioners, connection?.body);
  return { resource, diagnostics };
}

/** Decodes a data block; `nested` for the data block of a `check`, which has stricter rules. */
export function decodeDataBlock(block: Block, nested: boolean): { resource: Resource; diagnostics: Diagnostic[] } {
  const { content, remain, diagnostics } = block.body.partialContent(dataSchema);
  checkNames(block, "Invalid data source name", "Invalid data resource name", diagnostics);
  const common = decodeCommon(content, remain, nested, diagnostics);
  const addr = { mode: "data" as const, type: block.labels[0]!, name: block.labels[1]! };
  let lifecycle: DecodedLifecycle | undefined;
  let escape: Block | undefined;
  for (const b of content.blocks) {
    if (b.type === "_") escape = escapeBlock(b, escape, "data", common, diagnostics);
    else if (b.type === "lifecycle" && nested) diagnostics.push(nestedLifecycle(b));
    else if (b.type === "lifecycle") lifecycle = firstLifecycle(b, lifecycle, addr, diagnostics);
    else diagnostics.push(errorDiag("Reserved block type name in data block", reservedDetail(b.type), b.typeRange));
  }
  return { resource: build(block, "data", common, lifecycle, [], undefined), diagnostics };
}

function checkNames(block: Block, typeSummary: string, nameSummary: string, diagnostics: Diagnostic[]): void {
  if (!validIdentifier(block.labels[0]!)) diagnostics.push(errorDiag(typeSummary, BAD_IDENTIFIER_DETAIL, block.labelRanges[0]!));
  if (!validIdentifier(block.labels[1]!)) diagnostics.push(errorDiag(nameSummary, BAD_IDENTIFIER_DETAIL, block.labelRanges[1]!));
}

function decodeCommon(content: BodyContent, config: Body, nested: boolean, diagnostics: Diagnostic[]): Common {
  const common: Common = { config, dependsOn: [] };
  const count = content.attributes.get("count");
  const forEach = content.attributes.get("for_each");
  if (count && nested) diagnostics.push(nestedRepetition("count", count.nameRange));
  else if (count) common.count = count.expr;
  if (forEach && nested) diagnostics.push(nestedRepetition("for_each", forEach.nameRange));
  else if (forEach) {
    common.forEach = forEach.expr;
    if (common.count) {
      const detail =
        'The "count" and "for_each" meta-arguments are mutually-exclusive, only one should be used to be explicit about the number of resources to be created.';
      diagnostics.push(errorDiag('Invalid combination of "count" and "for_each"', detail, forEach.nameRange));
    }
  }
  const provider = content.attributes.get("provider");
  if (provider) {
    const r = decodeProviderConfigRef(provider.expr, "provider");
    diagnostics.push(...r.diagnostics);
    if (r.ref) common.provider = r.ref;
  }
  const dependsOn = content.attributes.get("depends_on");
  if (dependsOn) {
    const r = decodeDependsOn(dependsOn);
    diagnostics.push(...r.diagnostics);
    common.dependsOn = r.traversals;
  }
  return common;
}

function nestedRepetition(name: string, subject: Range): Diagnostic {
  const detail = 'The "count" and "for_each" meta-arguments are not supported within nested data blocks.';
  return errorDiag(`Invalid "${name}" attribute`, detail, subject);
}

function nestedLifecycle(b: Block): Diagnostic {
  const detail = 'Nested data blocks do not support "lifecycle" blocks as the lifecycle is managed by the containing block.';
  return errorDiag("Invalid lifecycle block", detail, b.defRange);
}

function firstLifecycle(b: Block, seen: DecodedLifecycle | undefined, addr: SelfAddr, diagnostics: Diagnostic[]): DecodedLifecycle {
  if (seen) {
    const detail = `This resource already has a lifecycle block at ${formatRange(seen.block.defRange)}.`;
    diagnostics.push(errorDiag("Duplicate lifecycle block", detail, b.defRange));
    return seen;
  }
  const decoded = decodeLifecycleBlock(b, addr);
  diagnostics.push(...decoded.diagnostics);
  return decoded;
}

function firstConnection(b: Block, seen: Block | undefined, diagnostics: Diagnostic[]): Block {
  if (!seen) return b;
  const detail = `This resource already has a connection block at ${formatRange(seen.defRange)}.`;
  diagnostics.push(errorDiag("Duplicate connection block", detail, b.defRange));
  return seen;
}

function provisioner(b: Block, diagnostics: Diagnostic[]): Provisioner[] {
  const r = decodeProvisionerBlock(b);
  diagnostics.push(...r.diagnostics);
  return r.provisioner ? [r.provisioner] : [];
}

function escapeBlock(b: Block, seen: Block | undefined, kind: string, common: Common, diagnostics: Diagnostic[]): Block {
  if (seen) {
    const detail = `The special block type "_" can be used to force particular arguments to be interpreted as resource-type-specific rather than as meta-arguments, but each ${kind} block can have only one such block. The first escaping block was at ${formatRange(seen.defRange)}.`;
    diagnostics.push(errorDiag("Duplicate escaping block", detail, b.defRange));
    return seen;
  }
  common.config = new MergedBody([common.config, b.body]);
  return b;
}

function build(
  block: Block,
  mode: ResourceMode,
  common: Common,
  lc: DecodedLifecycle | undefined,
  provisioners: Provisioner[],
  connection: Body | undefined,
): Resource {
  return {
    mode,
    type: block.labels[0]!,
    name: block.labels[1]!,
    config: common.config,
    ...(common.count ? { count: common.count } : {}),
    ...(common.forEach ? { forEach: common.forEach } : {}),
    dependsOn: common.dependsOn,
    ...(common.provider ? { provider: common.provider } : {}),
    lifecycle: lc?.lifecycle ?? emptyLifecycle,
    preconditions: lc?.preconditions ?? [],
    postconditions: lc?.postconditions ?? [],
    ...(connection ? { connection } : {}),
    provisioners,
    declRange: block.defRange,
    typeRange: block.labelRanges[0]!,
  };
}
