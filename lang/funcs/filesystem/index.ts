import type { FunctionSpec } from "../function.js";
import { filebase64Spec, fileexistsSpec, fileSpec } from "./file-functions.js";
import { filesetSpec } from "./fileset.js";
import { abspathSpec, basenameSpec, dirnameSpec, pathexpandSpec } from "./path-functions.js";
import { templatefileSpec, templatestringSpec } from "./template-functions.js";

// The filesystem functions: paths (abspath, basename, dirname, pathexpand), reading files shipped with
// the configuration (file, filebase64, fileexists, fileset) and rendering templates (templatefile,
// templatestring). Relative paths are taken from the calling module's directory (FuncContext.baseDir).

/** The filesystem functions by name. */
export const filesystemFunctions: ReadonlyMap<string, FunctionSpec> = new Map([
  ["abspath", abspathSpec],
  ["basename", basenameSpec],
  ["dirname", dirnameSpec],
  ["pathexpand", pathexpandSpec],
  ["file", fileSpec],
  ["filebase64", filebase64Spec],
  ["fileexists", fileexistsSpec],
  ["fileset", filesetSpec],
  ["templatefile", templatefileSpec],
  ["templatestring", templatestringSpec],
]);
