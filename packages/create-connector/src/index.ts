export { main } from './cli.js';
export { checkId, type ConnectorPlan, planConnector } from './plan.js';
export { scaffoldConnector, type ScaffoldOptions } from './scaffold.js';
