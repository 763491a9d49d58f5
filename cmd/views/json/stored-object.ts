import { JsonError } from "../../../lang/values/json-marshal.js";
import { unmarshalTyped } from "../../../lang/values/json-typed.js";
import { markPaths } from "../../../lang/values/path.js";
import type { Value } from "../../../lang/values/value.js";
import type { StoredObject } from "../../../core/states/state.js";
import { impliedType, type Schema } from "../../../providers/schema.js";

// A stored object's attributes as a value (ResourceInstanceObjectSrc.Decode): the JSON read with the
// resource type's implied type, and the sensitive mark put back on each recorded sensitive path.
// Kept here until the state package offers its own object codec.

/** The object's value with its sensitive paths marked; a value the schema cannot read is a bug upstream. */
export function decodeStoredObject(obj: StoredObject, schema: Schema, addr: string): Value {
  const v = unmarshalTyped(obj.attrsJson, impliedType(schema.block));
  if (v instanceof JsonError) throw new Error(`cannot decode ${addr} from the state: ${v.message}`);
  return markPaths(v, obj.sensitivePaths);
}
