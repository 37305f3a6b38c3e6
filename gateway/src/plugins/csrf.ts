import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { graphqlPath, requestError } from '../http-errors.js';

/** Content types a browser may send cross-site without asking the server first (a CORS "simple" request). */
const simpleContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export const csrfHeaders = ['x-graphql-csrf', 'graphql-require-preflight', 'apollo-require-preflight'];

/**
 * A browser sends a simple request (a GET, or a form post) to any site without a CORS preflight,
 * so a page elsewhere could make a signed-in user's browser run a query. Requiring either a JSON
 * content type or a custom header forces the preflight, which CORS then refuses for a foreign origin.
 */
export function useCsrfPrevention(): GatewayPlugin {
  return {
    onRequestParse({ request, url }) {
      if (url.pathname !== graphqlPath) return;
      const contentType = request.headers.get('content-type')?.toLowerCase();
      if (contentType && !simpleContentTypes.some((simple) => contentType.startsWith(simple))) return;
      if (csrfHeaders.some((header) => request.headers.has(header))) return;
      throw requestError(403, 'CSRF_HEADER_REQUIRED', `This request could come from any web page: send it as application/json, or add the header ${csrfHeaders[0]}: 1`);
    },
  };
}
