import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { jsonResponse } from '../http-errors.js';
import type { GatewayMetrics } from '../metrics.js';

const metricsPath = '/metrics';

/** Serves the Prometheus metrics; a scrape is not a GraphQL request, so it is neither counted nor logged. */
export function useMetricsEndpoint(metrics: GatewayMetrics): GatewayPlugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== metricsPath) return;
      return metrics.registry.metrics().then(
        (text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': metrics.registry.contentType } })),
        (error: unknown) => endResponse(jsonResponse(fetchAPI, 500, { status: 'error', error: String(error) })),
      );
    },
  };
}
