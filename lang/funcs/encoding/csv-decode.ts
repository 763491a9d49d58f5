import { goQuote } from "../../text/go-quote.js";
import { DynamicPseudoType, StringType, listOf, objectOf, type ListType, type Type } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, type FunctionSpec } from "../function.js";
import { CsvError, CsvReader } from "./go-csv.js";

// csvdecode: the first record names the attributes; every later record becomes an object of strings.

function csvFailure(e: CsvError): FuncError {
  return new FuncError(`CSV parse error on line ${e.line}: ${e.message}`);
}

function headerType(text: string): Type | FuncError {
  const header = new CsvReader(text).read();
  if (header === undefined) return new FuncError("missing header line");
  if (header instanceof CsvError) return csvFailure(header);
  const attrs = new Map<string, Type>();
  for (const name of header) {
    if (attrs.has(name)) return new FuncError(`duplicate column name ${goQuote(name)}`);
    attrs.set(name, StringType);
  }
  return listOf(objectOf(attrs));
}

function decodeRows(text: string, retType: ListType): Value | FuncError {
  const reader = new CsvReader(text);
  const header = reader.read() as string[];
  const rows: Value[] = [];
  for (;;) {
    const rec = reader.read();
    if (rec === undefined) break;
    if (rec instanceof CsvError) return csvFailure(rec);
    rows.push(Value.object(new Map(rec.map((field, i) => [header[i]!, Value.string(field)]))));
  }
  return Value.list(rows, retType.element);
}

/** csvdecode(str): a list of objects, one per CSV record after the header. */
export const csvdecodeSpec: FunctionSpec = {
  description:
    "`csvdecode` decodes a string containing CSV-formatted data and produces a list of maps representing that data.",
  params: [{ name: "str", type: StringType }],
  returnType: ([str]) => (str!.isKnown ? headerType(str!.asString()) : DynamicPseudoType),
  impl: ([str], retType) => decodeRows(str!.asString(), retType as ListType),
};
