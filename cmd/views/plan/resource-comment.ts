import type { Action, ResourceInstanceChange } from "../../../core/plans/changes.js";
import { IntKey } from "../../../core/addrs/instance-key.js";
import { jsonString } from "../../../lang/values/json-marshal.js";

// The lines above each resource's diff (jsonformat's resourceChangeComment and header): what will
// happen to the object and why, where it moved from, what it is imported from; then the legend line
// for each kind of action in the plan.

/** Why a resource's diff is shown: a planned change or drift found by refresh. */
export type ChangeCause = "change" | "drift";

/** The address as printed, with the deposed key when the object is deposed. */
function displayAddress(rc: ResourceInstanceChange): string {
  return rc.deposedKey ? `${rc.addr} (deposed object ${rc.deposedKey})` : rc.addr.toString();
}

/** The previous address when the object moved, as jsonplan's previous_address. */
export function previousAddress(rc: ResourceInstanceChange): string | undefined {
  const prev = rc.prevRunAddr.toString();
  return prev !== rc.addr.toString() ? prev : undefined;
}

// The instance key as JSON (jsonplan's index), e.g. `1` or `"b"`.
function indexJson(rc: ResourceInstanceChange): string {
  const key = rc.addr.resource.key;
  if (key === null) return "null";
  return key instanceof IntKey ? String(key.index) : jsonString(key.key);
}

function replaceComment(rc: ResourceInstanceChange, addr: string): string {
  switch (rc.actionReason) {
    case "replace-because-tainted":
      return `[bold]  # ${addr}[reset] is tainted, so must be [bold][red]replaced[reset]`;
    case "replace-by-request":
      return `[bold]  # ${addr}[reset] will be [bold][red]replaced[reset], as requested`;
    case "replace-by-triggers":
      return `[bold]  # ${addr}[reset] will be [bold][red]replaced[reset] due to changes in replace_triggered_by`;
    default:
      return `[bold]  # ${addr}[reset] must be [bold][red]replaced[reset]`;
  }
}

function readReason(rc: ResourceInstanceChange): string {
  switch (rc.actionReason) {
    case "read-because-config-unknown":
      return "\n  # (config refers to values not yet known)";
    case "read-because-dependency-pending":
      return "\n  # (depends on a resource or a module with changes pending)";
    case "read-because-check-nested":
      return "\n  # (config will be reloaded to verify a check block)";
    default:
      return "";
  }
}

function deleteReason(rc: ResourceInstanceChange): string {
  const r = rc.addr.resource.resource;
  switch (rc.actionReason) {
    case "delete-because-no-resource-config":
      return `\n  # (because ${r.type}.${r.name} is not in configuration)`;
    case "delete-because-no-move-target":
      return `\n  # (because ${rc.prevRunAddr} was moved to ${rc.addr}, which is not in configuration)`;
    case "delete-because-no-module":
      return `\n  # (because ${rc.addr.module} is not in configuration)`;
    case "delete-because-wrong-repetition": {
      const key = rc.addr.resource.key;
      if (key === null) return "\n  # (because resource uses count or for_each)";
      return key instanceof IntKey ? "\n  # (because resource does not use count)" : "\n  # (because resource does not use for_each)";
    }
    case "delete-because-count-index":
      return `\n  # (because index [${indexJson(rc)}] is out of range for count)`;
    case "delete-because-each-key":
      return `\n  # (because key [${indexJson(rc)}] is not in for_each map)`;
    default:
      return "";
  }
}

function deleteComment(rc: ResourceInstanceChange, addr: string, cause: ChangeCause): string {
  const head = cause === "change" ? `[bold]  # ${addr}[reset] will be [bold][red]destroyed[reset]` : `[bold]  # ${addr}[reset] has been deleted`;
  const deposed = rc.deposedKey ? "\n  # (left over from a partially-failed replacement of this instance)" : "";
  return head + deleteReason(rc) + deposed;
}

function forgetComment(rc: ResourceInstanceChange, addr: string, product: string): string {
  const head = rc.deposedKey
    ? `[bold] # ${addr}[reset] will be removed from ${product} state, but [bold][red]will not be destroyed[reset]` +
      "\n[bold] # (left over from a partially-failed replacement of this instance)"
    : `[bold] # ${addr}[reset] will no longer be managed by ${product}, but [bold][red]will not be destroyed[reset]`;
  return `${head}\n # (destroy = false is set in the configuration)`;
}

/** The comment lines above a resource's diff, as colorstring markup ending in a newline (resourceChangeComment). */
export function resourceChangeComment(rc: ResourceInstanceChange, action: Action, cause: ChangeCause, product: string): string {
  const addr = displayAddress(rc);
  const prev = previousAddress(rc);
  let printedMoved = false;
  let printedImported = false;
  let head: string;
  switch (action) {
    case "create":
      head = `[bold]  # ${addr}[reset] will be created`;
      break;
    case "read":
      head = `[bold]  # ${addr}[reset] will be read during apply${readReason(rc)}`;
      break;
    case "update":
      head = cause === "change" ? `[bold]  # ${addr}[reset] will be updated in-place` : `[bold]  # ${addr}[reset] has changed`;
      break;
    case "create-then-delete":
    case "delete-then-create":
      head = replaceComment(rc, addr);
      break;
    case "forget":
      head = forgetComment(rc, addr, product);
      break;
    case "delete":
      head = deleteComment(rc, addr, cause);
      break;
    case "no-op":
      if (prev !== undefined) {
        head = `[bold]  # ${prev}[reset] has moved to [bold]${addr}[reset]`;
        printedMoved = true;
      } else if (rc.importing) {
        head = `[bold]  # ${addr}[reset] will be imported`;
        printedImported = true;
      } else head = `${addr} has an action the plan renderer doesn't support (this is a bug)`;
      break;
  }
  let out = `${head}\n`;
  if (prev !== undefined && !printedMoved) out += `  # [reset](moved from ${prev})\n`;
  if (rc.importing && !printedImported) {
    out += rc.importing.id ? `  # [reset](imported from "${rc.importing.id}")\n` : "  # [reset](will be imported first)\n";
  }
  if (rc.importing && (action === "create-then-delete" || action === "delete-then-create")) {
    out += "  # [reset][yellow]Warning: this will destroy the imported resource[reset]\n";
  }
  return out;
}

/** `resource "type" "name"`, or `data "type" "name"` for a data resource (resourceChangeHeader). */
export function resourceChangeHeader(rc: ResourceInstanceChange): string {
  const r = rc.addr.resource.resource;
  return `${r.mode === "managed" ? "resource" : "data"} "${r.type}" "${r.name}"`;
}

/** The legend line for an action, as colorstring markup (actionDescription). */
export function actionDescription(action: Action): string {
  switch (action) {
    case "create":
      return "  [green]+[reset] create";
    case "delete":
      return "  [red]-[reset] destroy";
    case "update":
      return "  [yellow]~[reset] update in-place";
    case "create-then-delete":
      return "[green]+[reset]/[red]-[reset] create replacement and then destroy";
    case "delete-then-create":
      return "[red]-[reset]/[green]+[reset] destroy and then create replacement";
    case "read":
      return " [cyan]<=[reset] read (data resources)";
    default:
      throw new Error(`no legend for action ${action}`);
  }
}
