import type { FuncResult, FunctionSpec, Parameter } from "../../lang/funcs/function.js";
import { FuncError, staticReturnType } from "../../lang/funcs/function.js";
import type { Value } from "../../lang/values/value.js";
import type { CallFunctionResponse, FunctionDecl, FunctionParam } from "../../providers/provider.js";
import type { Provider } from "../addrs/provider.js";
import type { Config } from "../configs/model.js";
import { providerForLocalName } from "../graph/provider-addresses.js";

// Provider-defined functions (`provider::LOCAL::NAME(...)`): every provider a module names in
// required_providers offers the functions its schema declares, under its local name. The function
// table is lazy, so a provider's functions are asked for (and its plugin started) only when a call
// names them; each call goes to the provider as CallFunction, synchronously, as the evaluator calls
// every function. Marks are taken off the arguments and put on the result, and unknown or null
// arguments reach the provider only where its parameters allow them, as in Terraform.

/** A provider's functions, callable synchronously (providers/plugin's SyncFunctionHost has this shape). */
export interface SyncProviderFunctions {
  functions(): Readonly<Record<string, FunctionDecl>> | { readonly error: string };
  call(name: string, args: readonly Value[]): CallFunctionResponse;
}

/** The functions a provider offers, by its address; undefined for a provider that can offer none. */
export type ProviderFunctionSource = (provider: Provider) => SyncProviderFunctions | undefined;

const PREFIX = "provider::";

/** The built-in functions plus the provider functions of every provider the configuration requires. */
export function withProviderFunctions(base: ReadonlyMap<string, FunctionSpec>, config: Config, source: ProviderFunctionSource | undefined): ReadonlyMap<string, FunctionSpec> {
  if (!source) return base;
  const locals = new Map<string, Provider>();
  collectLocalNames(config, locals);
  return locals.size === 0 ? base : new ProviderFunctionMap(base, locals, source);
}

function collectLocalNames(config: Config, into: Map<string, Provider>): void {
  for (const name of config.module.requiredProviders.keys()) if (!into.has(name)) into.set(name, providerForLocalName(config.module, name));
  for (const child of config.children.values()) collectLocalNames(child, into);
}

/** The base table, with `provider::LOCAL::NAME` entries made on first use. */
class ProviderFunctionMap implements ReadonlyMap<string, FunctionSpec> {
  readonly #made = new Map<string, ReadonlyMap<string, FunctionSpec>>();

  constructor(
    private readonly base: ReadonlyMap<string, FunctionSpec>,
    private readonly locals: ReadonlyMap<string, Provider>,
    private readonly source: ProviderFunctionSource,
  ) {}

  get(name: string): FunctionSpec | undefined {
    const found = this.base.get(name);
    if (found || !name.startsWith(PREFIX)) return found;
    const rest = name.slice(PREFIX.length);
    const sep = rest.indexOf("::");
    return sep === -1 ? undefined : this.#ofLocal(rest.slice(0, sep)).get(rest.slice(sep + 2));
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return [...this.keys()].length;
  }

  *entries(): MapIterator<[string, FunctionSpec]> {
    yield* this.base.entries();
    for (const local of this.locals.keys()) for (const [n, spec] of this.#ofLocal(local)) yield [`${PREFIX}${local}::${n}`, spec];
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<FunctionSpec> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(fn: (value: FunctionSpec, key: string, map: ReadonlyMap<string, FunctionSpec>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, FunctionSpec]> {
    return this.entries();
  }

  #ofLocal(local: string): ReadonlyMap<string, FunctionSpec> {
    let specs = this.#made.get(local);
    if (!specs) {
      specs = functionSpecs(this.locals.get(local), this.source);
      this.#made.set(local, specs);
    }
    return specs;
  }
}

function functionSpecs(provider: Provider | undefined, source: ProviderFunctionSource): ReadonlyMap<string, FunctionSpec> {
  const fns = provider && source(provider);
  const decls = fns?.functions();
  if (!fns || !decls || "error" in decls) return new Map();
  return new Map(Object.entries(decls).map(([name, decl]) => [name, functionSpec(name, decl, fns)]));
}

function functionSpec(name: string, decl: FunctionDecl, fns: SyncProviderFunctions): FunctionSpec {
  return {
    description: decl.summary ?? decl.description ?? "",
    params: decl.parameters.map(parameter),
    ...(decl.variadicParameter ? { varParam: parameter(decl.variadicParameter) } : {}),
    returnType: staticReturnType(decl.returnType),
    impl: (args): FuncResult<Value> => {
      const r = fns.call(name, args);
      if (r.error) return new FuncError(r.error.text, r.error.functionArgument);
      return r.result!;
    },
  };
}

function parameter(p: FunctionParam): Parameter {
  return { name: p.name, type: p.type, ...(p.allowNullValue ? { allowNull: true } : {}), ...(p.allowUnknownValues ? { allowUnknown: true } : {}) };
}
