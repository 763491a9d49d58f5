import { withProviderFunctions, type ProviderFunctionSource } from "./provider-functions.js";
import { builtinFunctions } from "../../lang/funcs/registry.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { containsSensitive } from "../../lang/values/deep-marks.js";
import { Mark } from "../../lang/values/marks.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import type { AbsResource } from "../addrs/abs-resource.js";
import { StringKey, type InstanceKey } from "../addrs/instance-key.js";
import { ModuleInstance } from "../addrs/module-instance.js";
import { parseRefs } from "../addrs/parse-ref.js";
import type { Config } from "../configs/model.js";
import { walk } from "../dag/walk.js";
import { evaluateExpansion, instanceKeysFor, repetitionData, type RepetitionData } from "../expand/expansion.js";
import { buildGraph } from "../graph/build-graph.js";
import type { GraphNode, LocalNode, ModuleExpandNode, ModuleVariableNode, OutputNode, RootVariableNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import { isRequired } from "../vars/prompt.js";
import { prepareFinalValue } from "../vars/final-value.js";
import type { InputValue } from "../vars/raw-value.js";
import type { State } from "../states/state.js";
import { evalCheckRule } from "./check-rules.js";
import { StateResources, type ResourceSchemaLookup } from "./console-resources.js";
import { sortDiagnostics } from "./diagnostic-order.js";
import { EvalScope } from "./eval-scope.js";
import { finalModuleVariableValue } from "./module-variable-value.js";
import { NamedValues } from "./named-values.js";
import { validateVariableRules } from "./validate-module.js";
import type { InstanceValues, WalkState } from "./walk-state.js";

// The scope `terraform console` evaluates in (Terraform's Context.Eval): an eval walk over the
// configuration graph decides the values the configuration defines by itself — root variables from
// the values given (a required variable without one is unknown, as the console stubs it), the
// validation rules, module calls' instances, module variables, locals and outputs in every module
// instance — and then a scope in the root module sees them. Resources have the values of their
// objects in the workspace's state (see console-resources.ts); one the state does not hold is
// unknown, and so is anything computed from it. A call whose instances are not known leaves its
// module's values unknown. As in Terraform, a failed node's dependents are not evaluated (they stay
// unknown) and only a graph that cannot be built (a cycle, bad module arguments) leaves no scope.

/** What the eval walk starts from. */
export interface ConsoleScopeOptions {
  /** The parsed values given for root variables, by name. */
  readonly inputs: ReadonlyMap<string, InputValue>;
  /** `terraform.workspace`. */
  readonly workspace: string;
  /** The working directory: `path.cwd`, the base of `path.module` and of functions' relative paths. */
  readonly cwd: string;
  /** The workspace's state and the schemas to decode its objects; without them every resource is unknown. */
  readonly state?: { readonly state: State; readonly schemas: ResourceSchemaLookup };
  /** Provider-defined functions (`provider::NAME::FUNC`), by provider; none without it. */
  readonly functions?: ProviderFunctionSource;
}

/** The root module scope, or none when the graph could not be built, and the walk's diagnostics. */
export interface ConsoleScopeResult {
  readonly scope?: EvalScope;
  readonly diagnostics: Diagnostic[];
}

/** Walks the configuration as Terraform's console does before reading input, and returns the root scope. */
export async function consoleScope(config: Config, opts: ConsoleScopeOptions): Promise<ConsoleScopeResult> {
  const built = buildGraph(config, { walk: "validate" });
  if (hasErrors(built.diagnostics)) return { diagnostics: sortDiagnostics(built.diagnostics) };
  const instances = new ConsoleInstances(opts.state && new StateResources(config, opts.state.state, opts.state.schemas));
  const state: WalkState = {
    root: config,
    operation: "plan",
    values: new NamedValues(),
    workspace: opts.workspace,
    cwd: opts.cwd,
    functions: withProviderFunctions(builtinFunctions(), config, opts.functions),
    instances,
  };
  const evalWalk = new EvalWalk(state, instances, opts.inputs);
  const found = await walk(built.graph, (node) => evalWalk.visit(node));
  const scope = new EvalScope(state, config, { instance: ModuleInstance.ROOT });
  return { scope, diagnostics: sortDiagnostics([...built.diagnostics, ...found]) };
}

/** One module instance and the repetition data its call gave it. */
interface InstanceEntry {
  readonly addr: ModuleInstance;
  readonly repetition: RepetitionData;
}

/** How one call expanded in one parent instance, and the outputs its module declares. */
interface CallEntry {
  readonly kind: "single" | "count" | "forEach";
  readonly keys: readonly (InstanceKey | null)[];
  readonly outputs: readonly string[];
}

/** The instances of every module and the outputs of each instance, as the walk decides them. */
class ConsoleInstances implements InstanceValues {
  readonly #modules = new Map<string, InstanceEntry[] | "unknown">([["", [{ addr: ModuleInstance.ROOT, repetition: {} }]]]);
  readonly #calls = new Map<string, CallEntry>();
  readonly #outputs = new Map<string, Map<string, Value>>();

  constructor(private readonly stateResources?: StateResources) {}

  /** The instances of a static module, or "unknown" when some call on its path has unknown instances. */
  of(path: readonly string[]): readonly InstanceEntry[] | "unknown" {
    return this.#modules.get(modulePathString(path)) ?? [];
  }

  /** Records a call's instances inside one parent instance; "unknown" makes the whole module unknown. */
  expand(node: ModuleExpandNode, parent: ModuleInstance, call: CallEntry | "unknown", repetition: (key: InstanceKey | null) => RepetitionData): void {
    const path = modulePathString(node.module.path);
    const list = this.#modules.get(path);
    if (call === "unknown" || list === "unknown") {
      this.#modules.set(path, "unknown");
      return;
    }
    this.#calls.set(`${parent.toString()}|${node.call.name}`, call);
    const added = call.keys.map((key) => ({ addr: parent.child(node.call.name, key), repetition: repetition(key) }));
    this.#modules.set(path, [...(list ?? []), ...added]);
  }

  /** Records an output of a module instance as the calling module sees it. */
  setOutput(module: ModuleInstance, name: string, value: Value): void {
    const key = module.toString();
    const outputs = this.#outputs.get(key) ?? new Map<string, Value>();
    this.#outputs.set(key, outputs.set(name, value));
  }

  moduleCall(parent: ModuleInstance, call: string): Value {
    const entry = this.#calls.get(`${parent.toString()}|${call}`);
    if (!entry) return DynamicVal;
    const instance = (key: InstanceKey | null): Value => {
      const outputs = this.#outputs.get(parent.child(call, key).toString());
      return Value.object(new Map(entry.outputs.map((name) => [name, outputs?.get(name) ?? DynamicVal])));
    };
    if (entry.kind === "single") return instance(null);
    if (entry.kind === "count") return Value.tuple(entry.keys.map(instance));
    return Value.object(new Map(entry.keys.map((key) => [(key as StringKey).key, instance(key)])));
  }

  /** A resource's objects in the state; unknown without state (an ephemeral resource is never stored). */
  resource(addr: AbsResource): Value {
    if (addr.resource.mode === "ephemeral") return DynamicVal.mark(Mark.Ephemeral);
    return this.stateResources?.value(addr) ?? DynamicVal;
  }
}

/** The eval walk's visit of each node kind, in every instance of the node's module. */
class EvalWalk {
  constructor(
    private readonly state: WalkState,
    private readonly instances: ConsoleInstances,
    private readonly inputs: ReadonlyMap<string, InputValue>,
  ) {}

  visit(node: GraphNode): Diagnostic[] {
    switch (node.kind) {
      case "root-variable":
        return this.rootVariable(node);
      case "variable-validation":
        return this.eachInstance(node, (inst) => validateVariableRules(this.state, node, inst.addr));
      case "module-expand":
        return this.expandCall(node);
      case "module-variable":
        return this.eachInstance(node, (inst) => this.moduleVariable(node, inst));
      case "local":
        return this.eachInstance(node, (inst) => this.local(node, inst));
      case "output":
        return this.eachInstance(node, (inst) => this.output(node, inst));
      default:
        return [];
    }
  }

  /** The final value of a root variable; one that is required and not given is unknown. */
  private rootVariable(node: RootVariableNode): Diagnostic[] {
    const v = node.variable;
    const given = this.inputs.get(v.name);
    const final = !given && isRequired(v) ? { value: Value.unknown(v.type), diagnostics: [] } : prepareFinalValue(v, given);
    this.state.values.setVariable("", v.name, final.value);
    return final.diagnostics;
  }

  /** A module call's instances in each instance of the calling module. */
  private expandCall(node: ModuleExpandNode): Diagnostic[] {
    const parents = this.instances.of(node.module.path.slice(0, -1));
    if (parents === "unknown") {
      this.instances.expand(node, ModuleInstance.ROOT, "unknown", () => ({}));
      return [];
    }
    const diagnostics: Diagnostic[] = [];
    const outputs = [...node.module.module.outputs.keys()];
    for (const parent of parents) {
      const expr = node.call.count ?? node.call.forEach;
      const { ctx, diagnostics: refDiags } = new EvalScope(this.state, node.module.parent!, { instance: parent.addr }).contextFor(expr?.variables() ?? []);
      diagnostics.push(...refDiags);
      if (hasErrors(refDiags)) return diagnostics;
      const r = evaluateExpansion(node.call, ctx, { allowUnknown: true });
      diagnostics.push(...r.diagnostics);
      if (!r.expansion || hasErrors(r.diagnostics)) return diagnostics;
      const expansion = r.expansion;
      const keys = instanceKeysFor(expansion);
      const call = keys === "unknown" ? "unknown" : { kind: expansion.kind, keys, outputs };
      this.instances.expand(node, parent.addr, call, (key) => repetitionData(expansion, key));
    }
    return diagnostics;
  }

  /** A child module variable's final value from its argument, evaluated in the calling instance. */
  private moduleVariable(node: ModuleVariableNode, inst: InstanceEntry): Diagnostic[] {
    const { variable, argument } = node;
    const scope = new EvalScope(this.state, node.module.parent!, { instance: inst.addr.parent(), repetition: inst.repetition });
    const given = argument ? scope.evalExpr(argument.expr) : undefined;
    if (given && hasErrors(given.diagnostics)) return given.diagnostics;
    const addr = `${inst.addr.toString()}.var.${variable.name}`;
    const final = finalModuleVariableValue(variable, addr, given?.value, argument?.expr.range);
    this.state.values.setVariable(inst.addr.toString(), variable.name, final.value);
    return [...(given?.diagnostics ?? []), ...final.diagnostics];
  }

  /** A local value, which may not refer to itself. */
  private local(node: LocalNode, inst: InstanceEntry): Diagnostic[] {
    const { name, expr } = node.local;
    const selfRefs = parseRefs(expr.variables()).refs.filter((r) => r.subject.kind === "LocalValue" && r.subject.name === name);
    if (selfRefs.length > 0) {
      const detail = `Local value local.${name} cannot use its own result as part of its expression.`;
      return selfRefs.map((r) => errorDiag("Self-referencing local value", detail, r.sourceRange, expr.range));
    }
    const r = new EvalScope(this.state, node.module, { instance: inst.addr }).evalExpr(expr);
    this.state.values.setLocal(inst.addr.toString(), name, r.value);
    return r.diagnostics;
  }

  /** An output: preconditions, then its value, which the calling module sees (marked as declared). */
  private output(node: OutputNode, inst: InstanceEntry): Diagnostic[] {
    const o = node.output;
    const scope = new EvalScope(this.state, node.module, { instance: inst.addr });
    const pre = o.preconditions.flatMap((rule) => evalCheckRule(scope, rule, "Module output value precondition"));
    if (hasErrors(pre)) return pre;
    const r = scope.evalExpr(o.expr);
    const diagnostics = [...pre, ...r.diagnostics];
    if (inst.addr.isRoot && !o.sensitive && containsSensitive(r.value)) {
      diagnostics.push(errorDiag("Output refers to sensitive values", SENSITIVE_OUTPUT, o.declRange));
    }
    const marks = (o.sensitive ? Mark.Sensitive : 0) | (o.ephemeral ? Mark.Ephemeral : 0);
    this.instances.setOutput(inst.addr, o.name, r.value.mark(marks));
    return diagnostics;
  }

  /** Runs a visit in every known instance of the node's module; nothing when they are unknown. */
  private eachInstance(node: GraphNode, visit: (inst: InstanceEntry) => Diagnostic[]): Diagnostic[] {
    const instances = this.instances.of(node.module.path);
    return instances === "unknown" ? [] : instances.flatMap(visit);
  }
}

const SENSITIVE_OUTPUT =
  "To reduce the risk of accidentally exporting sensitive data that was intended to be only internal, Terraform requires that any root module output containing sensitive data be explicitly marked as sensitive, to confirm your intent.\n\n" +
  "If you do intend to export this data, annotate the output value as sensitive by adding the following argument:\n    sensitive = true";
