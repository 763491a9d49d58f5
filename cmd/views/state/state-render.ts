import type { State } from "../../../core/states/state.js";
import { compareCodePoints } from "../../../lang/text/code-point-order.js";
import { unmarkDeep } from "../../../lang/values/deep-marks.js";
import { stateJson, type SchemaLookup } from "../json/index.js";
import { newRenderOpts, renderDiff, type RenderOpts } from "../plan/computed-diff.js";
import { computeDiffForType } from "../plan/differ-attribute.js";
import { computeDiffForBlock } from "../plan/differ-block.js";
import { genericFromValue, isGenericArray, isGenericObject, parseGenericJson, type Generic, type GenericObject } from "../plan/generic.js";
import { ALWAYS_MATCHER, pathsMatcher } from "../plan/path-matcher.js";
import type { StructuredChange } from "../plan/structured-change.js";

// Terraform's human rendering of a state (jsonformat's Renderer.RenderHumanState): every resource
// object as `# addr:` and its attributes in a `resource "type" "name" { ... }` block with the `=`
// signs aligned and no action symbols, module by module, then the root module's outputs. Terraform
// renders from its JSON state, so the objects here come from the same JSON (stateJson): the order,
// the decoded values and the sensitive parts are the ones `show -json` prints.

/** The text `show` prints for a state; "No state." is the caller's, for no state file at all. */
export function renderHumanState(state: State, schemas: SchemaLookup, opts: { color: boolean }): string {
  const doc = parseGenericJson(stateJson(state, schemas, { terraformVersion: "" }));
  const values = isGenericObject(doc) ? doc.get("values") : undefined;
  const root = isGenericObject(values) ? values.get("root_module") : undefined;
  const outputs = [...(state.modules.get("")?.outputs ?? [])].filter(([, o]) => o.value.isWhollyKnown);
  if (!isGenericObject(root) || (isEmptyModule(root) && outputs.length === 0)) {
    return "The state file is empty. No resources are represented.\n";
  }
  const renderOpts: RenderOpts = { ...newRenderOpts(opts.color), showUnchangedChildren: true, hideDiffActionSymbols: true };
  const out = { text: "", first: true };
  renderModule(root, schemas, renderOpts, out);
  if (outputs.length > 0) {
    out.text += "\n\nOutputs:\n\n";
    for (const [name, o] of outputs.sort(([a], [b]) => compareCodePoints(a, b))) {
      const value = unmarkDeep(o.value).value;
      const change = noOpChange(genericFromValue(value), o.sensitive);
      out.text += `${name} = ${renderDiff(computeDiffForType(change, value.type), 0, renderOpts)}\n`;
    }
  }
  return out.text;
}

function isEmptyModule(m: GenericObject): boolean {
  return list(m.get("resources")).length === 0 && list(m.get("child_modules")).length === 0;
}

// One module's resources, then its children (renderHumanStateModule), with Terraform's blank lines.
function renderModule(module: GenericObject, schemas: SchemaLookup, opts: RenderOpts, out: { text: string; first: boolean }): void {
  const resources = list(module.get("resources")).filter(isGenericObject).sort(compareResources);
  if (resources.length > 0 && !out.first) out.text += "\n";
  for (const r of resources) {
    if (!out.first) out.text += "\n";
    out.first = false;
    out.text += `${resourceHeader(r)}\n${resourceBlock(r, schemas, opts)}\n`;
  }
  for (const child of list(module.get("child_modules"))) if (isGenericObject(child)) renderModule(child, schemas, opts, out);
}

function resourceHeader(r: GenericObject): string {
  const address = str(r.get("address"));
  const deposed = str(r.get("deposed_key"));
  if (deposed !== "") return `# ${address}: (deposed object ${deposed})`;
  return r.get("tainted") === true ? `# ${address}: (tainted)` : `# ${address}:`;
}

function resourceBlock(r: GenericObject, schemas: SchemaLookup, opts: RenderOpts): string {
  const mode = str(r.get("mode"));
  const type = str(r.get("type"));
  const schema = schemas(str(r.get("provider_name")), mode === "data" ? "data" : "managed", type);
  if (!schema) throw new Error(`no schema for ${str(r.get("address"))}: the caller loads every provider the state uses`);
  const values = r.get("values") ?? null;
  const change = noOpChange(values, r.get("sensitive_values") ?? null);
  const keyword = mode === "data" ? "data" : "resource";
  return `${keyword} ${JSON.stringify(type)} ${JSON.stringify(str(r.get("name")))} ${renderDiff(computeDiffForBlock(change, schema.block), 0, opts)}`;
}

// A value shown as it is (structured.FromJsonResource and FromJsonOutput): before and after the same.
function noOpChange(value: Generic, sensitive: Generic): StructuredChange {
  return {
    beforeExplicit: false,
    afterExplicit: false,
    before: value,
    after: value,
    unknown: false,
    beforeSensitive: sensitive,
    afterSensitive: sensitive,
    replacePaths: pathsMatcher([]),
    relevantAttributes: ALWAYS_MATCHER,
    nonLegacySchema: false,
  };
}

// Data sources first, then by address, then by deposed key (renderHumanStateModule's sort).
function compareResources(a: GenericObject, b: GenericObject): number {
  const aData = a.get("mode") === "data";
  const bData = b.get("mode") === "data";
  if (aData !== bData) return aData ? -1 : 1;
  return compareCodePoints(str(a.get("address")), str(b.get("address"))) || compareCodePoints(str(a.get("deposed_key")), str(b.get("deposed_key")));
}

function list(g: Generic | undefined): readonly Generic[] {
  return isGenericArray(g) ? g : [];
}

function str(g: Generic | undefined): string {
  return typeof g === "string" ? g : "";
}
