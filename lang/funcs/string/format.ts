import { DynamicPseudoType, StringType, listOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { scanFormat } from "./format-scan.js";
import { formatVerb } from "./format-verbs.js";

// format and formatlist: printf-style formatting with cty's verbs (see format-verbs.ts), and
// formatlist's iteration over list, set and tuple arguments in step.

/** Formats once; a plain error for formatlist, an error on the first unused argument for format. */
function formatOnce(format: string, args: readonly Value[]): { text: string } | { error: string; argIndex?: number } {
  const r = scanFormat(format, (verb) => formatVerb(verb, args));
  if (r instanceof FuncError) return { error: r.message };
  if (r.maxArg < args.length) {
    const why = r.maxArg === 0 ? "no verbs in format string" : `only ${r.maxArg} used by format string`;
    return { error: `too many arguments; ${why}`, argIndex: r.maxArg + 1 };
  }
  return { text: r.text };
}

/** The unknown result of format: it starts with the literal text before the first verb. */
function unknownFormat(format: string): Value {
  const idx = format.indexOf("%");
  return Value.unknown(StringType, idx > 0 ? { notNull: true, stringPrefix: format.slice(0, idx) } : { notNull: true });
}

const FORMAT_PARAM = { name: "format", type: StringType };
const ARGS_PARAM = { name: "args", type: DynamicPseudoType, allowNull: true, allowUnknown: true };

/** format(format, args...). */
export const formatSpec: FunctionSpec = {
  description:
    "The `format` function produces a string by formatting a number of other values according to a specification string. It is similar to the `printf` function in C, and other similar functions in other programming languages.",
  params: [FORMAT_PARAM],
  varParam: ARGS_PARAM,
  returnType: staticReturnType(StringType),
  impl: (args) => {
    const format = args[0]!.asString();
    const values = args.slice(1);
    if (!values.every((v) => v.isWhollyKnown)) return unknownFormat(format);
    const r = formatOnce(format, values);
    return "text" in r ? Value.string(r.text) : new FuncError(r.error, r.argIndex);
  },
};

/** How formatlist takes each argument: element by element (a sequence), as is, or not known yet. */
type Source = KnownSource | "unknown";
type KnownSource = { readonly each: readonly Value[] } | { readonly single: Value };

/** formatlist(format, args...): one string per element of the (equally long) sequence arguments. */
export const formatlistSpec: FunctionSpec = {
  description:
    "`formatlist` produces a list of strings by formatting a number of other values according to a specification string.",
  params: [FORMAT_PARAM],
  varParam: ARGS_PARAM,
  returnType: staticReturnType(listOf(StringType)),
  impl: (args, retType) => {
    const format = args[0]!.asString();
    const values = args.slice(1);
    if (values.length === 0) {
      const r = formatOnce(format, values);
      return "text" in r ? Value.list([Value.string(r.text)]) : new FuncError(r.error);
    }
    const plan = sourcesOf(values);
    if (plan instanceof FuncError) return plan;
    const known = plan.sources.filter((s): s is KnownSource => s !== "unknown");
    if (known.length < plan.sources.length) return Value.unknown(retType);
    if (plan.length === 0) return Value.list([], StringType);
    const out: Value[] = [];
    for (let i = 0; i < Math.max(plan.length, 1); i++) {
      const r = formatRow(format, known.map((s) => ("each" in s ? s.each[i]! : s.single)), i);
      if (r instanceof FuncError) return r;
      out.push(r);
    }
    return Value.list(out, StringType);
  },
};

/** Classifies the arguments and checks that all sequences have one length (-1 when there are none). */
function sourcesOf(values: readonly Value[]): { sources: Source[]; length: number } | FuncError {
  let length = -1;
  let chooser = -1;
  const sources: Source[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = v.type;
    const isSeq = t.kind === "list" || t.kind === "set" || t.kind === "tuple";
    if (!isSeq || v.isNull) {
      sources.push({ single: v });
      continue;
    }
    if (t.kind !== "tuple" && !v.isKnown) {
      sources.push("unknown");
      continue;
    }
    const n = t.kind === "tuple" ? t.elements.length : v.length;
    if (length === -1) [length, chooser] = [n, i];
    else if (n !== length) {
      const msg = `argument ${i + 1} has length ${n}, which is inconsistent with argument ${chooser + 1} of length ${length}`;
      return new FuncError(msg, i + 1);
    }
    sources.push(v.isKnown ? { each: v.elements() } : "unknown");
  }
  return { sources, length };
}

function formatRow(format: string, row: readonly Value[], iteration: number): Value | FuncError {
  if (!row.every((v) => v.isWhollyKnown)) return Value.unknown(StringType);
  const r = formatOnce(format, row);
  return "text" in r ? Value.string(r.text) : new FuncError(`error on format iteration ${iteration}: ${r.error}`);
}
