import type { ValuePath } from "../../../lang/values/path.js";

// Terraform's attribute_path.Matcher: walks a set of paths alongside a value so that the renderer
// knows which attributes force replacement and which drifted attributes are relevant. Paths are kept
// as JSON plans write them: attribute names and map keys as strings, list indexes as numbers; a set
// element step (written as the element's value) matches nothing.

/** One step of a matcher path; null stands for a set element. */
export type MatcherStep = string | number | null;

/** Follows paths into a value one key or index at a time. */
export interface PathMatcher {
  /** True when some path ends exactly here. */
  matches(): boolean;
  /** True when some path passes through or ends here. */
  matchesPartial(): boolean;
  /** The matcher for the attribute or map element `key`. */
  childWithKey(key: string): PathMatcher;
  /** The matcher for the element at `index`. */
  childWithIndex(index: number): PathMatcher;
}

class AlwaysMatcher implements PathMatcher {
  matches(): boolean {
    return true;
  }

  matchesPartial(): boolean {
    return true;
  }

  childWithKey(): PathMatcher {
    return this;
  }

  childWithIndex(): PathMatcher {
    return this;
  }
}

class PathsMatcher implements PathMatcher {
  constructor(
    readonly paths: readonly (readonly MatcherStep[])[],
    readonly propagate: boolean,
  ) {}

  matches(): boolean {
    return this.paths.some((p) => p.length === 0);
  }

  matchesPartial(): boolean {
    return this.paths.length > 0;
  }

  childWithKey(key: string): PathMatcher {
    return this.child((step) => step === key);
  }

  childWithIndex(index: number): PathMatcher {
    return this.child((step) => step === index);
  }

  private child(accept: (step: MatcherStep) => boolean): PathMatcher {
    const next: (readonly MatcherStep[])[] = [];
    for (const p of this.paths) {
      if (p.length === 0) {
        if (this.propagate) next.push(p);
        continue;
      }
      if (accept(p[0]!)) next.push(p.slice(1));
    }
    return new PathsMatcher(next, this.propagate);
  }
}

/** The matcher that matches everything (every attribute is relevant). */
export const ALWAYS_MATCHER: PathMatcher = new AlwaysMatcher();

/** A matcher over explicit paths; `propagate` makes a match cover everything below it. */
export function pathsMatcher(paths: readonly (readonly MatcherStep[])[], propagate = false): PathMatcher {
  return new PathsMatcher(paths, propagate);
}

/** A value path as a matcher path (jsonplan's encoding of cty paths). */
export function matcherPath(path: ValuePath): MatcherStep[] {
  return path.map((s) => ("attr" in s ? s.attr : "key" in s ? s.key : "index" in s ? s.index : null));
}

/** A matcher over value paths, as jsonplan writes replace_paths. */
export function matcherFromValuePaths(paths: readonly ValuePath[]): PathMatcher {
  return pathsMatcher(paths.map(matcherPath));
}
