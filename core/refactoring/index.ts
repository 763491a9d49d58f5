// Refactoring (Terraform's internal/refactoring): `moved` blocks and the moves implied by adding or
// removing `count`, applied to the previous run's state before planning and validated against the
// expanded configuration after it; and `removed` blocks, which say whether objects no longer in the
// configuration are destroyed or only forgotten.

export { applyMoves } from "./apply-moves.js";
export { descendant, moveableDeclRange, resourceByAddr, startString } from "./config-lookup.js";
export { moduleMoveDestination, resourceMoveDestination, instanceMoveDestination } from "./move-destination.js";
export { MoveEndpointInModule, moduleCallOf, type Moveable, type MoveEndpointKind } from "./move-endpoint.js";
export { buildMoveStatementGraph, moveGraphDiagnostics, moveOrder, statementDependsOn } from "./move-graph.js";
export { MoveResults, type CrossTypeMove, type MoveBlocked, type MoveSuccess } from "./move-results.js";
export { findMoveStatements, impliedMoveStatements, unifyMoveEndpoints, type MoveStatement } from "./move-statement.js";
export { findRemoveStatements, removeTargets, type RemoveStatement } from "./remove-statement.js";
export { moveModuleInstance, moveResource, moveResourceInstance } from "./state-moves.js";
export { validateMoves, type DeclaredInstances } from "./validate-moves.js";
