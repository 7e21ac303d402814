import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudgets } from './build/bundle-budgets.ts';

const HOST_ORIGIN = process.env.PAYCORE_HOST_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  // The build fails when a budgeted page's JavaScript outgrows its budget (build/bundle-budgets.ts).
  plugins: [react(), bundleBudgets()],
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
});
