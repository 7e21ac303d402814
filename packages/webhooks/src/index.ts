export {
  CONNECTION_HEALTH,
  type ConnectionEventData,
  type ConnectionHealth,
  type ConnectionRequestEventData,
  TEST_EVENT_TYPE,
  type TestEventData,
  type WebhookConnection,
  type WebhookEvent,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from './event-types.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  signatureHeader,
  type VerifyOptions,
  verifySignature,
  WebhookSignatureError,
  type WebhookSignatureErrorCode,
} from './signature.js';
