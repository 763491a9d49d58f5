// Line diffs printed the way GNU diffutils' `diff -u` prints them, which is what `terraform fmt
// -diff` shows (Terraform runs the system's diff). The algorithm is diff's own, step for step, so
// that the same edits are chosen among equally short ones.

export { unifiedDiff } from "./unified-diff.js";
