import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { TraverseAttr, TraverseIndex, TraverseRoot } from "../../lang/syntax/ast.js";
import { instanceKeyError } from "./resource-references.js";

// The `module.a["x"].module.b` prefix of an address in a moved, removed or import block, read from
// a traversal as Terraform's addrs package does (parseModuleInstancePrefix, parseModulePrefix).

/** One step of a traversal as the address parsers see it. */
export type AddrStep = TraverseRoot | TraverseAttr | TraverseIndex;

/** The module calls named at the start of an address, what follows them, and any errors. */
export interface ModulePrefix {
  readonly path: readonly string[];
  readonly remain: readonly AddrStep[];
  readonly diagnostics: Diagnostic[];
}

const NEED_NAME = 'Prefix "module." must be followed by a module name.';

/** `module.a[0].module.b...` where instance keys are allowed (move endpoints, import targets). */
export function parseModuleInstancePrefix(t: readonly AddrStep[]): ModulePrefix {
  return parsePrefix(t, true);
}

/** `module.a.module.b...` where instance keys are errors (removed targets). */
export function parseModulePrefix(t: readonly AddrStep[]): ModulePrefix {
  return parsePrefix(t, false);
}

function parsePrefix(t: readonly AddrStep[], keys: boolean): ModulePrefix {
  const path: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let rest = t;
  while (rest.length > 0) {
    const head = rest[0]!;
    if (head.type === "TraverseIndex") {
      const detail = "Module address prefix must be followed by dot and then a name.";
      diagnostics.push(errorDiag("Invalid address operator", detail, head.range));
      break;
    }
    if (head.name !== "module") break;
    const name = rest[1];
    if (name === undefined || name.type !== "TraverseAttr") {
      diagnostics.push(errorDiag("Invalid address operator", NEED_NAME, name === undefined ? head.range : name.range));
      break;
    }
    rest = rest.slice(2);
    const index = rest[0];
    if (index?.type === "TraverseIndex") {
      if (!keys) {
        diagnostics.push(errorDiag("Module instance keys not allowed", MODULE_KEY_DETAIL, index.range));
        break;
      }
      rest = rest.slice(1);
      const keyError = moduleKeyError(index);
      if (keyError) diagnostics.push(errorDiag("Invalid address operator", keyError, index.range));
    }
    path.push(name.name);
  }
  return { path, remain: asRooted(rest), diagnostics };
}

const MODULE_KEY_DETAIL =
  'Module address must be a module (e.g. "module.foo"), not a module instance (e.g. "module.foo[1]").';

function moduleKeyError(index: TraverseIndex): string | undefined {
  const error = instanceKeyError(index.key);
  if (error === undefined) return undefined;
  if (index.key.kind === "number") return `Invalid module index: ${error}.`;
  return "Invalid module key: must be either a string or an integer.";
}

/** The rest of an address after its module prefix starts with a root step, as addrs normalizes it. */
function asRooted(rest: readonly AddrStep[]): readonly AddrStep[] {
  const head = rest[0];
  if (head?.type !== "TraverseAttr") return rest;
  return [{ type: "TraverseRoot", name: head.name, range: head.range }, ...rest.slice(1)];
}
