export { type Admission, type AdmissionLimits, createAdmission } from './admission.js';
export {
  type BreakerOptions,
  type ConnectorFaults,
  createFaultBook,
  type FaultBook,
  type FaultCount,
} from './faults.js';
export { type ConnectorModule, createWorkerPool, type PoolOptions, type WorkerPool } from './pool.js';
export { BLOCKED_BUILTINS, BLOCKED_GLOBALS } from './rules.js';
export {
  createSandbox,
  type Sandbox,
  type SandboxConnector,
  type SandboxOptions,
  type SandboxVerifyOptions,
} from './sandbox.js';
