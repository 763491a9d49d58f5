import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { goJoin } from "./go-path.js";
import {
  BadPattern,
  indexAnyWithEscaping,
  indexWithEscaping,
  lastIndexWithEscaping,
  matchComponent,
  splitAlternatives,
} from "./glob-match.js";

// Filesystem globbing with `**`, as github.com/bmatcuk/doublestar v1's Glob does it (which Terraform's
// fileset uses): directories are read in name order, symlinks are followed, unreadable directories
// are skipped, and a malformed pattern is an error.

/** The paths matching a pattern (relative patterns are relative to the working directory). */
export function glob(pattern: string): string[] | BadPattern {
  if (pattern === "") return [];
  if (pattern.startsWith("{")) {
    const { options, end } = splitAlternatives(pattern.slice(1));
    if (end === -1) return new BadPattern();
    const all: string[] = [];
    for (const o of options) {
      const m = glob(o + pattern.slice(end + 1));
      if (m instanceof BadPattern) return m;
      all.push(...m);
    }
    return all;
  }
  if (pattern.startsWith("/")) return doGlob("/", pattern.slice(1), []);
  return doGlob(".", pattern, []);
}

function tryStat(f: (p: string) => Stats, p: string): Stats | undefined {
  try {
    return f(p);
  } catch {
    return undefined;
  }
}

function listDir(dir: string): { name: string; stats: Stats | undefined }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ name, stats: tryStat(lstatSync, goJoin(dir, name)) }));
}

function doGlob(baseIn: string, patternIn: string, matches: string[]): string[] | BadPattern {
  let basedir = baseIn;
  let pattern = patternIn;
  let globIdx = indexAnyWithEscaping(pattern, "*?[{\\");
  if (globIdx > 0) globIdx = lastIndexWithEscaping(pattern.slice(0, globIdx), "/");
  else if (globIdx === -1) globIdx = lastIndexWithEscaping(pattern, "/");
  if (globIdx > 0) {
    basedir = goJoin(basedir, pattern.slice(0, globIdx));
    pattern = pattern.slice(globIdx + 1);
  }
  let fi = tryStat(lstatSync, basedir);
  if (!fi) return matches;
  if (pattern === "") return [...matches, basedir];
  if (fi.isSymbolicLink()) fi = tryStat(statSync, basedir);
  if (!fi || !fi.isDirectory()) return matches;
  const files = listDir(basedir);
  let m = matches;
  const slash = indexWithEscaping(pattern, "/");
  const last = slash === -1;
  if ((last ? pattern : pattern.slice(0, slash)) === "**") {
    const r = doubleStar(basedir, pattern, files, last, m);
    if (r instanceof BadPattern || last) return r;
    m = r;
    pattern = pattern.slice(slash + 1);
  }
  return matchEntries(basedir, pattern, files, m);
}

function doubleStar(
  basedir: string,
  pattern: string,
  files: { name: string; stats: Stats | undefined }[],
  last: boolean,
  matches: string[],
): string[] | BadPattern {
  let m = matches;
  for (const file of files) {
    const path = goJoin(basedir, file.name);
    const st = file.stats?.isSymbolicLink() ? tryStat(statSync, path) : file.stats;
    if (!st) continue;
    if (st.isDirectory()) {
      if (last) m = [...m, path];
      const r = doGlob(path, pattern, m);
      if (r instanceof BadPattern) return r;
      m = r;
    } else if (last) m = [...m, path];
  }
  return m;
}

function matchEntries(basedir: string, pattern: string, files: { name: string }[], matches: string[]): string[] | BadPattern {
  let m = matches;
  for (const file of files) {
    const match = matchComponent(pattern, file.name);
    if (match instanceof BadPattern) return match;
    if (match === undefined) continue;
    const path = goJoin(basedir, file.name);
    if (match.length === 0) {
      m = [...m, path];
      continue;
    }
    for (const alt of match) {
      const r = doGlob(path, alt, m);
      if (r instanceof BadPattern) return r;
      m = r;
    }
  }
  return m;
}
