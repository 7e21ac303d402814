import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const HOST_ORIGIN = process.env.PAYCORE_HOST_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The largest chunks: the form's (rjsf, ~260 kB), and in the browser tests' build (React's
    // development build under NODE_ENV=test) the shared one with React (~420 kB).
    chunkSizeWarningLimit: 450,
    rolldownOptions: {
      // The dashboard, and the hosted connect page (served by the host at /connect/:sessionId).
      input: { main: 'index.html', connect: 'connect.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'form', test: /node_modules[\\/](@rjsf|lodash)/ },
            {
              name: 'markdown',
              test: /node_modules[\\/](react-markdown|remark|mdast|micromark|unified|hast)/,
            },
          ],
        },
      },
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
