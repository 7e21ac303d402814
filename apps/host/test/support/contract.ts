import { createAjv } from '@paycore/core';
import { expect } from 'vitest';
import type { Json, TestClient, TestResponse } from './client.js';

/**
 * Checks answers against the response schemas the OpenAPI document declares for the operation,
 * so the document is proved against what the API really sends.
 */
export async function contractChecker(
  client: TestClient,
): Promise<(res: TestResponse, operationId: string) => void> {
  const doc = (await client.get('/api/openapi.json')).body as Json;
  const ajv = createAjv({ strict: false });
  const operations = new Map<string, Json>();
  for (const item of Object.values(doc.paths as Record<string, Json>)) {
    for (const operation of Object.values(item as Record<string, Json>))
      operations.set(operation.operationId, operation);
  }
  return (res, operationId) => {
    const operation = operations.get(operationId);
    expect(operation, `operation ${operationId}`).toBeDefined();
    const response = operation.responses[String(res.status)];
    expect(response, `${operationId} documents status ${res.status}`).toBeDefined();
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return;
    const validate = ajv.compile(schema);
    const ok = validate(res.body);
    expect(ok ? [] : validate.errors, `${operationId} ${res.status} matches its schema`).toEqual([]);
  };
}
