import { NumberType, StringType } from "../../types/type.js";
import { NumError } from "../../values/number.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { DEFAULT_COST, generateFromPassword } from "./bcrypt.js";

// bcrypt(str, cost?): a salted bcrypt hash of str. Random salt, so a different result every call.

function bcryptImpl(args: readonly Value[]): Value | FuncError {
  let cost = BigInt(DEFAULT_COST);
  if (args.length > 1) {
    const n = args[1]!.asNumber().toInt64();
    if (n === undefined) return new FuncError(new NumError("int64-range").message);
    cost = n;
  }
  if (args.length > 2) return new FuncError("bcrypt() takes no more than two arguments");
  const out = generateFromPassword(new TextEncoder().encode(args[0]!.asString()), cost);
  if (typeof out !== "string") return new FuncError(`error occured generating password ${out.error}`);
  return Value.string(out);
}

/** bcrypt(str, cost): str hashed with bcrypt at the given cost (default 10). */
export const bcryptSpec: FunctionSpec = {
  description:
    "`bcrypt` computes a hash of the given string using the Blowfish cipher, returning a string in [the _Modular Crypt Format_](https://passlib.readthedocs.io/en/stable/modular_crypt_format.html) usually expected in the shadow password file on many Unix systems.",
  params: [{ name: "str", type: StringType }],
  varParam: { name: "cost", type: NumberType },
  returnType: staticReturnType(StringType),
  impl: bcryptImpl,
  impure: true,
};
