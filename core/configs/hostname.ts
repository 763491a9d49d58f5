import { goQuote } from "../../lang/text/go-quote.js";

// Service hostnames in module and provider source addresses, normalized for comparison as
// terraform-svchost's ForComparison does: lowercase labels of letters, digits and dashes, an optional
// port (443, the default, dropped), and no punycode written by hand. Errors read as svchost's and the
// idna package's do.

const LABEL_CHAR = /^[\p{L}\p{M}\p{N}-]$/u;

/** The hostname in comparable form, or the reason it is not a valid hostname. */
export function normalizeHostname(given: string): { host: string } | { error: string } {
  const colon = given.indexOf(":");
  const host = colon === -1 ? given : given.slice(0, colon);
  const port = colon === -1 ? { port: "" } : normalizePort(given.slice(colon + 1));
  if ("error" in port) return port;
  if (host === "") return { error: "empty string is not a valid hostname" };
  const labels = host.normalize("NFC").toLowerCase().split(".");
  for (const label of labels) {
    const error = labelError(label);
    if (error) return { error };
  }
  return { host: labels.join(".") + port.port };
}

function labelError(label: string): string | undefined {
  if (label === "") return "hostname contains empty label (two consecutive periods)";
  if (label.startsWith("xn--")) return `hostname label ${goQuote(label)} specified in punycode format; service hostnames must be given in unicode`;
  for (const ch of label) {
    if (!LABEL_CHAR.test(ch)) return `idna: disallowed rune U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  if (label.startsWith("-") || label.endsWith("-")) return `idna: invalid label ${goQuote(label)}`;
  return undefined;
}

function normalizePort(port: string): { port: string } | { error: string } {
  if (!/^[0-9]+$/.test(port) || Number(port) > 65535) return { error: `invalid port ${goQuote(port)}` };
  const n = Number(port);
  return { port: n === 443 ? "" : `:${n}` };
}
