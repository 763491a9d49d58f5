import { TERRAFORM_COMPAT_VERSION } from "../../core/configs/core-version.js";
import { compareSemVer, parseSemVer } from "../../providers/installer/registry-versions.js";
import type { InstallError } from "../../providers/installer/installer-events.js";
import type { ProviderAddr } from "../../providers/installer/source.js";
import type { Diagnostic } from "../../lang/source/diagnostics.js";

// The diagnostics `init` makes of installer failures (Terraform 1.11's init.go installer callbacks):
// one text per kind of source error, with Terrane's name where Terraform names itself.

const QUERY_FAILED = "Failed to query available provider packages";
const INCOMPATIBLE = "Incompatible provider version";

/** The error for a provider whose versions could not be listed or chosen. */
export function queryFailure(provider: ProviderAddr, e: InstallError): Diagnostic {
  const display = provider.forDisplay();
  const head = `Could not retrieve the list of available versions for provider ${display}: ${e.message}`;
  switch (e.kind) {
    case "provider-not-found":
      return error(QUERY_FAILED, `${head}\n\n${e.sources.map((s) => `  - ${s}`).join("\n")}`);
    case "provider-not-known":
      return error(
        QUERY_FAILED,
        `${head}\n\nAll modules should specify their required_providers so that external consumers will get the correct providers when using a module. To see which modules are currently depending on ${display}, run the following command:\n    terrane providers`,
      );
    case "host-no-providers": {
      const base = `The host ${JSON.stringify(provider.hostname)} given in provider source address ${JSON.stringify(provider.toString())} does not offer a Terraform provider registry`;
      const detail = e.otherVersion ? `${base} that is compatible with this Terrane version, but it may be compatible with a different Terrane version.` : `${base}.`;
      return error("Invalid provider registry host", detail);
    }
    default:
      return error(QUERY_FAILED, `${head}\n\nTo see which modules are currently depending on ${display} and what versions are specified, run the following command:\n    terrane providers`);
  }
}

/** The error for a chosen version that could not be fetched or installed. */
export function fetchFailure(provider: ProviderAddr, version: string, constraints: string, e: InstallError): Diagnostic {
  if (e.kind === "protocol-not-supported") return protocolError(provider, version, constraints, e.suggestion);
  if (e.kind === "platform-not-supported") {
    const platform = /for (\S+)$/.exec(e.message)?.[1] ?? "";
    if (e.mirrorURL) {
      const detail =
        `Your chosen provider mirror at ${e.mirrorURL} does not have a ${provider} v${version} package available for your current platform, ${platform}.\n\n` +
        `Provider releases are separate from Terrane CLI releases, so this provider might not support your current platform. Alternatively, the mirror itself might have only a subset of the plugin packages available in the origin registry, at ${provider.hostname}.`;
      return error(INCOMPATIBLE, detail);
    }
    const detail =
      `Provider ${provider} v${version} does not have a package available for your current platform, ${platform}.\n\n` +
      "Provider releases are separate from Terrane CLI releases, so not all providers are available for all platforms. Other versions of this provider may have different platforms supported.";
    return error(INCOMPATIBLE, detail);
  }
  return error("Failed to install provider", `Error while installing ${provider.forDisplay()} v${version}: ${e.message}`);
}

/** The error for a package found in the shared cache that could not be linked. */
export function linkFromCacheFailure(provider: ProviderAddr, version: string, message: string): Diagnostic {
  return error("Failed to install provider from shared cache", `Error while importing ${provider.forDisplay()} v${version} from the shared cache directory: ${message}.`);
}

/** The warning that carries a registry's warnings about a provider. */
export function registryWarnings(provider: ProviderAddr, warnings: readonly string[]): Diagnostic {
  const list = warnings.map((w) => `- ${w}`).join("\n");
  return { severity: "warning", summary: "Additional provider information from registry", detail: `The remote registry returned warnings for ${provider}:\n${list}` };
}

function protocolError(provider: ProviderAddr, version: string, constraints: string, suggestion: string | undefined): Diagnostic {
  if (suggestion === undefined) return error(INCOMPATIBLE, `No compatible versions of provider ${provider} were found.`);
  const [v, s] = [parseSemVer(version), parseSemVer(suggestion)];
  const tooNew = !("error" in v) && !("error" in s) && compareSemVer(v, s) > 0;
  const head = `Provider ${JSON.stringify(provider.forDisplay())} v${version} is not compatible with Terrane ${TERRAFORM_COMPAT_VERSION}.\n`;
  const checked = `Terrane checked all of the plugin versions matching the given constraint:\n\t${constraints}\n\nConsult the documentation for this provider for more information on compatibility between provider and Terrane versions.\n`;
  if (tooNew) {
    const detail = `${head}You need to downgrade to v${suggestion} or earlier. Select it with the following constraint:\n\tversion = ${JSON.stringify(suggestion)}\n\n${checked}Alternatively, upgrade to the latest version of Terraform for compatibility with newer provider releases.\n`;
    return error(INCOMPATIBLE, detail);
  }
  const detail = `${head}Provider version ${suggestion} is the latest compatible version. Select it with the following version constraint:\n\tversion = ${JSON.stringify(suggestion)}\n\n${checked}`;
  return error(INCOMPATIBLE, detail);
}

function error(summary: string, detail: string): Diagnostic {
  return { severity: "error", summary, detail };
}
