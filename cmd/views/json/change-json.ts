import type { Action, ActionReason } from "../../../core/plans/changes.js";
import { jsonArray, jsonStr, jsonStruct, type JsonText } from "./go-json.js";

// The `change` object shared by resource changes and output changes (jsonplan.Change), and the words
// for actions and action reasons. A replacement is written as its two steps in order, so that a
// reader can look for "delete" to find every change that destroys something.

/** The parts of a change as JSON text; undefined parts are left out. */
export interface ChangeParts {
  readonly action: Action;
  readonly before?: JsonText;
  readonly after?: JsonText;
  readonly afterUnknown: JsonText;
  readonly beforeSensitive?: JsonText;
  readonly afterSensitive?: JsonText;
  readonly replacePaths?: JsonText;
  readonly importing?: JsonText;
}

const ACTIONS: Readonly<Record<Action, readonly string[]>> = {
  "no-op": ["no-op"],
  create: ["create"],
  read: ["read"],
  update: ["update"],
  delete: ["delete"],
  "delete-then-create": ["delete", "create"],
  "create-then-delete": ["create", "delete"],
  forget: ["forget"],
};

/** A change object, fields in jsonplan's order. */
export function changeJson(c: ChangeParts): JsonText {
  return jsonStruct([
    ["actions", jsonArray(ACTIONS[c.action].map(jsonStr))],
    ["before", c.before],
    ["after", c.after],
    ["after_unknown", c.afterUnknown],
    ["before_sensitive", c.beforeSensitive],
    ["after_sensitive", c.afterSensitive],
    ["replace_paths", c.replacePaths],
    ["importing", c.importing],
  ]);
}

/** The `action_reason` keyword of a resource change; none for no particular reason. */
export function actionReasonJson(reason: ActionReason): JsonText | undefined {
  return reason === "none" ? undefined : jsonStr(reason.replaceAll("-", "_"));
}
