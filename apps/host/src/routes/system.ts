import { CONNECTOR_FAULT_KINDS } from '@paycore/core';
import type { Api } from '../http/api.js';
import type { AppDeps } from '../deps.js';
import { AUTH_ERRORS, errorResponse } from '../schemas/common.js';

const HEALTH = {
  type: 'object',
  required: ['status'],
  properties: { status: { enum: ['ok'] } },
};

const READY = {
  type: 'object',
  required: ['status', 'database', 'providers', 'readyProviders'],
  properties: {
    status: { enum: ['ready'] },
    database: { enum: ['sqlite', 'postgres'] },
    providers: { type: 'integer' },
    readyProviders: { type: 'integer' },
  },
};

const FAULTS = {
  type: 'array',
  description: 'Runtime faults of connector code, per connector, since the host started',
  items: {
    type: 'object',
    required: ['connectorId', 'faults', 'consecutiveFaults', 'circuit'],
    properties: {
      connectorId: { type: 'string' },
      faults: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'count', 'firstAt', 'lastAt', 'lastMessage'],
          properties: {
            kind: { enum: [...CONNECTOR_FAULT_KINDS] },
            count: { type: 'integer' },
            firstAt: { type: 'string', format: 'date-time' },
            lastAt: { type: 'string', format: 'date-time' },
            lastMessage: { type: 'string', description: 'Secrets scrubbed' },
          },
        },
      },
      consecutiveFaults: { type: 'integer' },
      circuit: {
        enum: ['closed', 'open', 'trial'],
        description: 'open: verifies answer connector_failed at once until openUntil, then one trial',
      },
      openUntil: { type: 'string', format: 'date-time' },
    },
  },
};

const DIAGNOSTICS = {
  type: 'object',
  required: ['items', 'faults'],
  properties: {
    faults: FAULTS,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['packageDir', 'severity', 'problems'],
        properties: {
          packageDir: { type: 'string' },
          packageName: { type: 'string' },
          id: { type: 'string' },
          severity: { enum: ['error', 'warning'] },
          file: { type: 'string' },
          problems: {
            type: 'array',
            items: {
              type: 'object',
              required: ['pointer', 'message'],
              properties: { pointer: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};

/** Health, readiness and connector diagnostics. */
export function registerSystemRoutes(api: Api, deps: AppDeps): void {
  const readyCount = deps.registry.providers.filter((p) => p.status === 'ready').length;

  api.route(
    {
      method: 'get',
      path: '/api/health',
      operationId: 'health',
      summary: 'The process is up (no database call)',
      tag: 'system',
      auth: 'none',
      responses: { 200: { description: 'Up', schema: HEALTH } },
    },
    async () => ({ body: { status: 'ok' } }),
  );

  api.route(
    {
      method: 'get',
      path: '/api/ready',
      operationId: 'ready',
      summary: 'The database answers and the registry is loaded',
      tag: 'system',
      auth: 'none',
      responses: {
        200: { description: 'Ready', schema: READY },
        503: errorResponse('Not ready (database unreachable)'),
      },
    },
    async () => {
      try {
        await deps.db.ping();
      } catch {
        return {
          status: 503,
          body: { error: { code: 'not_ready', message: 'The database cannot be reached' } },
        };
      }
      return {
        body: {
          status: 'ready',
          database: deps.db.dialect,
          providers: deps.registry.providers.length,
          readyProviders: readyCount,
        },
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/connectors/diagnostics',
      operationId: 'connectorDiagnostics',
      summary:
        'Problems found while loading connector packages, and runtime faults of their code (platform admins)',
      tag: 'admin',
      auth: 'admin',
      responses: { 200: { description: 'Diagnostics', schema: DIAGNOSTICS }, ...AUTH_ERRORS },
    },
    async () => ({ body: { items: deps.registry.diagnostics, faults: deps.sandbox.faults() } }),
  );
}
