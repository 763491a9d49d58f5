import type { JsonCase } from "./case.js";
import { configDetails } from "./config-details.js";
import { create } from "./create.js";
import { countForEach } from "./count-for-each.js";
import { dataSource } from "./data-source.js";
import { deleteCase } from "./delete.js";
import { lifecycle } from "./lifecycle.js";
import { moduleCase } from "./module.js";
import { noChanges } from "./no-changes.js";
import { providers } from "./providers.js";
import { replace } from "./replace.js";
import { sensitive } from "./sensitive.js";
import { unknown } from "./unknown.js";
import { update } from "./update.js";

// Every golden case of fixtures/json-format, hand-built.

/** The cases, one per fixture directory. */
export const CASES: readonly JsonCase[] = [
  create,
  noChanges,
  update,
  replace,
  deleteCase,
  countForEach,
  sensitive,
  unknown,
  moduleCase,
  lifecycle,
  dataSource,
  configDetails,
  providers,
];
