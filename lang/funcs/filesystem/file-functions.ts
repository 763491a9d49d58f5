import { BoolType, StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FuncContext, type FunctionSpec } from "../function.js";
import { encodeBase64, STD_ENCODING } from "../../text/go-base64.js";
import { redactIfSensitive } from "../encoding/redact.js";
import { isValidUtf8, utf8Text } from "../encoding/utf8.js";
import { readFileForFunction, resolvePath, statPath } from "./file-access.js";
import type { Stats } from "node:fs";

// file, filebase64 and fileexists: reading files shipped with the configuration, relative to the
// module directory. The path argument's marks stay on the result; a sensitive path is never printed.

function fileContents(args: readonly Value[], ctx: FuncContext, asBase64: boolean): Value | FuncError {
  const pathArg = args[0]!;
  const path = pathArg.asString();
  const bytes = readFileForFunction(ctx.baseDir, path, pathArg.marks);
  if (bytes instanceof FuncError) return bytes;
  if (asBase64) return Value.string(encodeBase64(bytes, STD_ENCODING)).mark(pathArg.marks);
  if (!isValidUtf8(bytes)) {
    return new FuncError(
      `contents of ${redactIfSensitive(path, pathArg.marks)} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
    );
  }
  return Value.string(utf8Text(bytes)).mark(pathArg.marks);
}

/** file(path): the UTF-8 contents of a file. */
export const fileSpec: FunctionSpec = {
  description: "`file` reads the contents of a file at the given path and returns them as a string.",
  params: [{ name: "path", type: StringType, allowMarked: true }],
  returnType: staticReturnType(StringType),
  impl: (args, _t, ctx) => fileContents(args, ctx, false),
};

/** filebase64(path): the contents of a file, base64-encoded. */
export const filebase64Spec: FunctionSpec = {
  description: "`filebase64` reads the contents of a file at the given path and returns them as a base64-encoded string.",
  params: [{ name: "path", type: StringType, allowMarked: true }],
  returnType: staticReturnType(StringType),
  impl: (args, _t, ctx) => fileContents(args, ctx, true),
};

function notRegularFile(name: string, st: Stats): string {
  if (st.isDirectory()) return `${name} is a directory, not a file`;
  if (st.isBlockDevice() || st.isCharacterDevice()) return `${name} is a device node, not a regular file`;
  if (st.isFIFO()) return `${name} is a named pipe, not a regular file`;
  if (st.isSocket()) return `${name} is a unix domain socket, not a regular file`;
  return `${name} is not a regular file`;
}

function fileExists(pathArg: Value, ctx: FuncContext): Value | FuncError {
  const resolved = resolvePath(ctx.baseDir, pathArg.asString());
  if (resolved instanceof FuncError) return resolved;
  const st = statPath(resolved);
  if (st === undefined) return Value.bool(false).mark(pathArg.marks);
  if ("err" in st) return new FuncError(`failed to stat ${redactIfSensitive(resolved, pathArg.marks)}`);
  if (st.isFile()) return Value.bool(true).mark(pathArg.marks);
  return new FuncError(notRegularFile(redactIfSensitive(resolved, pathArg.marks), st));
}

/** fileexists(path): whether a regular file exists there; directories and other kinds are errors. */
export const fileexistsSpec: FunctionSpec = {
  description: "`fileexists` determines whether a file exists at a given path.",
  params: [{ name: "path", type: StringType, allowMarked: true }],
  returnType: staticReturnType(BoolType),
  impl: ([path], _t, ctx) => fileExists(path!, ctx),
};
