import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { refuse } from '../http-errors.js';

/**
 * GraphQL over HTTP says a POST body is JSON; the runtime answers other bodies with a bare 415.
 * This gives the client a GraphQL error that says what to send instead.
 */
export function useJsonContentType(): GatewayPlugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const contentType = request.headers.get('content-type') ?? '';
      if (contentType.includes('json')) return;
      endResponse(
        refuse(request, fetchAPI, 415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type "${contentType || '(none)'}" is not supported: send the request body as application/json`),
      );
    },
  };
}
