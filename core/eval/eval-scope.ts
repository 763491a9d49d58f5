import { EvalContext } from "../../lang/hcl/eval-context.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Traversal } from "../../lang/syntax/ast.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { DynamicPseudoType, type Type } from "../../lang/types/type.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import { parseRefs } from "../addrs/parse-ref.js";
import type { Reference } from "../addrs/reference.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { ResourceInstance } from "../addrs/resource.js";
import type { Config } from "../configs/model.js";
import type { RepetitionData } from "../expand/expansion.js";
import { ReferenceValues } from "./reference-values.js";
import { invalidSelf, staticReferenceDiagnostics } from "./static-references.js";
import type { WalkState } from "./walk-state.js";

// An evaluation scope: one module instance during a walk, with the repetition data and `self` of the
// object being evaluated (Terraform's lang.Scope over evaluationStateData). It turns the references an
// expression makes into the EvalContext the expression is evaluated in: static checks first (and
// nothing more if they fail), then each referenced value, placed under `var`, `local`, `module`,
// `data`, the resource type names, `path`, `terraform`, `count`, `each` and `self`; functions are the
// built-in ones, with Terraform's base directory for relative paths (the working directory).

/** What a scope evaluates for besides its module. */
export interface ScopeOptions {
  /** `count.index`, `each.key`, `each.value` of the object evaluated. */
  readonly repetition?: RepetitionData;
  /** The resource instance `self` stands for, where `self` is allowed. */
  readonly self?: ResourceInstance;
  /** The check block being evaluated, which alone may refer to its nested data source. */
  readonly source?: string;
  /** The module instance evaluated in (plan and apply walks); the validate walk has none. */
  readonly instance?: ModuleInstance;
  /** The value `self` stands for, once the instance's object is planned. */
  readonly selfValue?: Value;
}

/** An evaluation result: a value (of the wanted type, unknown on errors) and diagnostics. */
export interface ScopeResult {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
}

/**
 * An EvalContext whose variable table exists even when nothing was referenced, as hcl's non-nil
 * Variables map: a name missing from it is an "Unknown variable", not "Variables not allowed".
 */
class ScopeContext extends EvalContext {
  override get hasVariables(): boolean {
    return true;
  }
}

/** Evaluates expressions in one module instance of a walk. */
export class EvalScope {
  readonly #values: ReferenceValues;

  constructor(
    readonly state: WalkState,
    readonly module: Config,
    readonly options: ScopeOptions = {},
  ) {
    this.#values = new ReferenceValues(state, module, options.repetition ?? {}, options.instance);
  }

  /** The references of some traversals, with the errors of those that do not parse. */
  references(traversals: readonly Traversal[]): { refs: Reference[]; diagnostics: Diagnostic[] } {
    return parseRefs(traversals);
  }

  /** The context for these references (Scope.EvalContext): empty, with the errors, when static checks fail. */
  evalContext(refs: readonly Reference[]): { ctx: EvalContext; diagnostics: Diagnostic[] } {
    const site = { module: this.module, ...this.options };
    const staticDiags = refs.length === 0 ? [] : staticReferenceDiagnostics(site, refs);
    if (hasErrors(staticDiags)) return { ctx: this.context(new Map()), diagnostics: staticDiags };
    const roots = new RootValues();
    const diagnostics = [...staticDiags];
    for (const ref of refs) {
      if (ref.subject.kind === "Self") {
        if (this.options.self) roots.self = this.options.selfValue ?? DynamicVal;
        else diagnostics.push(invalidSelf(ref.sourceRange));
        continue;
      }
      const r = this.#values.lookup(ref);
      diagnostics.push(...r.diagnostics);
      roots.put(ref, r.value);
    }
    return { ctx: this.context(refs.length === 0 ? new Map() : roots.variables()), diagnostics };
  }

  /** References and context for some traversals together, as one evaluation needs them. */
  contextFor(traversals: readonly Traversal[]): { ctx: EvalContext; diagnostics: Diagnostic[] } {
    const parsed = this.references(traversals);
    const r = this.evalContext(parsed.refs);
    return { ctx: r.ctx, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
  }

  /** Evaluates an expression (Scope.EvalExpr): stops at reference errors, converts to `want` when given. */
  evalExpr(expr: Expression, want: Type = DynamicPseudoType): ScopeResult {
    const { ctx, diagnostics } = this.contextFor(expr.variables());
    if (hasErrors(diagnostics)) return { value: Value.unknown(want), diagnostics };
    const r = expr.value(ctx);
    diagnostics.push(...r.diagnostics);
    if (want.kind === "dynamic") return { value: r.value, diagnostics };
    const converted = convert(r.value, want);
    if (!(converted instanceof ConversionError)) return { value: converted, diagnostics };
    const detail = `Invalid expression value: ${formatConversionError(converted)}.`;
    const invalid = { ...errorDiag("Incorrect value type", detail, expr.range), expression: { variables: () => expr.variables(), ctx } };
    return { value: Value.unknown(want), diagnostics: [...diagnostics, invalid] };
  }

  /** A context with just these root variables and the walk's functions. */
  context(variables: ReadonlyMap<string, Value>): EvalContext {
    return new ScopeContext(variables, this.state.functions, { baseDir: this.state.cwd, functions: this.state.functions });
  }
}

/** The root variables being assembled for a context, by the kind of thing referenced. */
class RootValues {
  readonly #groups = new Map<string, Map<string, Value>>();
  readonly #resources = new Map<string, Map<string, Map<string, Value>>>();
  self: Value | undefined;

  put(ref: Reference, value: Value): void {
    const s = ref.subject;
    switch (s.kind) {
      case "Resource":
      case "ResourceInstance": {
        const r = s.kind === "Resource" ? s : s.resource;
        this.#resource(r.mode).set(r.type, (this.#resource(r.mode).get(r.type) ?? new Map()).set(r.name, value));
        return;
      }
      case "ModuleCall":
      case "ModuleCallInstance":
      case "ModuleCallInstanceOutput":
        this.#group("module").set(callName(ref), value);
        return;
      default:
        this.#group(ROOT_NAMES[s.kind] ?? "").set((s as { name: string }).name, value);
    }
  }

  variables(): Map<string, Value> {
    const out = new Map<string, Value>();
    const managed = resourceObjects(this.#resource("managed"));
    for (const [type, v] of managed) out.set(type, v);
    out.set("resource", Value.object(managed));
    out.set("ephemeral", Value.object(resourceObjects(this.#resource("ephemeral"))));
    out.set("data", Value.object(resourceObjects(this.#resource("data"))));
    for (const root of ["module", "var", "local", "path", "terraform", "count", "each"]) {
      out.set(root, Value.object(this.#groups.get(root) ?? new Map()));
    }
    if (this.self) out.set("self", this.self);
    return out;
  }

  #group(name: string): Map<string, Value> {
    let g = this.#groups.get(name);
    if (!g) this.#groups.set(name, (g = new Map()));
    return g;
  }

  #resource(mode: string): Map<string, Map<string, Value>> {
    let g = this.#resources.get(mode);
    if (!g) this.#resources.set(mode, (g = new Map()));
    return g;
  }
}

const ROOT_NAMES: Readonly<Record<string, string>> = {
  InputVariable: "var",
  LocalValue: "local",
  PathAttr: "path",
  TerraformAttr: "terraform",
  CountAttr: "count",
  ForEachAttr: "each",
};

function callName(ref: Reference): string {
  const s = ref.subject;
  if (s.kind === "ModuleCall") return s.name;
  if (s.kind === "ModuleCallInstance") return s.call.name;
  if (s.kind === "ModuleCallInstanceOutput") return s.call.call.name;
  return "";
}

function resourceObjects(byType: ReadonlyMap<string, ReadonlyMap<string, Value>>): Map<string, Value> {
  return new Map([...byType].map(([type, names]) => [type, Value.object(names)]));
}
