export { createEgressAgent, type EgressAgentOptions } from './agent.js';
export { createSafeFetch, type SafeFetchOptions } from './safe-fetch.js';
