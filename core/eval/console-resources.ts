import { DynamicVal, Value } from "../../lang/values/value.js";
import { impliedType, type Schema } from "../../providers/schema.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import { IntKey, StringKey, type InstanceKey } from "../addrs/instance-key.js";
import type { Config } from "../configs/model.js";
import { valueMarks } from "../schemas/value-marks.js";
import { decodeObject } from "../states/object-codec.js";
import type { State } from "../states/state.js";
import { findResource } from "./static-references.js";

// The value of a resource as `terraform console` sees it (the evaluator's GetResource in the eval
// walk): the objects the state holds for it, decoded with the resource type's schema and with the
// schema's sensitive attributes marked. A resource the state does not have is unknown; so is an
// instance without a current object or one that cannot be decoded. With count, the value is a tuple
// up to the highest index in the state (gaps unknown); with for_each, an object of the string keys.

/** A resource type's schema by provider source address, mode and type; undefined when not available. */
export type ResourceSchemaLookup = (provider: string, mode: "managed" | "data", type: string) => Schema | undefined;

/** Resource values read from the state of the console's workspace. */
export class StateResources {
  constructor(
    private readonly root: Config,
    private readonly state: State,
    private readonly schemas: ResourceSchemaLookup,
  ) {}

  /** The value of a resource from its objects in the state; unknown when it has none there. */
  value(addr: AbsResource): Value {
    const rs = this.state.resource(addr);
    const mode = addr.resource.mode;
    if (!rs || mode === "ephemeral") return DynamicVal;
    const schema = this.schemas(rs.provider.provider.toString(), mode, addr.resource.type);
    if (!schema) return DynamicVal;
    const unknown = Value.unknown(impliedType(schema.block));
    const instances = new Map<InstanceKey | null, Value>();
    for (const { key, state } of rs.instances.values()) instances.set(key, state.current ? decoded(state.current, schema) ?? unknown : unknown);
    const config = this.resourceConfig(addr);
    if (config?.count) return countValue(instances, unknown);
    if (config?.forEach) return forEachValue(instances);
    return instances.get(null) ?? unknown;
  }

  /** The resource's block in the configuration, found through the module instance's static path. */
  private resourceConfig(addr: AbsResource): ReturnType<typeof findResource> {
    let module: Config | undefined = this.root;
    for (const step of addr.module.steps) module = module?.children.get(step.name);
    return module && findResource(module, addr.resource);
  }
}

/** A stored object's value with the schema's sensitive attributes marked; undefined when it does not decode. */
function decoded(obj: Parameters<typeof decodeObject>[0], schema: Schema): Value | undefined {
  const r = decodeObject(obj, impliedType(schema.block));
  return r.value && valueMarks(r.value, schema.block);
}

/** A counted resource: a tuple up to the highest index in the state, unknown where one is missing. */
function countValue(instances: ReadonlyMap<InstanceKey | null, Value>, unknown: Value): Value {
  const keys = [...instances.keys()].filter((k): k is IntKey => k instanceof IntKey);
  const length = Math.max(0, ...keys.map((k) => k.index + 1));
  const byIndex = new Map(keys.map((k) => [k.index, instances.get(k)!]));
  return Value.tuple(Array.from({ length }, (_, i) => byIndex.get(i) ?? unknown));
}

/** A resource with for_each: an object of the instances with string keys. */
function forEachValue(instances: ReadonlyMap<InstanceKey | null, Value>): Value {
  const attrs = new Map<string, Value>();
  for (const [key, value] of instances) if (key instanceof StringKey) attrs.set(key.key, value);
  return Value.object(attrs);
}
