import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudgets } from './build/bundle-budgets.ts';

const HOST_ORIGIN = process.env.PAYCORE_HOST_ORIGIN ?? 'http://localhost:3000';

/**
 * React Router 7's package exports point at its development build only (remix-run/react-router
 * #12532, #14102): its dev-only warnings and checks ship to production. A production build uses
 * the package's own `dist/production` build of the same modules instead.
 */
const routerDist = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist');
const productionRouter = [
  { find: /^react-router$/, replacement: join(routerDist, 'production/index.mjs') },
  { find: /^react-router\/dom$/, replacement: join(routerDist, 'production/dom-export.mjs') },
];

export default defineConfig(({ mode }) => ({
  // The build fails when a budgeted page's JavaScript outgrows its budget (build/bundle-budgets.ts).
  plugins: [react(), bundleBudgets()],
  resolve: { alias: mode === 'production' ? productionRouter : [] },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The largest chunk in the browser tests' build (React's development build under NODE_ENV=test).
    chunkSizeWarningLimit: 450,
    rolldownOptions: {
      // The dashboard, and the hosted connect page (served by the host at /connect/:sessionId).
      input: { main: 'index.html', connect: 'connect.html' },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: HOST_ORIGIN,
        changeOrigin: true,
        // The host refuses cookie-authenticated writes from another origin (CSRF); through the
        // proxy the browser's origin is Vite's, so present the host's own origin instead.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', HOST_ORIGIN);
          });
        },
      },
    },
  },
}));
