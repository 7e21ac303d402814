import type { Connector, Credentials } from './types.js';

/**
 * Types a connector object. It returns its argument unchanged: the contract is a plain object,
 * not a base class.
 */
export function defineConnector<C extends object = Credentials>(connector: Connector<C>): Connector<C> {
  return connector;
}
