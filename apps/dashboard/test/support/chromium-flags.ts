/**
 * The flags Debian's Chromium needs in containers and CI (see README.md). A module of its own so
 * suites outside the dashboard's (examples/platform-demo) launch Chromium the same way.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
