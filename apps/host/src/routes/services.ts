import { managePermission } from '../access/roles.js';
import { auditContext } from '../http/audit-context.js';
import { requirePermission } from '../http/auth.js';
import type { Api } from '../http/api.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import {
  CONNECTION_SERVICES,
  ORG_SERVICE,
  PATCH_SERVICES_BODY,
  type PatchServicesBody,
  SERVICES_QUERY,
  type ServicesQuery,
} from '../schemas/services.js';
import { servicesOf, switchServices } from '../services/connection-changes.js';
import { methodName, servicesView } from '../services/connection-services.js';
import { requireConnection } from '../services/connections.js';
import { listConnections } from '../store/connections.js';
import { connectionDeps } from './connection-context.js';

/** A connection's services (read, switch) and the organisation's usable services across connections. */
export function registerServiceRoutes(api: Api, deps: AppDeps): void {
  const services = connectionDeps(deps);
  const params = { orgId: PARAMS.orgId, connectionId: PARAMS.connectionId };

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId/connections/:connectionId/services',
      operationId: 'getConnectionServices',
      summary: "A connection's services: what the account has enabled, and the merchant's switches",
      tag: 'services',
      auth: 'org',
      permission: 'connections.view',
      params,
      responses: { 200: { description: 'Services', schema: CONNECTION_SERVICES }, ...ORG_ERRORS },
    },
    async ({ auth, params: p }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      return { body: servicesView(servicesOf(services, record)) };
    },
  );

  api.route<PatchServicesBody>(
    {
      method: 'patch',
      path: '/api/orgs/:orgId/connections/:connectionId/services',
      operationId: 'switchConnectionServices',
      summary: 'Enable or disable services of a connection',
      description:
        'Each item names a service (direction, method, currency, flow) and whether it is enabled; only an available service can be enabled. Every problem is answered at once (422) and nothing changes then. A change is an event in the connection\u2019s history.',
      tag: 'services',
      auth: 'org',
      permission: 'connections.manage_sandbox',
      params,
      body: PATCH_SERVICES_BODY,
      responses: {
        200: { description: 'The services after the change', schema: CONNECTION_SERVICES },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
      },
    },
    async ({ req, auth, params: p, body }) => {
      const record = await requireConnection(deps.db, auth.orgId!, p.connectionId!);
      requirePermission(auth, managePermission(record.environment));
      const switched = await switchServices(
        services,
        record,
        body.items,
        auth.actor!,
        auditContext(req, auth),
      );
      return { body: servicesView(switched) };
    },
  );

  api.route<undefined, ServicesQuery>(
    {
      method: 'get',
      path: '/api/orgs/:orgId/services',
      operationId: 'listOrganisationServices',
      summary: 'Which connections can take a method in a currency (enabled, available services)',
      description:
        'Every filter must hold. `country` matches the account\u2019s country, or the provider\u2019s countries when the account does not say.',
      tag: 'services',
      auth: 'org',
      permission: 'connections.view',
      params: { orgId: PARAMS.orgId },
      query: SERVICES_QUERY,
      responses: {
        200: { description: 'Usable services', schema: listOf(ORG_SERVICE) },
        ...COMMON_ERRORS,
        ...ORG_ERRORS,
      },
    },
    async ({ auth, query }) => {
      const items = [];
      for (const record of await listConnections(deps.db, auth.orgId!)) {
        const entry = deps.registry.get(record.providerId);
        const country =
          typeof record.account?.country === 'string' ? [record.account.country] : entry?.countries;
        if (query.country && !country?.includes(query.country)) continue;
        for (const service of servicesOf(services, record).items) {
          if (!service.available || !service.enabled) continue;
          if (query.direction && service.direction !== query.direction) continue;
          if (query.method && service.method !== query.method) continue;
          if (query.currency && service.currency !== query.currency) continue;
          items.push({
            connectionId: record.id,
            providerId: record.providerId,
            providerName: entry?.name ?? record.providerId,
            environment: record.environment,
            label: record.label,
            direction: service.direction,
            method: service.method,
            methodName: methodName(service.direction, service.method),
            currency: service.currency,
            ...(service.flow === undefined ? {} : { flow: service.flow }),
          });
        }
      }
      return { body: { items } };
    },
  );
}
