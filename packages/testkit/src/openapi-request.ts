import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { RecordedRequest } from './mock-provider.js';

/** One way a request breaks the provider's OpenAPI description. */
export interface SpecViolation {
  path: string;
  message: string;
}

/** The verdict on a recorded request. */
export interface SpecCheck {
  valid: boolean;
  /** The operation the request matched, when it matched one. */
  operationId?: string;
  errors: SpecViolation[];
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/**
 * Checks a request a connector sent (as the mock provider recorded it) against the provider's
 * official OpenAPI document with express-openapi-validator: the path and method must name an
 * operation, parameters, headers and body must match it, and the operation's security scheme
 * must be satisfied. `spec` is the document or the path of its JSON file. A request no operation
 * matches is invalid. OAuth 2 requirements are not checked by the validator: narrow an operation
 * that also accepts OAuth to the scheme the connector uses before checking.
 */
export async function checkRequestAgainstSpec(
  spec: string | Record<string, unknown>,
  request: RecordedRequest,
): Promise<SpecCheck> {
  const parsed =
    typeof spec === 'string' ? (JSON.parse(readFileSync(spec, 'utf8')) as Record<string, unknown>) : spec;
  const apiSpec = dropRefSiblings(parsed);
  const app = express();
  app.use(express.json({ type: ['application/json', 'application/*+json'] }));
  app.use(express.urlencoded({ extended: false }));
  app.use(express.text({ type: 'text/*' }));
  app.use(
    OpenApiValidator.middleware({
      // biome-ignore lint/suspicious/noExplicitAny: the validator's document type is stricter than a parsed JSON file
      apiSpec: apiSpec as any,
      validateRequests: true,
      validateResponses: false,
      validateSecurity: true,
      validateApiSpec: false,
      ignoreUndocumented: false,
    }),
  );
  app.use((req: Request, res: Response) => {
    const matched = (
      req as Request & { openapi?: { openApiRoute?: string; schema?: { operationId?: string } } }
    ).openapi;
    if (!matched?.openApiRoute) {
      // Outside every server's base path the validator lets a request through unmatched.
      res.json({
        valid: false,
        errors: [{ path: req.path, message: `no operation matches ${req.method} ${req.path}` }],
      });
      return;
    }
    res.json({
      valid: true,
      ...(matched.schema?.operationId ? { operationId: matched.schema.operationId } : {}),
      errors: [],
    });
  });
  app.use(
    (
      error: { status?: number; errors?: { path?: string; message?: string }[]; message?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const errors = (error.errors ?? [{ path: '', message: error.message }]).map((e) => ({
        path: e.path ?? '',
        message: e.message ?? 'invalid',
      }));
      res.status(200).json({ valid: false, errors });
    },
  );

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    const { port } = server.address() as AddressInfo;
    const query = new URLSearchParams(request.query).toString();
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)),
    );
    const response = await fetch(`http://127.0.0.1:${port}${request.path}${query ? `?${query}` : ''}`, {
      method: request.method,
      headers,
      ...(request.method === 'GET' || request.method === 'HEAD' ? {} : { body: request.body }),
    });
    return (await response.json()) as SpecCheck;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * OpenAPI 3.0 says keywords beside a `$ref` are ignored; the validator's schema compiler refuses
 * some of them (e.g. `nullable` without `type`), so they are dropped as the specification says.
 */
function dropRefSiblings<T>(node: T): T {
  if (Array.isArray(node)) return node.map(dropRefSiblings) as T;
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') return { $ref: record.$ref } as T;
    return Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, dropRefSiblings(value)]),
    ) as T;
  }
  return node;
}
