// Normalises `terraform plan` / `terrane plan` output for comparing Terrane with Terraform's goldens:
// the product name, prose paragraphs re-flowed (the shorter name wraps differently at 78 columns), and
// the progress lines Terraform prints while refreshing and reading data sources (they run concurrently,
// so their order varies) taken out of the body to be compared as a sorted list.

/** Plan output split into its progress lines (sorted) and the rest (re-flowed). */
export interface NormalisedPlan {
  readonly refresh: string[];
  readonly body: string;
}

const PROGRESS = /: (Refreshing state\.\.\.|Reading\.\.\.|Read complete after )/;

/** Normalises plan output as described above. */
export function normalisePlanOutput(text: string): NormalisedPlan {
  const lines = text.replaceAll("Terraform", "Terrane").replaceAll("terraform apply", "terrane apply").split("\n");
  const refresh = lines.filter((l) => PROGRESS.test(l)).sort();
  const rest = lines.filter((l) => !PROGRESS.test(l));
  const out: string[] = [];
  for (const line of rest) {
    const prev = out[out.length - 1];
    const prose = (l: string | undefined) => l !== undefined && /^[A-Za-z"(]/.test(l) && !/^(Plan|Changes to Outputs|Saved the plan)/.test(l);
    if (prose(prev) && prose(line) && !prev!.endsWith(":")) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return { refresh, body: out.join("\n") };
}
