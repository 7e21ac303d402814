import type { Api } from '../http/api.js';
import { notFound } from '../http/errors.js';
import type { AppDeps } from '../deps.js';
import { COMMON_ERRORS, errorResponse, PARAMS } from '../schemas/common.js';
import {
  DIRECTORY_PAGE,
  DIRECTORY_QUERY,
  type DirectoryQuery,
  PROVIDER_OVERVIEW,
} from '../schemas/providers.js';
import { sendCached } from '../services/cached-body.js';
import type { DirectoryCache } from '../services/directory.js';
import { createOverviewCache } from '../services/provider-view.js';

/** Cache-Control of directory pages and overviews. */
const DIRECTORY_CACHE_CONTROL = 'public, max-age=60';

const ETAG_HEADERS = {
  ETag: { description: 'Strong ETag; send it back in If-None-Match for a 304', schema: { type: 'string' } },
};

/** The public provider directory, overviews and logos. */
export function registerProviderRoutes(api: Api, deps: AppDeps, directory: DirectoryCache): void {
  const overview = createOverviewCache(deps.registry);

  api.route<undefined, DirectoryQuery>(
    {
      method: 'get',
      path: '/api/providers',
      operationId: 'listProviders',
      summary: 'The provider directory: ready first, then by name (by relevance with `q`)',
      description:
        'Every filter must hold; a filter with several comma-separated values matches any of them. `currency` with a method filter matches services of that method in that currency. Paging: `offset` (default 0) and `limit` (default and maximum 1000, so the unfiltered request returns the whole directory today; `total` tells when there is more). Answers carry a strong ETag; gzip when accepted.',
      tag: 'directory',
      auth: 'none',
      query: DIRECTORY_QUERY,
      responses: {
        200: { description: 'One page of the directory', schema: DIRECTORY_PAGE, headers: ETAG_HEADERS },
        304: { description: 'Not modified (If-None-Match matched)' },
        422: COMMON_ERRORS[422],
      },
    },
    async ({ req, res, query }) => {
      sendCached(req, res, directory.page(query), DIRECTORY_CACHE_CONTROL);
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/providers/:providerId',
      operationId: 'getProvider',
      summary: 'A provider overview: metadata, methods, services, environments, connect form and manual',
      tag: 'directory',
      auth: 'none',
      params: { providerId: PARAMS.providerId },
      responses: {
        200: { description: 'The overview', schema: PROVIDER_OVERVIEW, headers: ETAG_HEADERS },
        304: { description: 'Not modified' },
        404: errorResponse('No such provider'),
      },
    },
    async ({ req, res, params }) => {
      const body = await overview(params.providerId!);
      if (!body) throw notFound('The provider');
      sendCached(req, res, body, DIRECTORY_CACHE_CONTROL);
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/providers/:providerId/logo',
      operationId: 'getProviderLogo',
      summary: "The provider's logo (SVG or PNG)",
      tag: 'directory',
      auth: 'none',
      params: { providerId: PARAMS.providerId },
      responses: {
        200: {
          description: 'The logo',
          content: {
            'image/svg+xml': { type: 'string' },
            'image/png': { type: 'string', contentEncoding: 'binary' },
          },
        },
        404: errorResponse('No such provider, or it has no logo'),
      },
    },
    async ({ res, params }) => {
      const entry = deps.registry.get(params.providerId!);
      if (!entry?.logo) throw notFound('The logo');
      res.setHeader('Cache-Control', 'public, max-age=86400');
      // SVG from a third-party package must not run script if opened directly.
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      res.type(entry.logo.type);
      await new Promise<void>((resolve, reject) => {
        res.sendFile(entry.logo!.path, { dotfiles: 'allow', cacheControl: false }, (error) =>
          error ? reject(error) : resolve(),
        );
      });
      return undefined;
    },
  );
}
