import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { type RequestHandler } from 'express';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PayCore host</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>PayCore host is running</h1>
<p>The dashboard is not built. Build it with <code>pnpm --filter @paycore/dashboard build</code>
(or point <code>PAYCORE_DASHBOARD_DIR</code> at a build) and reload.</p>
<p>The API is under <code>/api</code> and described at <a href="/api/openapi.json">/api/openapi.json</a>;
the provider directory is at <a href="/api/providers">/api/providers</a>.</p>
</body></html>
`;

/**
 * The dashboard's Content-Security-Policy: its own scripts, styles and API only — no inline
 * script or style, no eval, no plugins, no framing, no foreign form targets. The build has no
 * inline script (a host test reads the built index.html to keep it so), and the connect form
 * checks credentials against each provider's JSON Schema with an interpreting validator, not by
 * compiling the schema into a function, so `'unsafe-eval'` is not needed. `data:` images are the
 * stylesheet's inline SVG icons.
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page shown while the dashboard is not built: static text and its own inline style only. */
const NOT_BUILT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Serves the dashboard build: its files, and `index.html` for every other GET that accepts HTML
 * (deep links like `/providers/stripe` are routed in the browser). Whether the build exists is
 * checked per request, so building the dashboard needs no host restart. Without a build, HTML
 * requests get a short page pointing at the API. Files are compressed (brotli, else gzip) for
 * clients that accept it, by expressjs's own `compression` middleware.
 */
export function dashboard(dir: string): RequestHandler {
  const index = join(dir, 'index.html');
  const statics = express.static(dir, {
    index: false,
    setHeaders: (res, path) => {
      // Vite puts content-hashed files under assets/: they never change under one name.
      if (path.includes(`${join(dir, 'assets')}`))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const compress = compression();
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
    if (!existsSync(index)) {
      if (!req.accepts('html')) return next();
      res
        .status(req.path === '/' ? 200 : 404)
        .type('html')
        .setHeader('Cache-Control', 'no-cache')
        .setHeader('Content-Security-Policy', NOT_BUILT_CSP)
        .send(NOT_BUILT);
      return;
    }
    compress(req, res, () =>
      statics(req, res, () => {
        if (!req.accepts('html')) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index, (error) => (error ? next(error) : undefined));
      }),
    );
  };
}
