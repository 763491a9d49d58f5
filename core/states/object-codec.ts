import type { AbsResource } from "../addrs/abs-resource.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Type } from "../../lang/types/type.js";
import { unmarkDeep } from "../../lang/values/deep-marks.js";
import { JsonError } from "../../lang/values/json-marshal.js";
import { marshalTyped, unmarshalTyped } from "../../lang/values/json-typed.js";
import { Mark } from "../../lang/values/marks.js";
import { markedPaths, markPaths, type PathStep, type ValuePath } from "../../lang/values/path.js";
import { Value } from "../../lang/values/value.js";
import { valueFromFlatmap } from "./flatmap.js";
import type { ObjectStatus, StoredObject } from "./state.js";

// Between a resource instance object's value and its stored form (ResourceInstanceObject.Encode and
// ResourceInstanceObjectSrc.Decode): attributes as JSON of the schema's type, with the paths of
// sensitive parts kept beside them, since marks cannot live in JSON.

/** The value of a stored object, with its sensitive parts marked again; `type` is the schema's implied type. */
export function decodeObject(obj: StoredObject, type: Type): { value?: Value; error?: string } {
  let value: Value;
  if (obj.attrsFlat !== undefined && obj.attrsJson === "") {
    const r = valueFromFlatmap(obj.attrsFlat, type);
    if ("error" in r) return { error: r.error };
    value = r.value;
  } else {
    const r = unmarshalTyped(obj.attrsJson, type);
    if (r instanceof JsonError) return { error: r.message };
    value = r;
  }
  return { value: markPaths(value, obj.sensitivePaths.map((p) => pathIn(value, p))) };
}

/** What goes with a value into its stored form. */
export interface EncodeOptions {
  readonly schemaVersion: number;
  readonly private?: Uint8Array;
  readonly status?: ObjectStatus;
  readonly dependencies?: readonly AbsResource[];
  readonly createBeforeDestroy?: boolean;
}

/**
 * The stored form of an object's value: sensitive paths collected, marks removed, attributes as JSON
 * of `type`, dependencies sorted by address as Terraform sorts them. A value with an unknown part, or
 * with an ephemeral part, cannot be stored.
 */
export function encodeObject(value: Value, type: Type, opts: EncodeOptions): StoredObject | { error: string } {
  if (markedPaths(value, Mark.Ephemeral).length > 0) {
    return { error: "cannot serialize value marked as ephemeral for inclusion in a state snapshot (this is a bug in Terrane)" };
  }
  const sensitivePaths = markedPaths(value, Mark.Sensitive);
  const plain = unmarkDeep(value).value;
  const attrsJson = marshalTyped(plain, type);
  if (attrsJson instanceof JsonError) return { error: attrsJson.message };
  const dependencies = [...(opts.dependencies ?? [])].sort((a, b) => compareCodePoints(a.toString(), b.toString()));
  return {
    schemaVersion: opts.schemaVersion,
    attrsJson,
    sensitivePaths,
    ...(opts.private && opts.private.length > 0 ? { private: opts.private } : {}),
    status: opts.status ?? "ready",
    dependencies,
    createBeforeDestroy: opts.createBeforeDestroy ?? false,
  };
}

// A path as read from a state file names set elements by index or key steps (cty's IndexStep); where
// the value holds a set there, the step becomes an element step so that markPaths can find it.
function pathIn(v: Value, path: ValuePath): ValuePath {
  const out: PathStep[] = [];
  let cur: Value | undefined = v;
  for (const step of path) {
    const inSet: boolean = cur !== undefined && cur.type.kind === "set";
    const s: PathStep = inSet && !("element" in step) && !("attr" in step) ? { element: keyValue(step) } : step;
    out.push(s);
    cur = cur === undefined || !cur.isKnown || cur.isNull ? undefined : child(cur, s);
  }
  return out;
}

function keyValue(step: { index: number } | { key: string }): Value {
  return "index" in step ? Value.numberFrom(step.index) : Value.string(step.key);
}

function child(v: Value, s: PathStep): Value | undefined {
  if ("attr" in s) return v.type.kind === "object" ? v.entries().get(s.attr) : undefined;
  if ("key" in s) return v.type.kind === "map" ? v.entries().get(s.key) : undefined;
  if ("index" in s) return v.type.kind === "list" || v.type.kind === "tuple" ? v.elements()[s.index] : undefined;
  return undefined;
}
