import type { Type } from "../types/type.js";
import type { Value } from "../values/value.js";

// The shape of a built-in function, after cty's function package: typed parameters, a return type
// computed from the argument types, and an implementation that only ever sees arguments it declared
// it can handle (known, non-null, unmarked unless the parameter says otherwise).

/** One declared parameter of a function. */
export interface Parameter {
  readonly name: string;
  /** The type arguments are converted to before the call; DynamicPseudoType accepts anything. */
  readonly type: Type;
  /** The implementation is called even when this argument is null. */
  readonly allowNull?: boolean;
  /** The implementation is called even when this argument is (or contains) unknown values. */
  readonly allowUnknown?: boolean;
  /** The implementation is called even when this argument's type is still dynamic (unknown type). */
  readonly allowDynamicType?: boolean;
  /** The implementation sees this argument's marks; otherwise they are removed (deeply) and put on the result. */
  readonly allowMarked?: boolean;
}

/** An error raised by a function for its caller to turn into a diagnostic. */
export class FuncError {
  /** `argIndex` names the offending argument (0-based, counting variadic arguments) when there is one. */
  constructor(
    readonly message: string,
    readonly argIndex?: number,
  ) {}
}

/** Anything a function's parts may return instead of a result. */
export type FuncResult<T> = T | FuncError;

/** Per-call facilities a function may need (the filesystem base directory, the time of the plan...). */
export interface FuncContext {
  /** Base directory for relative paths (the module's directory). */
  readonly baseDir: string;
  /** Fixed timestamp for plantimestamp(), if known. */
  readonly planTimestamp?: Date;
  /** Functions callable from templates rendered by templatefile/templatestring. */
  readonly functions?: ReadonlyMap<string, FunctionSpec>;
}

/** A built-in function's definition. */
export interface FunctionSpec {
  /** One sentence, as Terraform's function docs have. */
  readonly description: string;
  readonly params: readonly Parameter[];
  /** Extra trailing arguments, each checked against this parameter. */
  readonly varParam?: Parameter;
  /**
   * The result type for the given (converted) arguments, which may be unknown. Called before `impl`, and
   * alone when an argument is unknown, so it must not need known values unless the parameter allows them.
   */
  readonly returnType: (args: readonly Value[]) => FuncResult<Type>;
  /** Computes the result. Arguments are converted, and known/non-null/unmarked unless the parameter allows otherwise. */
  readonly impl: (args: readonly Value[], retType: Type, ctx: FuncContext) => FuncResult<Value>;
  /** Functions such as timestamp() and uuid() give a new value each call: unknown during planning. */
  readonly impure?: boolean;
}

/** A return-type function for functions whose result type never changes. */
export function staticReturnType(t: Type): (args: readonly Value[]) => Type {
  return () => t;
}
