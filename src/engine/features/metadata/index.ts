// Metadata fingerprint (MFI): reading config.json, extraction, hashes, similarity, size estimate.

export {
  MAX_CONFIG_JSON_BYTES,
  isConfigObject,
  parseLosslessJson,
  readConfigJson,
  toPlainJson,
  type ConfigObject,
  type ConfigValue,
  type JsonObject,
  type JsonValue,
} from "./config-json.js";
export {
  MFI_FIELDS,
  extractMfi,
  extractMfiDetailed,
  type MfiExtraction,
  type MfiFingerprint,
  type MfiTokenizerInfo,
  type MfiWarning,
} from "./mfi.js";
export {
  archHash,
  archHashText,
  familyHash,
  familyHashText,
  ropeScalingType,
  ropeThetaBucket,
  type ArchHashFields,
  type FamilyHashFields,
} from "./hashes.js";
export {
  mfiSimilarity,
  type MfiMatchType,
  type MfiSimilarity,
  type MfiSimilarityInput,
} from "./similarity.js";
export {
  PARAM_BUCKETS,
  estimateParameters,
  paramBucket,
  type ParamBucket,
  type ParamEstimateInput,
} from "./parameters.js";
export {
  mfiToPyValue,
  parseStoredMfi,
  storedArchFields,
  storedFamilyFields,
  type FieldProblem,
} from "./stored-mfi.js";
export { MODEL_TYPE_RULES, TEXT_CONFIG_TYPES, type ModelTypeRules } from "./model-types.js";
