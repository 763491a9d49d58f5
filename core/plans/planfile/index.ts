// Saved plan files (`plan -out=FILE`, then `apply FILE` and `show FILE`): the file container with its
// checksum, the plan document inside it, and the lossless value codec it uses.

export { packPlanFile, unpackPlanFile, PLAN_FORMAT_VERSION, type PlanFileHeader } from "./plan-file.js";
export { planDocument, planFromDocument, type PlanFileExtras } from "./plan-document.js";
export { decodeValue, encodeValue, type EncodedValue } from "./value-codec.js";
