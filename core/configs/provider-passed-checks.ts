import type { Provider } from "../addrs/provider.js";
import { errorDiag, warningDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { goQuote } from "../../lang/text/go-quote.js";
import type { PassedProvider } from "./model.js";
import { providerRefString } from "./provider-config-ref.js";
import type { ModuleProviders } from "./provider-validation.js";
import { isOfficialProvider, providerOfSource } from "./provider-types.js";

// What Terraform's validateProviderConfigs says about one entry of a module call's `providers` map,
// seen from the child module: a name the child does not declare (a warning for a hashicorp provider,
// which the child may use without declaring it, else an error), and a configuration of another
// provider type than the one the child means by that name.

/** The child module does not declare the name it is passed a configuration under. */
export function passedUndefined(m: ModuleProviders, name: string, passed: PassedProvider, expected: Provider): Diagnostic {
  const display = goQuote(expected.forDisplay());
  if (isOfficialProvider(expected)) {
    const detail = `There is no explicit declaration for local provider name ${goQuote(name)} in ${m.moduleText}, so Terraform is assuming you mean to pass a configuration for ${display}.\n\nIf you also control the child module, add a required_providers entry named ${goQuote(name)} with the source address ${display}.`;
    return warningDiag("Reference to undefined provider", detail, passed.inChild.nameRange);
  }
  const detail = `The child module does not declare any provider requirement with the local name ${goQuote(name)}.\n\nIf you also control the child module, you can add a required_providers entry named ${goQuote(name)} with the source address ${display} to accept this provider configuration.`;
  return errorDiag("Reference to undefined provider", detail, passed.inChild.nameRange);
}

/**
 * The passed configuration's provider type (`parentType`, or the parent's requirement of the same
 * configuration name) must be the one the child expects.
 */
export function passedMismatch(m: ModuleProviders, name: string, passed: PassedProvider, expected: Provider, parentType: Provider): Diagnostic[] {
  const parentReq = m.config.parent?.module.requiredProviders.get(name);
  const given = (parentReq && providerOfSource(parentReq.source)) || parentType;
  if (given.equals(expected)) return [];
  const otherLocalName = [...m.localNames].find(([, t]) => t.equals(given))?.[0];
  if (otherLocalName !== undefined) {
    const detail = `The assigned configuration is for provider ${goQuote(given.forDisplay())}, but local name ${goQuote(passed.inChild.name)} in ${m.parentModuleText} represents ${goQuote(expected.forDisplay())}.\n\nTo pass this configuration to the child module, use the local name ${goQuote(otherLocalName)} instead.`;
    return [errorDiag("Provider type mismatch", detail, passed.inChild.nameRange)];
  }
  const inParent = goQuote(providerRefString(passed.inParent));
  const inChild = goQuote(providerRefString(passed.inChild));
  const detail = `The local name ${inParent} in ${m.parentModuleText} represents provider ${goQuote(given.forDisplay())}, but ${inChild} in ${m.moduleText} represents ${goQuote(expected.forDisplay())}.\n\nEach provider has its own distinct configuration schema and provider types, so this module's ${inChild} can be assigned only a configuration for ${expected.forDisplay()}, which is not required by ${m.moduleText}.`;
  return [errorDiag("Provider type mismatch", detail, passed.inParent.nameRange)];
}
