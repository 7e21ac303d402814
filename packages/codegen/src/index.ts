export { credentialsTypeName, GENERATED_HEADER, renderCredentialTypes } from './credential-types.js';
export { main } from './cli.js';
