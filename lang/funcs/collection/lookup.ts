import { goQuote } from "../../text/go-quote.js";
import { convert, ConversionError } from "../../types/convert.js";
import { DynamicPseudoType, StringType, type Type } from "../../types/type.js";
import { Mark, hasMark, type Marks } from "../../values/marks.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncResult, type FunctionSpec } from "../function.js";

// lookup(inputMap, key, default?): Terraform's LookupFunc. An object's attribute gives its own type
// (so the key must be known to type the result); a map gives its element type, and a default must
// convert to it. Marks of the map and the key go on the result; a sensitive key is not printed.

/** lookup(inputMap, key, default?): the element at key, else the default. */
export const lookup: FunctionSpec = {
  description:
    "Retrieves the value of a single element from a map, given its key. If the given key does not exist, the given default value is returned instead.",
  params: [
    { name: "inputMap", type: DynamicPseudoType, allowMarked: true, allowUnknown: true },
    { name: "key", type: StringType, allowMarked: true, allowUnknown: true },
  ],
  varParam: {
    name: "default",
    type: DynamicPseudoType,
    allowUnknown: true,
    allowDynamicType: true,
    allowNull: true,
    allowMarked: true,
  },
  returnType: lookupType,
  impl: lookupImpl,
};

function lookupType(args: readonly Value[]): FuncResult<Type> {
  if (args.length > 3) return new FuncError(`lookup() takes two or three arguments, got ${args.length}`);
  const [m, key, dflt] = args;
  const t = m!.type;
  if (t.kind === "object") {
    if (!key!.isKnown) return DynamicPseudoType;
    const name = key!.unmark().asString();
    const attr = t.attributes.get(name);
    if (attr) return attr;
    if (dflt) return dflt.type;
    return new FuncError(`the given object has no attribute ${goQuote(name)}`, 0);
  }
  if (t.kind === "map") {
    if (dflt && convert(dflt.unmark(), t.element) instanceof ConversionError) {
      return new FuncError("the default value must have the same type as the map elements", 2);
    }
    return t.element;
  }
  return new FuncError("lookup() requires a map as the first argument", 0);
}

function lookupImpl(args: readonly Value[], retType: Type): FuncResult<Value> {
  const [mArg, keyArg, dflt] = args;
  const m = mArg!.unmark();
  const key = keyArg!.unmark();
  const marks: Marks = mArg!.marks | keyArg!.marks;
  if (!m.isKnown || !key.isKnown) return Value.unknown(retType).mark(marks);
  const found = m.entries().get(key.asString());
  if (found) return found.mark(marks);
  if (dflt) {
    const v = convert(dflt.unmark(), retType);
    if (v instanceof ConversionError) return new FuncError(v.message);
    return v.mark(dflt.marks | marks);
  }
  const shown = hasMark(keyArg!.marks, Mark.Sensitive) ? "(sensitive value)" : goQuote(key.asString());
  return new FuncError(`lookup failed to find key ${shown}`);
}
