import { Provider } from "../addrs/provider.js";
import { warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { formatRange, type Range } from "../../lang/source/range.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { goQuote } from "../../lang/text/go-quote.js";

// The last part of Terraform's validateProviderConfigs for a child module: empty `provider` blocks
// ("proxy provider configurations") are deprecated. One warning per provider local name, pointing at
// the block whose range sorts first as text, suggesting the required_providers entry to write instead
// (with configuration_aliases for the aliased blocks).

const REDUNDANT_INTRO =
  'Earlier versions of Terraform used empty provider blocks ("proxy provider configurations") for child modules to declare their need to be passed a provider configuration by their callers. That approach was ambiguous and is now deprecated.';

/** An empty provider block: its configuration name (`aws` or `aws.west`) and where it is. */
export interface EmptyProviderConfig {
  readonly name: string;
  readonly range: Range;
}

interface Suggestion {
  readonly source: Provider;
  readonly ranges: Range[];
  readonly configs: string[];
  aliases: number;
}

/**
 * "Redundant empty provider block" warnings for a child module's empty provider blocks, in the order
 * their local names first appear; `localNames` are the module's required_providers types.
 */
export function redundantEmptyProviderWarnings(
  empty: readonly EmptyProviderConfig[],
  localNames: ReadonlyMap<string, Provider>,
  moduleText: string,
): Diagnostic[] {
  const suggestions = new Map<string, Suggestion>();
  for (const { name, range } of empty) {
    const localName = name.split(".")[0]!;
    let s = suggestions.get(localName);
    if (!s) {
      s = { source: localNames.get(name) ?? Provider.official(localName), ranges: [], configs: [], aliases: 0 };
      suggestions.set(localName, s);
    }
    if (localName !== name) s.aliases++;
    s.configs.push(name);
    s.ranges.push(range);
  }
  return [...suggestions].map(([localName, s]) => warning(localName, s, moduleText));
}

function warning(localName: string, s: Suggestion, moduleText: string): Diagnostic {
  let detail = `${REDUNDANT_INTRO}\n\nIf you control this module, you can migrate to the new declaration syntax by removing all of the empty provider ${goQuote(localName)} blocks and then adding or updating an entry like the following to the required_providers block of ${moduleText}:\n`;
  detail += `    ${localName} = {\n      source = ${goQuote(s.source.forDisplay())}\n`;
  if (s.aliases > 0) {
    detail += "      configuration_aliases = [\n";
    for (const name of [...s.configs].sort(compareCodePoints)) detail += `        ${name},\n`;
    detail += "      ]\n";
  }
  detail += "    }";
  const first = [...s.ranges].sort((a, b) => compareCodePoints(formatRange(a), formatRange(b)))[0];
  return warningDiag("Redundant empty provider block", detail, first);
}
