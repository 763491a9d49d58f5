import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { TraverseAttr, TraverseIndex, TraverseRoot, Traversal } from "../../lang/syntax/ast.js";
import { instanceKeyFromLiteral, StringKey, type InstanceKey } from "./instance-key.js";
import { ModuleInstance, type ModuleInstanceStep } from "./module-instance.js";
import { stepsRange } from "./traversal-range.js";

// The `module.a[0].module.b` prefix of absolute addresses (-target, moved, import, removed, state
// addresses), as addrs.parseModuleInstancePrefix reads it, with its errors.

/** One step of an address traversal. */
export type AddressStep = TraverseRoot | TraverseAttr | TraverseIndex;

/** The module instance at the front of an address, what follows it, and any errors. */
export interface ModulePrefix {
  readonly module: ModuleInstance;
  readonly remain: readonly AddressStep[];
  readonly diagnostics: Diagnostic[];
}

const OPERATOR = "Invalid address operator";

/** Reads `module.<name>[<key>]` steps until something else comes. */
export function parseModuleInstancePrefix(traversal: readonly AddressStep[]): ModulePrefix {
  const steps: ModuleInstanceStep[] = [];
  const diagnostics: Diagnostic[] = [];
  let remain = traversal;
  while (remain.length > 0) {
    const first = remain[0]!;
    if (first.type === "TraverseIndex") {
      diagnostics.push(errorDiag(OPERATOR, "Module address prefix must be followed by dot and then a name.", first.range));
      break;
    }
    if (first.name !== "module") break;
    const nameStep = remain[1];
    if (nameStep === undefined || nameStep.type !== "TraverseAttr") {
      remain = remain.slice(1);
      diagnostics.push(errorDiag(OPERATOR, 'Prefix "module." must be followed by a module name.', (nameStep ?? first).range));
      break;
    }
    remain = remain.slice(2);
    const keyStep = remain[0];
    let key: InstanceKey | null = null;
    if (keyStep?.type === "TraverseIndex") {
      remain = remain.slice(1);
      key = moduleKey(keyStep, diagnostics);
    }
    steps.push({ name: nameStep.name, key });
  }
  return { module: new ModuleInstance(steps), remain, diagnostics };
}

function moduleKey(step: TraverseIndex, diagnostics: Diagnostic[]): InstanceKey | null {
  const lit = step.key;
  if (lit.kind === "string") return new StringKey(lit.value);
  if (lit.kind !== "number") {
    diagnostics.push(errorDiag(OPERATOR, "Invalid module key: must be either a string or an integer.", step.range));
    return null;
  }
  const parsed = instanceKeyFromLiteral(lit);
  if ("key" in parsed) return parsed.key;
  diagnostics.push(errorDiag(OPERATOR, `Invalid module index: ${parsed.error}.`, step.range));
  return null;
}

/** A traversal that must be exactly a module instance address (addrs.ParseModuleInstance). */
export function parseModuleInstance(traversal: Traversal): { module?: ModuleInstance; diagnostics: Diagnostic[] } {
  const { module, remain, diagnostics } = parseModuleInstancePrefix(traversal);
  if (remain.length > 0) {
    const detail =
      remain.length === traversal.length
        ? 'A module instance address must begin with "module.".'
        : "The module instance address is followed by additional invalid content.";
    diagnostics.push(errorDiag("Invalid module instance address", detail, stepsRange(remain)));
  }
  return diagnostics.length > 0 ? { diagnostics } : { module, diagnostics };
}
