import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import type { Provider } from "../../providers/provider.js";
import type { Config } from "../configs/model.js";
import { walk } from "../dag/walk.js";
import { sortDiagnostics } from "../eval/diagnostic-order.js";
import { buildGraph } from "../graph/build-graph.js";
import type { ProviderNode } from "../graph/graph-node.js";
import { planCheck, planLocal, planModuleExpand, planModuleVariable, planRootVariable, planVariableValidation } from "../plan/plan-named-values.js";
import type { ProviderResolver } from "../plan/provider-set.js";
import { configureProvider } from "../plan/provider-configure.js";
import type { Plan } from "../plans/changes.js";
import type { State } from "../states/state.js";
import { ApplyContext } from "./apply-context.js";
import { applyDestroy } from "./apply-destroy.js";
import { buildApplyGraph, type ApplyNode } from "./apply-graph.js";
import type { ApplyOptions } from "./apply-options.js";
import { applyOutput, removeStaleOutputs } from "./apply-outputs.js";
import { applyInstance, applyResource } from "./apply-resource.js";
import { dependencyAddresses, resourceDependencies } from "../graph/resource-dependencies.js";

// Applying a plan (Terraform's Context.Apply): the apply graph of the configuration the plan was
// made from, walked with -parallelism workers; every planned change carried out through its
// provider, every value evaluated again with what the apply produced, the state handed to the sink
// after each change and once more at the end. A failure stops only what depends on it. The first
// interrupt starts nothing new and asks the providers to stop; the second returns at once.

/** The state after the apply and everything found while applying. */
export interface ApplyResult {
  readonly state: State;
  readonly diagnostics: Diagnostic[];
  /** True when an interrupt cut the apply short. */
  readonly interrupted: boolean;
}

/** Applies a plan made from `config`. */
export async function apply(config: Config, plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const started: Provider[] = [];
  const ac = new ApplyContext(config, plan, { ...options, providers: tracked(options.providers, started) });
  if (plan.errored) return { state: ac.state, diagnostics: [incompletePlan()], interrupted: false };
  announceImports(plan, options);
  const built = buildGraph(config, { walk: "apply" });
  if (hasErrors(built.diagnostics)) return { state: ac.state, diagnostics: sortDiagnostics(built.diagnostics), interrupted: false };
  const deps = resourceDependencies(built.graph);
  for (const [addr, list] of deps) ac.dependencies.set(addr, dependencyAddresses(list, built.graph));
  const graph = buildApplyGraph(built.graph, plan.changes, plan.priorState, deps, plan.mode === "destroy");
  const halt = new AbortController();
  const onStop = (): void => {
    halt.abort();
    for (const p of started) void p.stopProvider();
  };
  options.stop?.addEventListener("abort", onStop, { once: true });
  let visited = 0;
  const providerOf = (node: ApplyNode): ProviderNode | undefined =>
    node.kind === "resource" && node.provider ? (graph.node(node.provider) as ProviderNode | undefined) : undefined;
  const walking = walk(
    graph,
    async (node) => {
      visited++;
      const d = await visit(ac, node, providerOf(node));
      if (hasErrors(ac.sinkDiagnostics)) halt.abort();
      return d;
    },
    { ...(options.parallelism === undefined ? {} : { parallelism: options.parallelism }), signal: halt.signal },
  );
  try {
    const found = await untilCancelled(walking, options.cancel);
    if (found === "cancelled") ac.cancelled = true;
    const diagnostics = found === "cancelled" ? [] : [...built.diagnostics, ...found];
    const interrupted = options.stop?.aborted === true || ac.cancelled;
    if (options.stop?.aborted && !ac.cancelled && visited < graph.size) diagnostics.push(errorDiag("execution halted"));
    if (!ac.cancelled) {
      if (plan.mode === "destroy") forgetDataSources(ac.state);
      removeStaleOutputs(ac);
      ac.state.checkResults = ac.pc.checks.results();
    }
    diagnostics.push(...ac.sinkDiagnostics);
    if (options.sink) diagnostics.push(...(await options.sink.flush(ac.state)));
    return { state: ac.state, diagnostics: sortDiagnostics(diagnostics), interrupted };
  } finally {
    options.stop?.removeEventListener("abort", onStop);
    if (!ac.cancelled) await ac.pc.providers.closeAll();
    else void ac.pc.providers.closeAll();
  }
}

function visit(ac: ApplyContext, node: ApplyNode, provider: ProviderNode | undefined): Diagnostic[] | Promise<Diagnostic[]> {
  const pc = ac.pc;
  const destroying = ac.plan.mode === "destroy";
  switch (node.kind) {
    case "root-variable":
      return planRootVariable(pc, node);
    case "module-expand":
      return planModuleExpand(pc, node);
    case "module-variable":
      return planModuleVariable(pc, node);
    case "variable-validation":
      return destroying ? [] : planVariableValidation(pc, node);
    case "local":
      return destroying ? ignoreErrors(planLocal(pc, node)) : planLocal(pc, node);
    case "output":
      return applyOutput(ac, node);
    case "check":
      return destroying ? [] : planCheck(pc, node);
    case "provider":
      return configureProvider(pc, node);
    case "resource":
      return applyResource(ac, node, provider?.addr);
    case "instance":
      return applyInstance(ac, node);
    case "destroy":
      return applyDestroy(ac, node);
    default:
      return [];
  }
}

/** A destroy leaves no data source in the state (NodeDestroyableDataResourceInstance). */
function forgetDataSources(state: State): void {
  for (const { addr, resource } of [...state.allInstances()]) {
    if (addr.resource.resource.mode === "data") state.setCurrent(addr, undefined, resource.provider);
  }
}

/** Imports are no-ops when applying, but reported as Terraform's apply reports them, before the walk. */
function announceImports(plan: Plan, options: ApplyOptions): void {
  const imports = plan.changes.filter((c) => c.importing).sort((a, b) => compareCodePoints(a.addr.toString(), b.addr.toString()));
  for (const c of imports) {
    const id = c.importing!.id;
    options.hooks?.imported?.({ addr: c.addr, id, done: false });
    options.hooks?.imported?.({ addr: c.addr, id, done: true });
  }
}

/** A destroy evaluates what providers may need; values of what is already gone must not stop it. */
function ignoreErrors(diags: Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.severity !== "error");
}

/** Wraps a resolver so that every provider started is known (to be asked to stop on interrupt). */
function tracked(resolve: ProviderResolver, started: Provider[]): ProviderResolver {
  return (addr) => {
    const factory = resolve(addr);
    if (!factory) return undefined;
    return async () => {
      const p = await factory();
      started.push(p);
      return p;
    };
  };
}

/** The walk's diagnostics, or "cancelled" as soon as the cancel signal fires. */
function untilCancelled(walking: Promise<Diagnostic[]>, cancel: AbortSignal | undefined): Promise<Diagnostic[] | "cancelled"> {
  if (!cancel) return walking;
  if (cancel.aborted) return Promise.resolve("cancelled");
  return new Promise((resolve, reject) => {
    const onCancel = (): void => resolve("cancelled");
    cancel.addEventListener("abort", onCancel, { once: true });
    walking.then(
      (d) => {
        cancel.removeEventListener("abort", onCancel);
        resolve(d);
      },
      (e: unknown) => {
        cancel.removeEventListener("abort", onCancel);
        reject(e);
      },
    );
  });
}

function incompletePlan(): Diagnostic {
  return errorDiag("Cannot apply failed plan", "The given plan is incomplete due to errors during planning, and so it cannot be applied.");
}
