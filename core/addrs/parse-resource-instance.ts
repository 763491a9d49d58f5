import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { AbsResourceInstance, type AbsResource } from "./abs-resource.js";
import { instanceKeyFromLiteral, type InstanceKey } from "./instance-key.js";
import type { ModuleInstance } from "./module-instance.js";
import type { AddressStep } from "./parse-module-instance.js";
import { Resource, type ResourceMode } from "./resource.js";
import { stepsRange } from "./traversal-range.js";

// The resource part of an absolute address after its module prefix (addrs.parseResourceInstanceUnderModule),
// shared by -target, moved, import and removed addresses; its texts are Terraform v1.11's.

const PREFIX_MODES: Readonly<Record<string, ResourceMode>> = { data: "data", ephemeral: "ephemeral", resource: "managed" };

const RESERVED = new Set(["count", "each", "local", "module", "path", "self", "terraform", "var", "template", "lazy", "arg"]);

const TYPE_REQUIRED: Readonly<Record<ResourceMode, string>> = {
  managed: "A resource type name is required.",
  data: "A data source name is required.",
  ephemeral: "An ephemeral resource type name is required.",
};

type Parsed = { readonly addr?: AbsResourceInstance; readonly diagnostics: Diagnostic[] };

/** `[data.|ephemeral.|resource.]type.name[key]` inside `module`; no key gives the unkeyed instance. */
export function parseResourceInstanceUnderModule(module: ModuleInstance, steps: readonly AddressStep[]): Parsed {
  const rootName = steps[0]?.type === "TraverseIndex" ? "" : (steps[0]?.name ?? "");
  if (RESERVED.has(rootName)) {
    const detail =
      `The keyword ${goQuote(rootName)} is reserved and cannot be used to target a resource address. If you are ` +
      `targeting a resource type that uses a reserved keyword, please prefix your address with "resource.".`;
    return fail(detail, stepsRange(steps));
  }
  const mode = Object.hasOwn(PREFIX_MODES, rootName) ? PREFIX_MODES[rootName]! : "managed";
  const remain = mode === "managed" && rootName !== "resource" ? steps : steps.slice(1);
  const [typeStep, nameStep] = remain;
  if (typeStep === undefined || nameStep === undefined) {
    return fail("Resource specification must include a resource type and name.", remain.length > 0 ? stepsRange(remain) : undefined);
  }
  if (typeStep.type === "TraverseIndex") return fail(TYPE_REQUIRED[mode], typeStep.range);
  if (nameStep.type !== "TraverseAttr") return fail("A resource name is required.", nameStep.range);
  const resource = new Resource(mode, typeStep.name, nameStep.name);
  return keyed(module, resource, remain.slice(2));
}

function keyed(module: ModuleInstance, resource: Resource, rest: readonly AddressStep[]): Parsed {
  const [keyStep, extra] = rest;
  if (extra !== undefined) return fail("Unexpected extra operators after address.", extra.range);
  let key: InstanceKey | null = null;
  if (keyStep !== undefined) {
    if (keyStep.type !== "TraverseIndex") return fail("Resource instance key must be given in square brackets.", keyStep.range);
    const parsed = instanceKeyFromLiteral(keyStep.key);
    if ("error" in parsed) return fail(`Invalid resource instance key: ${parsed.error}.`, keyStep.range);
    key = parsed.key;
  }
  return { addr: new AbsResourceInstance(module, resource.instance(key)), diagnostics: [] };
}

/** An "Invalid address" error; the subject is absent where Terraform has no range (an empty remainder). */
export function fail(detail: string, subject: Range | undefined): { diagnostics: Diagnostic[] } {
  return { diagnostics: [errorDiag("Invalid address", detail, subject)] };
}

/** The unkeyed instance of a resource stands for the whole resource in a target. */
export function targetSubject(addr: AbsResourceInstance): AbsResource | AbsResourceInstance {
  return addr.resource.key === null ? addr.containingResource() : addr;
}
