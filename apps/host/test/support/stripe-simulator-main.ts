import { GOOD_TEST_KEY, startStripeSimulator, WRONG_TEST_KEY } from './stripe-simulator.js';

// `pnpm --filter @paycore/host stripe-simulator`: the tests' local Stripe on a fixed port, for
// trying the connect journey by hand (see the README).
const port = Number(process.env.PORT ?? 4010);
const simulator = await startStripeSimulator([GOOD_TEST_KEY], port);
process.stdout.write(
  `Stripe simulator on ${simulator.origin}\n` +
    `  good key:  ${GOOD_TEST_KEY}\n` +
    `  wrong key: ${WRONG_TEST_KEY} (answered 401)\n` +
    `Start the host with PAYCORE_EGRESS_OVERRIDES='${JSON.stringify(simulator.overrides)}'\n`,
);
const stop = (): void => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
