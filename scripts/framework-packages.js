/** The framework packages, by folder under `packages/`: published together, linted together. */
export const FRAMEWORK_PACKAGES = [
  'core',
  'openfintech',
  'registry',
  'sandbox',
  'codegen',
  'validate',
  'testkit',
  'create-connector',
  'webhooks',
  'connect',
];
