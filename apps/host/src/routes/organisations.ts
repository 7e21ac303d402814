import { auditContext } from '../http/audit-context.js';
import { appendAudit } from '../store/audit.js';
import { getCurrency } from '@paycore/openfintech';
import type { Api } from '../http/api.js';
import { type FieldError, notFound, validationError } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { parseDuration } from '../duration.js';
import { AUTH_ERRORS, COMMON_ERRORS, listOf, ORG_ERRORS, PARAMS } from '../schemas/common.js';
import { ORGANISATION } from '../schemas/auth.js';
import {
  CREATE_ORG_BODY,
  type CreateOrgBody,
  PATCH_ORG_BODY,
  type PatchOrgBody,
} from '../schemas/organisations.js';
import { checkIntervalMs } from '../services/health.js';
import { pullInChecks } from '../store/checks.js';
import {
  getOrganisation,
  insertOrganisation,
  listMemberships,
  type OrganisationPatch,
  updateOrganisation,
} from '../store/organisations.js';

function isIsoCurrency(code: string): boolean {
  return getCurrency(code)?.iso4217 === true;
}

/** The range an organisation may set its check interval in. */
const CHECK_INTERVAL_MS = { min: 60_000, max: 30 * 86_400_000 };

/** Organisations: list, create, read, change settings. */
export function registerOrganisationRoutes(api: Api, deps: AppDeps): void {
  const { db } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/orgs',
      operationId: 'listOrganisations',
      summary: "The signed-in user's organisations",
      tag: 'organisations',
      auth: 'session',
      responses: { 200: { description: 'Organisations', schema: listOf(ORGANISATION) }, ...AUTH_ERRORS },
    },
    async ({ auth }) => ({ body: { items: await listMemberships(db, auth.session!.user.id) } }),
  );

  api.route<CreateOrgBody>(
    {
      method: 'post',
      path: '/api/orgs',
      operationId: 'createOrganisation',
      summary: 'Create another organisation owned by the signed-in user',
      tag: 'organisations',
      auth: 'session',
      body: CREATE_ORG_BODY,
      responses: { 201: { description: 'Created', schema: ORGANISATION }, ...COMMON_ERRORS, ...AUTH_ERRORS },
    },
    async ({ auth, body }) => {
      const org = await db.transaction((tx) =>
        insertOrganisation(tx, body.name.trim(), auth.session!.user.id),
      );
      return { status: 201, body: org };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/orgs/:orgId',
      operationId: 'getOrganisation',
      summary: 'An organisation and its settings',
      tag: 'organisations',
      auth: 'org',
      permission: 'member',
      params: { orgId: PARAMS.orgId },
      responses: { 200: { description: 'The organisation', schema: ORGANISATION }, ...ORG_ERRORS },
    },
    async ({ auth }) => {
      const org = await getOrganisation(db, auth.orgId!);
      if (!org) throw notFound('The organisation');
      return { body: org };
    },
  );

  api.route<PatchOrgBody>(
    {
      method: 'patch',
      path: '/api/orgs/:orgId',
      operationId: 'updateOrganisation',
      summary:
        'Change the name, default currency, enabled currencies, the time between checks or the connect page brand',
      description:
        'Currencies are ISO 4217 codes. A default currency that is not enabled is enabled with it, unless the same request sets `enabledCurrencies` without it. A shorter `checkInterval` brings every later check forward to it.',
      tag: 'organisations',
      auth: 'org',
      permission: 'settings',
      params: { orgId: PARAMS.orgId },
      body: PATCH_ORG_BODY,
      responses: { 200: { description: 'Updated', schema: ORGANISATION }, ...COMMON_ERRORS, ...ORG_ERRORS },
    },
    async ({ req, auth, body }) => {
      const current = await getOrganisation(db, auth.orgId!);
      if (!current) throw notFound('The organisation');
      const fields: FieldError[] = [];
      if (body.defaultCurrency !== undefined && !isIsoCurrency(body.defaultCurrency))
        fields.push({
          path: '/defaultCurrency',
          message: `"${body.defaultCurrency}" is not an ISO 4217 currency`,
        });
      body.enabledCurrencies?.forEach((code, index) => {
        if (!isIsoCurrency(code))
          fields.push({
            path: `/enabledCurrencies/${index}`,
            message: `"${code}" is not an ISO 4217 currency`,
          });
      });
      const intervalMs = body.checkInterval ? parseDuration(body.checkInterval) : undefined;
      if (
        intervalMs !== undefined &&
        (intervalMs < CHECK_INTERVAL_MS.min || intervalMs > CHECK_INTERVAL_MS.max)
      )
        fields.push({ path: '/checkInterval', message: 'must be from 1 minute (1m) to 30 days (30d)' });
      const patch: OrganisationPatch = {};
      if (body.name !== undefined) patch.name = body.name.trim();
      let enabled = body.enabledCurrencies ?? current.enabledCurrencies;
      const defaultCurrency = body.defaultCurrency ?? current.defaultCurrency;
      if (fields.length === 0 && !enabled.includes(defaultCurrency)) {
        if (body.enabledCurrencies !== undefined) {
          fields.push({
            path: body.defaultCurrency !== undefined ? '/defaultCurrency' : '/enabledCurrencies',
            message: `the default currency ${defaultCurrency} must be one of the enabled currencies`,
          });
        } else {
          enabled = [...enabled, defaultCurrency];
        }
      }
      if (fields.length > 0) throw validationError(fields);
      if (body.defaultCurrency !== undefined) patch.defaultCurrency = body.defaultCurrency;
      if (body.enabledCurrencies !== undefined || enabled !== current.enabledCurrencies)
        patch.enabledCurrencies = enabled;
      if (body.checkInterval !== undefined) patch.checkInterval = body.checkInterval;
      if (body.brand !== undefined) patch.brand = body.brand;
      const updated = await db.transaction(async (tx) => {
        const stored = await updateOrganisation(tx, auth.orgId!, patch);
        if (!stored) throw notFound('The organisation');
        const changed = Object.fromEntries(
          Object.entries(patch)
            .filter(
              ([name, value]) =>
                JSON.stringify(current[name as keyof OrganisationPatch]) !== JSON.stringify(value),
            )
            .map(([name, value]) => [name, { from: current[name as keyof OrganisationPatch], to: value }]),
        );
        await appendAudit(
          tx,
          stored.id,
          auditContext(req, auth),
          'organisation.settings_changed',
          {
            type: 'organisation',
            id: stored.id,
          },
          { changes: changed },
        );
        return stored;
      });
      if (body.checkInterval !== undefined) {
        const interval = checkIntervalMs(updated.checkInterval, deps.settings.checkIntervalMs);
        await pullInChecks(db, updated.id, new Date(Date.now() + interval).toISOString());
      }
      return { body: updated };
    },
  );
}
