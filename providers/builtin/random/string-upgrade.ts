import { BoolType, mapOf, NumberType, StringType, type Type } from "../../../lang/types/type.js";
import { Value } from "../../../lang/values/value.js";
import type { Schema, SchemaAttribute } from "../../schema.js";

// What random_string and random_password stored under their older schema versions, and the upgrade both
// apply to it: attributes that imports by provider 3.3.1 and earlier left null get their defaults (and
// `length` the byte length of `result`) so that the next plan does not replace the object, and `numeric`
// is set from `number`.

/** Which of the optional later attributes an older schema version had. */
export interface PriorStringShape {
  readonly numeric: boolean;
  readonly bcryptHash: boolean;
}

const attr = (type: Type): SchemaAttribute => ({ type, optional: true, computed: true });

/** The schema of an older version, as far as reading its stored JSON needs it. */
export function priorStringSchema(version: number, shape: PriorStringShape): Schema {
  const attributes: Record<string, SchemaAttribute> = {
    keepers: { type: mapOf(StringType), optional: true },
    length: { type: NumberType, required: true },
    special: attr(BoolType),
    upper: attr(BoolType),
    lower: attr(BoolType),
    number: attr(BoolType),
    min_numeric: attr(NumberType),
    min_upper: attr(NumberType),
    min_lower: attr(NumberType),
    min_special: attr(NumberType),
    override_special: attr(StringType),
    result: { type: StringType, computed: true },
    id: { type: StringType, computed: true },
  };
  if (shape.numeric) attributes["numeric"] = attr(BoolType);
  if (shape.bcryptHash) attributes["bcrypt_hash"] = { type: StringType, computed: true };
  return { version, block: { attributes } };
}

/** The prior object's attributes with nulls replaced by defaults and `numeric` copied from `number`. */
export function upgradedStringAttributes(prior: Value): Record<string, Value> {
  const a = prior.entries();
  const result = a.get("result")!;
  const orDefault = (name: string, fallback: Value): Value => (a.get(name)!.isNull ? fallback : a.get(name)!);
  const resultBytes = result.isNull ? 0 : Buffer.byteLength(result.asString(), "utf8");
  const number = orDefault("number", Value.bool(true));
  return {
    keepers: a.get("keepers")!,
    length: orDefault("length", Value.numberFrom(resultBytes)),
    special: orDefault("special", Value.bool(true)),
    upper: orDefault("upper", Value.bool(true)),
    lower: orDefault("lower", Value.bool(true)),
    number,
    numeric: number,
    min_numeric: orDefault("min_numeric", Value.numberFrom(0)),
    min_upper: orDefault("min_upper", Value.numberFrom(0)),
    min_lower: orDefault("min_lower", Value.numberFrom(0)),
    min_special: orDefault("min_special", Value.numberFrom(0)),
    override_special: a.get("override_special")!,
    result,
    id: a.get("id")!,
  };
}
