export { main } from './cli.js';
export { checkId, type ConnectorPlan, planConnector } from './plan.js';
export type { FrameworkPackage, FrameworkVersions } from './framework-versions.js';
export {
  type OutsideScaffoldOptions,
  type ScaffoldOptions,
  scaffoldConnector,
  scaffoldOutsideConnector,
} from './scaffold.js';
