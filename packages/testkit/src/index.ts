export {
  type ConnectorFixtures,
  describeConnector,
  type InvalidSample,
  overridesFor,
  type VerifyScenario,
} from './describe-connector.js';
export {
  createMockProvider,
  type MockHandler,
  type MockProvider,
  type MockResponse,
  type RecordedRequest,
} from './mock-provider.js';
export { checkRequestAgainstSpec, type SpecCheck, type SpecViolation } from './openapi-request.js';
export { type ConnectorMock, useMockProvider } from './use-mock-provider.js';
