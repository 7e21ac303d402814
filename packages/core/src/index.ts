export { createAjv, ajvErrorsToProblems, type FieldHints } from './ajv.js';
export { checkContract, type ContractOptions } from './contract.js';
export { createCredentialValidator, type CredentialValidator } from './credentials.js';
export { defineConnector } from './define-connector.js';
export {
  isPaycoreError,
  PaycoreError,
  toPaycoreError,
  type PaycoreErrorCode,
  type Problem,
} from './errors.js';
export { escapePointerToken, pointer } from './json-pointer.js';
export { MANIFEST_SCHEMA, readManifest, validateManifest, type ManifestValidation } from './manifest.js';
export { connectorFailure, runDiscover, runVerify, type RunVerifyOptions } from './run-verify.js';
export { checkVerifyInput } from './verify-input.js';
export {
  looksSecret,
  maskSecret,
  REDACTED,
  scrubSecrets,
  scrubValue,
  secretFieldNames,
  secretValues,
} from './secrets.js';
export * from './types.js';
export { basicAuth, failure, readJson, success, unexpectedStatus } from './verify-helpers.js';
export { closestCode, type Vocabulary } from './vocabulary.js';
export {
  checkConnectorPackage,
  type PackageCheck,
  type PackageCheckOptions,
  type PackageProblem,
  packageLoads,
} from './package-check.js';
export {
  isObject,
  type PackageJson,
  type PackageJsonRead,
  packageEntry,
  packageName,
  readPackageJson,
} from './package-json.js';
