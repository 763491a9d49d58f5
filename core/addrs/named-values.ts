import { Address } from "./address.js";
import { withModulePrefix, type ModuleInstance } from "./module-instance.js";

// The named values a module declares: input variables, local values, output values and check blocks,
// each relative to its module (what references name) and absolute (in one module instance).

/** `var.name` (addrs.InputVariable). */
export class InputVariable extends Address {
  /** Discriminant. */
  readonly kind = "InputVariable";

  constructor(readonly name: string) {
    super();
  }

  /** This variable in a particular module instance. */
  absolute(module: ModuleInstance): AbsInputVariableInstance {
    return new AbsInputVariableInstance(module, this);
  }

  /** `var.name`. */
  override toString(): string {
    return `var.${this.name}`;
  }
}

/** `module.x.var.name` (addrs.AbsInputVariableInstance). */
export class AbsInputVariableInstance extends Address {
  /** Discriminant. */
  readonly kind = "AbsInputVariableInstance";

  constructor(
    readonly module: ModuleInstance,
    readonly variable: InputVariable,
  ) {
    super();
  }

  /** `module.x.var.name`, or `var.name` in the root module. */
  override toString(): string {
    return withModulePrefix(this.module, this.variable.toString());
  }
}

/** `local.name` (addrs.LocalValue). */
export class LocalValue extends Address {
  /** Discriminant. */
  readonly kind = "LocalValue";

  constructor(readonly name: string) {
    super();
  }

  /** This local value in a particular module instance. */
  absolute(module: ModuleInstance): AbsLocalValue {
    return new AbsLocalValue(module, this);
  }

  /** `local.name`. */
  override toString(): string {
    return `local.${this.name}`;
  }
}

/** `module.x.local.name` (addrs.AbsLocalValue). */
export class AbsLocalValue extends Address {
  /** Discriminant. */
  readonly kind = "AbsLocalValue";

  constructor(
    readonly module: ModuleInstance,
    readonly local: LocalValue,
  ) {
    super();
  }

  /** `module.x.local.name`, or `local.name` in the root module. */
  override toString(): string {
    return withModulePrefix(this.module, this.local.toString());
  }
}

/** `output.name` (addrs.OutputValue). */
export class OutputValue extends Address {
  /** Discriminant. */
  readonly kind = "OutputValue";

  constructor(readonly name: string) {
    super();
  }

  /** This output in a particular module instance. */
  absolute(module: ModuleInstance): AbsOutputValue {
    return new AbsOutputValue(module, this);
  }

  /** `output.name`. */
  override toString(): string {
    return `output.${this.name}`;
  }
}

/** `module.x.output.name` (addrs.AbsOutputValue). */
export class AbsOutputValue extends Address {
  /** Discriminant. */
  readonly kind = "AbsOutputValue";

  constructor(
    readonly module: ModuleInstance,
    readonly output: OutputValue,
  ) {
    super();
  }

  /** `module.x.output.name`, or `output.name` in the root module. */
  override toString(): string {
    return withModulePrefix(this.module, this.output.toString());
  }
}

/** `check.name`, a `check` block (addrs.Check). */
export class Check extends Address {
  /** Discriminant. */
  readonly kind = "Check";

  constructor(readonly name: string) {
    super();
  }

  /** This check in a particular module instance. */
  absolute(module: ModuleInstance): AbsCheck {
    return new AbsCheck(module, this);
  }

  /** `check.name`. */
  override toString(): string {
    return `check.${this.name}`;
  }
}

/** `module.x.check.name` (addrs.AbsCheck). */
export class AbsCheck extends Address {
  /** Discriminant. */
  readonly kind = "AbsCheck";

  constructor(
    readonly module: ModuleInstance,
    readonly check: Check,
  ) {
    super();
  }

  /** `module.x.check.name`, or `check.name` in the root module. */
  override toString(): string {
    return withModulePrefix(this.module, this.check.toString());
  }
}
