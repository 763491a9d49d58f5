import type { Traversal } from "../../lang/syntax/ast.js";
import { Value } from "../../lang/values/value.js";
import type { Resource } from "../configs/model.js";

// lifecycle.ignore_changes (processIgnoreChanges): before planning, each ignored attribute of the
// configuration takes the prior object's value, so the provider sees no change there; `all` ignores
// every attribute. Nothing is ignored when the object is being created.

/** The configuration with ignored attributes replaced by their prior values. */
export function applyIgnoreChanges(r: Resource, prior: Value, config: Value): Value {
  if (prior.isNull || config.isNull || !config.isKnown) return config;
  if (r.lifecycle.ignoreAllChanges) return ignoreAll(prior, config);
  let out = config;
  for (const t of r.lifecycle.ignoreChanges) out = replaceAt(out, prior, stepsOf(t));
  return out;
}

/** Every attribute the configuration sets takes its prior value. */
function ignoreAll(prior: Value, config: Value): Value {
  const attrs = new Map(config.entries());
  for (const [name, v] of prior.entries()) if (attrs.has(name)) attrs.set(name, v);
  return Value.of(config.type, attrs, config.marks);
}

type Step = { readonly name: string } | { readonly key: string | number };

function stepsOf(t: Traversal): Step[] {
  const out: Step[] = [];
  for (const s of t) {
    if (s.type === "TraverseRoot" || s.type === "TraverseAttr") out.push({ name: s.name });
    else if (s.type === "TraverseIndex") {
      const k = s.key;
      if (k.kind === "string") out.push({ key: k.value });
      else if (k.kind === "number") out.push({ key: Number(k.text) });
    }
  }
  return out;
}

/** `config` with the part at `steps` taken from `prior` (when both have it). */
function replaceAt(config: Value, prior: Value, steps: readonly Step[]): Value {
  if (steps.length === 0) return prior;
  if (!config.isKnown || config.isNull || !prior.isKnown || prior.isNull) return config;
  const [step, ...rest] = steps as [Step, ...Step[]];
  const name = "name" in step ? step.name : step.key;
  if (config.raw instanceof Map && typeof name === "string") {
    const c = config.entries().get(name);
    const p = prior.entries().get(name);
    if (!c || !p) return config;
    const m = new Map(config.entries());
    m.set(name, replaceAt(c, p, rest));
    return Value.of(config.type, m, config.marks);
  }
  if (Array.isArray(config.raw) && typeof name === "number" && config.type.kind !== "set") {
    const c = config.elements()[name];
    const p = prior.elements()[name];
    if (!c || !p) return config;
    const els = [...config.elements()];
    els[name] = replaceAt(c, p, rest);
    return Value.of(config.type, els, config.marks);
  }
  return config;
}
