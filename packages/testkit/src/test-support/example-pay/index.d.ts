import type { Connector } from '@paycore/core';

declare const connector: Connector;
export default connector;
