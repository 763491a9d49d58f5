import { StringType } from "../../types/type.js";
import { Value } from "../../values/value.js";
import { FuncError, staticReturnType, type FunctionSpec } from "../function.js";
import { USER_HOME_ERROR, expandHome, goBase, goClean, goDir, goIsAbs, goJoin } from "./go-path.js";

// abspath, basename, dirname and pathexpand: pure path manipulation, without touching the disk
// (abspath resolves against the process's working directory, as Terraform's does).

function pathFunction(description: string, f: (path: string) => string | FuncError): FunctionSpec {
  return {
    description,
    params: [{ name: "path", type: StringType }],
    returnType: staticReturnType(StringType),
    impl: ([path]) => {
      const r = f(path!.asString());
      return r instanceof FuncError ? r : Value.string(r);
    },
  };
}

/** abspath(path): the path made absolute against the working directory, cleaned. */
export const abspathSpec = pathFunction(
  "`abspath` takes a string containing a filesystem path and converts it to an absolute path. That is, if the path is not absolute, it will be joined with the current working directory.",
  (p) => (goIsAbs(p) ? goClean(p) : goJoin(process.cwd(), p)),
);

/** basename(path): the last element of the path. */
export const basenameSpec = pathFunction(
  "`basename` takes a string containing a filesystem path and removes all except the last portion from it.",
  goBase,
);

/** dirname(path): all but the last element of the path. */
export const dirnameSpec = pathFunction(
  "`dirname` takes a string containing a filesystem path and removes the last portion from it.",
  goDir,
);

/** pathexpand(path): a leading "~" replaced by the current user's home directory. */
export const pathexpandSpec = pathFunction(
  "`pathexpand` takes a filesystem path that might begin with a `~` segment, and if so it replaces that segment with the current user's home directory path.",
  (p) => expandHome(p) ?? new FuncError(USER_HOME_ERROR),
);
