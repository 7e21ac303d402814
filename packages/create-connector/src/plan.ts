import { getProvider } from '@paycore/openfintech';

/** Everything the templates need to know about the new connector. */
export interface ConnectorPlan {
  id: string;
  name: string;
  packageName: string;
  description: string;
  website: string;
  countries: string[];
  paymentMethods: string[];
  payoutMethods: string[];
  openfintechCode?: string;
  /** Host of the sandbox and live APIs; placeholders under the reserved `.example` domain until edited. */
  sandboxHost: string;
  liveHost: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Problems with a requested id, in plain words; empty when it can be used. */
export function checkId(id: string | undefined): string | undefined {
  if (!id) return 'Give the connector id, e.g. `pnpm create-connector acme-pay`.';
  if (!ID.test(id))
    return `"${id}" is not a valid id: use lower-case letters, digits and dashes, starting with a letter or digit.`;
  return undefined;
}

/** Builds the plan, prefilled from the OpenFinTech catalogue when `id` is one of its provider codes. */
export function planConnector(id: string): ConnectorPlan {
  const known = getProvider(id);
  const name = known?.name ?? titleCase(id);
  return {
    id,
    name,
    packageName: `@paycore/connector-${id}`,
    description: known?.description?.split(/(?<=\.)\s/)[0]?.slice(0, 300) || `${name} payment provider.`,
    website: `https://${id}.example`,
    countries: [...(known?.countries ?? [])],
    paymentMethods: [...(known?.paymentMethods ?? [])],
    payoutMethods: [...(known?.payoutMethods ?? [])],
    ...(known ? { openfintechCode: known.code } : {}),
    sandboxHost: `sandbox.api.${id}.example`,
    liveHost: `api.${id}.example`,
  };
}

function titleCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
