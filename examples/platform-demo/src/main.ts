import { createDemoApp } from './server.js';

const required = (name: string): string => {
  const value = process.env[name]?.trim();
  if (!value) {
    console.error(`Set ${name} (see examples/platform-demo/README.md)`);
    process.exit(1);
  }
  return value;
};

const port = Number(process.env.PORT ?? 4000);
const app = createDemoApp({
  paycoreUrl: process.env.PAYCORE_URL ?? 'http://localhost:3000',
  apiKey: required('PAYCORE_API_KEY'),
  orgId: required('PAYCORE_ORG_ID'),
  origin: process.env.DEMO_ORIGIN ?? `http://localhost:${port}`,
  endUser: { id: process.env.DEMO_END_USER_ID ?? 'demo-user-1', displayName: 'Demo user' },
});
app.listen(port, () => console.log(`Demo platform on http://localhost:${port}`));
