import type { Attribute, Block, BodySchema } from "../../lang/hcl/body.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { BAD_IDENTIFIER_DETAIL, decodeString, schemaForOverrides, validIdentifier } from "./decode-value.js";
import { decodeDependsOn } from "./depends-on.js";
import type { ModuleCallDecl } from "./file-contents.js";
import { MergedBody } from "./merged-body.js";
import { parseModuleSource, parseModuleSourceRegistry, type ModuleSourceError } from "./module-source.js";
import { decodePassedProviders } from "./passed-providers.js";
import { decodeVersionConstraint } from "./version-attribute.js";

/** The meta-arguments and reserved block types of a module block (configs.moduleBlockSchema). */
export const MODULE_BLOCK_SCHEMA: BodySchema = {
  attributes: [
    { name: "source", required: true },
    { name: "version" },
    { name: "count" },
    { name: "for_each" },
    { name: "depends_on" },
    { name: "providers" },
  ],
  blocks: [{ type: "_" }, { type: "lifecycle" }, { type: "locals" }, { type: "provider", labelNames: ["type"] }],
};

/**
 * Decodes a `module` block (configs.decodeModuleBlock): the source address (a literal string,
 * classified and checked), the version constraint, the meta-arguments, and every other argument kept
 * as the child's input variables. In override files `source` is optional.
 */
export function decodeModuleBlock(block: Block, override: boolean): { call: ModuleCallDecl; diagnostics: Diagnostic[] } {
  const schema = override ? schemaForOverrides(MODULE_BLOCK_SCHEMA) : MODULE_BLOCK_SCHEMA;
  const { content, remain, diagnostics } = block.body.partialContent(schema);
  const name = block.labels[0]!;
  const call: ModuleCallDecl = { name, versionConstraints: [], config: remain, dependsOn: [], providers: [], declRange: block.defRange };
  if (!validIdentifier(name)) diagnostics.push(errorDiag("Invalid module instance name", BAD_IDENTIFIER_DETAIL, block.labelRanges[0]!));
  const attrs = content.attributes;
  const version = attrs.get("version");
  if (version) {
    const r = decodeVersionConstraint(version);
    diagnostics.push(...r.diagnostics);
    if (r.constraint) {
      call.version = r.constraint.text;
      call.versionConstraints = [...r.constraint.constraints];
    }
  }
  const source = attrs.get("source");
  if (source) diagnostics.push(...decodeSource(call, source, version !== undefined));
  diagnostics.push(...decodeMetaArguments(call, attrs));
  diagnostics.push(...decodeNestedBlocks(call, content.blocks));
  return { call, diagnostics };
}

// The source must be a constant string; with `version` set it must be a registry address.
function decodeSource(call: ModuleCallDecl, attr: Attribute, haveVersion: boolean): Diagnostic[] {
  call.sourceRange = attr.expr.range;
  const r = decodeString(attr.expr);
  if (hasErrors(r.diagnostics) || r.value === undefined) return r.diagnostics;
  call.source = r.value;
  const parsed = haveVersion ? parseModuleSourceRegistry(r.value) : parseModuleSource(r.value);
  if ("kind" in parsed) {
    call.sourceAddr = parsed;
    return r.diagnostics;
  }
  return [...r.diagnostics, sourceError(parsed, haveVersion, attr)];
}

function sourceError(err: ModuleSourceError, haveVersion: boolean, attr: Attribute): Diagnostic {
  const subject = attr.expr.range;
  if ("maybeRelativePath" in err) {
    const addr = err.maybeRelativePath;
    const detail =
      `Terraform failed to determine your intended installation method for remote module package ${goQuote(addr)}.\n\n` +
      `If you intended this as a path relative to the current module, use "./${addr}" instead. The "./" prefix indicates that the address is a relative filesystem path.`;
    return errorDiag("Invalid module source address", detail, subject);
  }
  if (haveVersion) {
    const detail =
      `Failed to parse module registry address: ${err.message}.\n\n` +
      `Terraform assumed that you intended a module registry source address because you also set the argument "version", which applies only to registry modules.`;
    return errorDiag("Invalid registry module source address", detail, subject);
  }
  return errorDiag("Invalid module source address", `Failed to parse module source address: ${err.message}.`, subject);
}

function decodeMetaArguments(call: ModuleCallDecl, attrs: ReadonlyMap<string, Attribute>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const count = attrs.get("count");
  if (count) call.count = count.expr;
  const forEach = attrs.get("for_each");
  if (forEach) {
    if (count) {
      const detail =
        'The "count" and "for_each" meta-arguments are mutually-exclusive, only one should be used to be explicit about the number of resources to be created.';
      diagnostics.push(errorDiag('Invalid combination of "count" and "for_each"', detail, forEach.nameRange));
    }
    call.forEach = forEach.expr;
  }
  const dependsOn = attrs.get("depends_on");
  if (dependsOn) {
    const r = decodeDependsOn(dependsOn);
    diagnostics.push(...r.diagnostics);
    call.dependsOn.push(...r.traversals);
  }
  const providers = attrs.get("providers");
  if (providers) {
    const r = decodePassedProviders(providers);
    diagnostics.push(...r.diagnostics);
    call.providers.push(...r.providers);
  }
  return diagnostics;
}

// `_ { ... }` holds arguments that would otherwise be meta-arguments; the other block types are reserved.
function decodeNestedBlocks(call: ModuleCallDecl, blocks: readonly Block[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let escape: Block | undefined;
  for (const block of blocks) {
    if (block.type !== "_") {
      const detail = `The block type name ${goQuote(block.type)} is reserved for use by Terraform in a future version.`;
      diagnostics.push(errorDiag("Reserved block type name in module block", detail, block.typeRange));
      continue;
    }
    if (escape) {
      const detail = `The special block type "_" can be used to force particular arguments to be interpreted as module input variables rather than as meta-arguments, but each module block can have only one such block. The first escaping block was at ${formatRange(escape.defRange)}.`;
      diagnostics.push(errorDiag("Duplicate escaping block", detail, block.defRange));
      continue;
    }
    escape = block;
    call.config = new MergedBody([call.config, block.body]);
  }
  return diagnostics;
}
