import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { rangeBetween, type Range } from "../../lang/source/range.js";
import type { TraverseAttr, TraverseIndex, Traversal, TraverseRoot } from "../../lang/syntax/ast.js";
import { instanceKeyFromLiteral } from "./instance-key.js";
import { ModuleCall, ModuleCallInstance, ModuleCallInstanceOutput } from "./module-call.js";
import type { Reference, Referenceable } from "./reference.js";
import { Resource, ResourceInstance, type ResourceMode } from "./resource.js";
import { stepsRange } from "./traversal-range.js";

// The shapes of reference parse_ref.go shares between roots: `<object>.<name>`, resources
// (`type.name[key]`) and module calls (`module.name[key].output`). Texts are Terraform v1.11's.

/** What parsing a reference gives: the reference, or error diagnostics. */
export interface RefResult {
  readonly ref?: Reference;
  readonly diagnostics: Diagnostic[];
}

type Step = TraverseRoot | TraverseAttr | TraverseIndex;

const INVALID = "Invalid reference";

/** A successful result. */
export function found(subject: Referenceable, sourceRange: Range, remaining: readonly Step[]): RefResult {
  return { ref: { subject, sourceRange, remaining: remaining as Reference["remaining"] }, diagnostics: [] };
}

/** A failed result with one "Invalid reference" error. */
export function invalid(detail: string, subject: Range): RefResult {
  return { diagnostics: [errorDiag(INVALID, detail, subject)] };
}

/** `<root>.<name>` followed by anything: `var.a`, `local.a`, `count.index`, `path.module`... */
export function parseSingleAttrRef(traversal: Traversal, make: (name: string) => Referenceable): RefResult {
  const [root, next] = traversal;
  if (next === undefined) {
    return invalid(`The "${root.name}" object cannot be accessed directly. Instead, access one of its attributes.`, root.range);
  }
  if (next.type !== "TraverseAttr") return invalid(`The "${root.name}" object does not support this operation.`, next.range);
  return found(make(next.name), rangeBetween(root.range, next.range), traversal.slice(2));
}

const RESOURCE_WHAT: Readonly<Record<ResourceMode, string>> = {
  managed: "a resource type",
  data: "a data source",
  ephemeral: "an ephemeral resource type",
};

/**
 * `type.name`, `type.name[key]` and what follows. `steps` starts at the type name (the root for a bare
 * resource reference, the step after `data.`/`ephemeral.`/`resource.` otherwise); `start` is where the
 * reference starts and `rootName` the word it starts with.
 */
export function parseResourceRef(mode: ResourceMode, start: Range, steps: readonly Step[], rootName: string): RefResult {
  const [typeStep, nameStep] = steps;
  if (typeStep === undefined || nameStep === undefined) {
    return invalid("A reference to a resource type must be followed by at least one attribute access, specifying the resource name.", stepsRange(steps));
  }
  if (typeStep.type === "TraverseIndex") return invalid(`The "${rootName}" object does not support this operation.`, typeStep.range);
  if (nameStep.type !== "TraverseAttr") {
    return invalid(`A reference to ${RESOURCE_WHAT[mode]} must be followed by at least one attribute access, specifying the resource name.`, nameStep.range);
  }
  const resource = new Resource(mode, typeStep.name, nameStep.name);
  return resourceInstanceRef(resource, rangeBetween(start, nameStep.range), steps.slice(2));
}

function resourceInstanceRef(resource: Resource, rng: Range, remain: readonly Step[]): RefResult {
  const idx = remain[0];
  if (idx === undefined) return found(resource, rng, []);
  if (idx.type !== "TraverseIndex") return found(resource.instance(null), rng, remain);
  const parsed = instanceKeyFromLiteral(idx.key);
  if ("error" in parsed) return invalidKey(`Invalid index for resource instance: ${parsed.error}.`, idx.range);
  return found(resource.instance(parsed.key), rangeBetween(rng, idx.range), remain.slice(1));
}

function invalidKey(detail: string, subject: Range): RefResult {
  return { diagnostics: [errorDiag("Invalid index key", detail, subject)] };
}

/** `module.name`, `module.name[key]`, `module.name.output`, `module.name[key].output` and what follows. */
export function parseModuleCallRef(traversal: Traversal): RefResult {
  const callRef = parseSingleAttrRef(traversal, (name) => new ModuleCall(name));
  if (callRef.ref === undefined) return callRef;
  const call = callRef.ref.subject as ModuleCall;
  const callRange = callRef.ref.sourceRange;
  let remain: readonly Step[] = callRef.ref.remaining;
  let instance = call.instance(null);
  const idx = remain[0];
  if (idx === undefined) return callRef;
  if (idx.type === "TraverseIndex") {
    const parsed = instanceKeyFromLiteral(idx.key);
    if ("error" in parsed) return invalidKey(`Invalid index for module instance: ${parsed.error}.`, idx.range);
    instance = call.instance(parsed.key);
    remain = remain.slice(1);
    if (remain.length === 0) return found(instance, rangeBetween(callRange, idx.range), []);
  }
  return moduleOutputRef(instance, callRange, remain);
}

function moduleOutputRef(instance: ModuleCallInstance, callRange: Range, remain: readonly Step[]): RefResult {
  const attr = remain[0]!;
  if (attr.type !== "TraverseAttr") return invalid("Module instance objects do not support this operation.", attr.range);
  return found(new ModuleCallInstanceOutput(instance, attr.name), rangeBetween(callRange, attr.range), remain.slice(1));
}
