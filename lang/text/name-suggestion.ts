// "Did you mean ...?" suggestions, as hcl and Terraform make them (didyoumean.go).

/**
 * The first candidate within edit distance 2 of the given name, or "" when none is close enough.
 * Candidates are tried in the order given, so earlier ones win ties.
 */
export function nameSuggestion(given: string, candidates: Iterable<string>): string {
  for (const candidate of candidates) {
    if (editDistance(given, candidate) < 3) return candidate;
  }
  return "";
}

/** Levenshtein distance over code points (insertions, deletions and substitutions all cost 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[t.length]!;
}
