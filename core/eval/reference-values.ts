import { relative, resolve, sep } from "node:path";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { goQuote } from "../../lang/text/go-quote.js";
import { nameSuggestion } from "../../lang/text/name-suggestion.js";
import { DynamicPseudoType, listOf, mapOf, NumberType, objectOf, type Type } from "../../lang/types/type.js";
import { Mark } from "../../lang/values/marks.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import { builtinAttrDiagnostics } from "../addrs/builtin-attr-check.js";
import type { Reference } from "../addrs/reference.js";
import type { Resource as ResourceAddr } from "../addrs/resource.js";
import { AbsResource } from "../addrs/abs-resource.js";
import type { ModuleInstance } from "../addrs/module-instance.js";
import type { Config } from "../configs/model.js";
import type { RepetitionData } from "../expand/expansion.js";
import { modulePathString } from "../graph/graph-node.js";
import { findResource, moduleDisplayAddr } from "./static-references.js";
import type { WalkState } from "./walk-state.js";

// The value each kind of reference stands for in a module instance (Terraform's evaluationStateData
// getters in evaluate.go), with the errors for names that are not declared or not available here.
// In the validate walk every input variable is an unknown value of its type (keeping its sensitive and
// ephemeral marks), a module call is an unknown object with one attribute per output (a list or map of
// them with count or for_each), and a resource is entirely unknown; locals have the values decided.

/** A looked-up value and the problems with the reference. */
export interface RefValue {
  readonly value: Value;
  readonly diagnostics: Diagnostic[];
}

/** Resolves references made inside one module instance. */
export class ReferenceValues {
  constructor(
    private readonly state: WalkState,
    private readonly module: Config,
    private readonly repetition: RepetitionData,
    private readonly instance?: ModuleInstance,
  ) {}

  /** The key named values of this module are recorded under: the instance address, or the static path. */
  private get valuesKey(): string {
    return this.instance ? this.instance.toString() : modulePathString(this.module.path);
  }

  /** The value a parsed reference's subject stands for (for `self`, see the scope). */
  lookup(ref: Reference): RefValue {
    const s = ref.subject;
    const rng = ref.sourceRange;
    const invalid = builtinAttrDiagnostics(ref);
    if (invalid.length > 0) return { value: DynamicVal, diagnostics: invalid };
    switch (s.kind) {
      case "CountAttr":
        return this.countIndex(rng);
      case "ForEachAttr":
        return s.name === "key" ? this.eachKey(rng) : this.eachValue(rng);
      case "InputVariable":
        return this.inputVariable(s.name, rng);
      case "LocalValue":
        return this.local(s.name, rng);
      case "ModuleCall":
        return this.moduleCall(s.name, rng);
      case "ModuleCallInstance":
        return this.moduleCall(s.call.name, rng);
      case "ModuleCallInstanceOutput":
        return this.moduleCall(s.call.call.name, rng);
      case "Resource":
        return this.resource(s, rng);
      case "ResourceInstance":
        return this.resource(s.resource, rng);
      case "PathAttr":
        return ok(this.path(s.name));
      case "TerraformAttr":
        return ok(s.name === "workspace" ? Value.string(this.state.workspace) : Value.bool(false).mark(Mark.Ephemeral));
      default:
        return ok(DynamicVal);
    }
  }

  private countIndex(rng: Range): RefValue {
    if (this.repetition.countIndex) return ok(this.repetition.countIndex);
    const detail = 'The "count" object can only be used in "module", "resource", and "data" blocks, and only when the "count" argument is set.';
    return fail(Value.unknown(NumberType), errorDiag('Reference to "count" in non-counted context', detail, rng));
  }

  private eachKey(rng: Range): RefValue {
    if (this.repetition.eachKey) return ok(this.repetition.eachKey);
    const detail = 'The "each" object can be used only in "module" or "resource" blocks, and only when the "for_each" argument is set.';
    return fail(DynamicVal, errorDiag('Reference to "each" in context without for_each', detail, rng));
  }

  private eachValue(rng: Range): RefValue {
    if (this.repetition.eachValue) return ok(this.repetition.eachValue);
    const detail =
      'A reference to "each.value" has been used in a context in which it is unavailable, such as when the configuration no longer contains the value in its "for_each" expression. Remove this reference to each.value in your configuration to work around this error.';
    return fail(DynamicVal, errorDiag("each.value cannot be used in this context", detail, rng));
  }

  private inputVariable(name: string, rng: Range): RefValue {
    const config = this.module.module.variables.get(name);
    if (!config) {
      const suggestion = nameSuggestion(name, this.module.module.variables.keys());
      const hint = suggestion ? ` Did you mean ${goQuote(suggestion)}?` : ` This variable can be declared with a variable ${goQuote(name)} {} block.`;
      const detail = `An input variable with the name ${goQuote(name)} has not been declared.${hint}`;
      return fail(DynamicVal, errorDiag("Reference to undeclared input variable", detail, rng));
    }
    const marks = (config.sensitive ? Mark.Sensitive : 0) | (config.ephemeral ? Mark.Ephemeral : 0);
    const decided = this.instance ? this.state.values.variable(this.valuesKey, name) : undefined;
    return ok((decided ?? Value.unknown(config.type)).mark(marks));
  }

  private local(name: string, rng: Range): RefValue {
    if (!this.module.module.locals.has(name)) {
      const suggestion = nameSuggestion(name, this.module.module.locals.keys());
      const hint = suggestion ? ` Did you mean ${goQuote(suggestion)}?` : "";
      const detail = `A local value with the name ${goQuote(name)} has not been declared.${hint}`;
      return fail(DynamicVal, errorDiag("Reference to undeclared local value", detail, rng));
    }
    return ok(this.state.values.local(this.valuesKey, name));
  }

  private moduleCall(name: string, rng: Range): RefValue {
    const call = this.module.module.moduleCalls.get(name);
    if (!call) {
      const detail = `The configuration contains no ${modulePathString([...this.module.path, name])}.`;
      return fail(DynamicVal, errorDiag("Reference to undeclared module", detail, rng));
    }
    const child = this.module.children.get(name);
    if (!child) return ok(DynamicVal);
    if (this.instance && this.state.instances) return ok(this.state.instances.moduleCall(this.instance, name));
    const outputs = new Map<string, Type>([...child.module.outputs.keys()].map((n) => [n, DynamicPseudoType]));
    const instance = objectOf(outputs);
    return ok(Value.unknown(call.count ? listOf(instance) : call.forEach ? mapOf(instance) : instance));
  }

  private resource(addr: ResourceAddr, rng: Range): RefValue {
    if (findResource(this.module, addr)) {
      if (this.instance && this.state.instances) return ok(this.state.instances.resource(new AbsResource(this.instance, addr)));
      return ok(addr.mode === "ephemeral" ? DynamicVal.mark(Mark.Ephemeral) : DynamicVal);
    }
    const detail = `A resource ${goQuote(addr.type)} ${goQuote(addr.name)} has not been declared in ${moduleDisplayAddr(this.module.path)}`;
    return fail(DynamicVal, errorDiag("Reference to undeclared resource", detail, rng));
  }

  private path(name: string): Value {
    if (name === "cwd") return Value.string(toSlash(resolve(this.state.cwd)));
    const dir = name === "root" ? this.state.root.module.dir : this.module.module.dir;
    return Value.string(toSlash(relative(this.state.cwd, resolve(this.state.cwd, dir)) || "."));
  }
}

function ok(value: Value): RefValue {
  return { value, diagnostics: [] };
}

/** A failed lookup gives an unknown value of whatever type it had (normalizeRefValue). */
function fail(value: Value, d: Diagnostic): RefValue {
  return { value: Value.unknown(value.type), diagnostics: [d] };
}

function toSlash(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
