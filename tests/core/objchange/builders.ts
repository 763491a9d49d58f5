// Short names for building values and schemas in the objchange tables, close to the cty and
// configschema spellings of Terraform's own test tables (cty.StringVal → str, cty.ObjectVal → obj, ...).

import { Mark } from "../../../lang/values/marks.js";
import { BigNum } from "../../../lang/values/number.js";
import { Value, type Refinement } from "../../../lang/values/value.js";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  listOf,
  mapOf,
  objectOf,
  setOf,
  type Type,
} from "../../../lang/types/type.js";
import type { BlockSchema, NestedBlock, NestingMode, SchemaAttribute } from "../../../providers/schema.js";

/** cty.String. */
export const S = StringType;
/** cty.Number. */
export const N = NumberType;
/** cty.Bool. */
export const B = BoolType;
/** cty.DynamicPseudoType. */
export const D = DynamicPseudoType;
/** cty.Object(...). */
export const objT = (attrs: Record<string, Type>): Type => objectOf(attrs);
/** cty.List(...). */
export const listT = listOf;
/** cty.Set(...). */
export const setT = setOf;
/** cty.Map(...). */
export const mapT = mapOf;
/** cty.EmptyObject. */
export const EmptyObjectT = objectOf({});

/** cty.StringVal. */
export const str = (s: string): Value => Value.string(s);
/** cty.NumberIntVal / NumberFloatVal. */
export const num = (n: number): Value => Value.numberFrom(n);
/** cty.BoolVal. */
export const bool = (b: boolean): Value => Value.bool(b);
/** cty.NullVal. */
export const nul = (t: Type): Value => Value.null(t);
/** cty.UnknownVal, optionally refined. */
export const unk = (t: Type, r?: Refinement): Value => Value.unknown(t, r);
/** cty.DynamicVal. */
export const DynamicVal = Value.unknown(DynamicPseudoType);
/** cty.ObjectVal. */
export const obj = (attrs: Record<string, Value>): Value => Value.object(attrs);
/** cty.EmptyObjectVal. */
export const EmptyObjectVal = Value.object({});
/** cty.ListVal. */
export const list = (els: Value[]): Value => Value.list(els);
/** cty.ListValEmpty. */
export const listEmpty = (t: Type): Value => Value.list([], t);
/** cty.SetVal. */
export const set = (els: Value[]): Value => Value.set(els);
/** cty.SetValEmpty. */
export const setEmpty = (t: Type): Value => Value.set([], t);
/** cty.MapVal. */
export const map = (entries: Record<string, Value>): Value => Value.map(entries);
/** cty.MapValEmpty. */
export const mapEmpty = (t: Type): Value => Value.map({}, t);
/** cty.TupleVal. */
export const tuple = (els: Value[]): Value => Value.tuple(els);
/** v.Mark(marks.Sensitive). */
export const sensitive = (v: Value): Value => v.mark(Mark.Sensitive);
/** A number bound for refinements. */
export const bound = (n: number, inclusive = true) => ({ value: BigNum.fromInt(n), inclusive });

type Flags = Partial<Pick<SchemaAttribute, "required" | "optional" | "computed" | "sensitive" | "writeOnly">>;

/** An attribute with no flags at all (configschema.Attribute{Type: t}). */
export const plain = (type: Type, flags: Flags = {}): SchemaAttribute => ({ type, ...flags });
/** A required attribute. */
export const req = (type: Type, flags: Flags = {}): SchemaAttribute => ({ type, required: true, ...flags });
/** An optional attribute. */
export const opt = (type: Type, flags: Flags = {}): SchemaAttribute => ({ type, optional: true, ...flags });
/** A computed attribute. */
export const comp = (type: Type, flags: Flags = {}): SchemaAttribute => ({ type, computed: true, ...flags });
/** An optional+computed attribute. */
export const optComp = (type: Type, flags: Flags = {}): SchemaAttribute => ({ type, optional: true, computed: true, ...flags });

/** A nested attribute type (configschema.Attribute{NestedType: ...}). */
export const nested = (nesting: NestingMode, attributes: Record<string, SchemaAttribute>, flags: Flags = {}): SchemaAttribute => ({
  nested: { nesting, attributes },
  ...flags,
});

/** A block schema. */
export const block = (attributes: Record<string, SchemaAttribute> = {}, blocks: Record<string, NestedBlock> = {}): BlockSchema => ({
  attributes,
  blocks,
});

/** A nested block type. */
export const nb = (nesting: NestingMode, inner: BlockSchema = block()): NestedBlock => ({ nesting, block: inner });

/** Terraform's testAttributes: one attribute of each kind. */
export const testAttributes: Record<string, SchemaAttribute> = {
  optional: opt(S),
  computed: comp(S),
  optional_computed: optComp(S),
  required: req(S),
};
