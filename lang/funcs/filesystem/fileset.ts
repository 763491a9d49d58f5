import { StringType, setOf } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec, type FuncContext } from "../function.js";
import { redactIfSensitive } from "../encoding/redact.js";
import { goSyscallError, statPath } from "./file-access.js";
import { glob } from "./glob.js";
import { BadPattern } from "./glob-match.js";
import { goIsAbs, goJoin, goRel } from "./go-path.js";

// fileset: the regular files under a directory that match a doublestar pattern, as paths relative to
// that directory with forward slashes.

function fileSet(pathArg: Value, patternArg: Value, ctx: FuncContext): Value | FuncError {
  const marks = pathArg.marks | patternArg.marks;
  const path = goIsAbs(pathArg.asString()) ? pathArg.asString() : goJoin(ctx.baseDir, pathArg.asString());
  const pattern = goJoin(path, patternArg.asString());
  const matches = glob(pattern);
  if (matches instanceof BadPattern) {
    return new FuncError(`failed to glob pattern ${redactIfSensitive(pattern, marks)}: ${matches.message}`);
  }
  const found: Value[] = [];
  for (const match of matches) {
    const st = statPath(match);
    if (st === undefined || "err" in st) {
      const err = st === undefined ? { code: "ENOENT" } : st.err;
      return new FuncError(`failed to stat ${redactIfSensitive(match, marks)}: ${goSyscallError("stat", match, err)}`);
    }
    if (!st.isFile()) continue;
    const rel = goRel(path, match);
    if (rel === undefined) return new FuncError(`failed to trim path of match ${redactIfSensitive(match, marks)}`);
    found.push(Value.string(rel));
  }
  return Value.set(found, StringType).mark(marks);
}

/** fileset(path, pattern): the set of matching regular files under path. */
export const filesetSpec: FunctionSpec = {
  description:
    "`fileset` enumerates a set of regular file names given a path and pattern. The path is automatically removed from the resulting set of file names and any result still containing path separators always returns forward slash (`/`) as the path separator for cross-system compatibility.",
  params: [
    { name: "path", type: StringType, allowMarked: true },
    { name: "pattern", type: StringType, allowMarked: true },
  ],
  returnType: staticReturnType(setOf(StringType)),
  impl: ([path, pattern], _t, ctx) => fileSet(path!, pattern!, ctx),
};

