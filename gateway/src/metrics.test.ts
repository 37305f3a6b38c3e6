import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from './metrics.js';

describe('GatewayMetrics.operationLabel', () => {
  it('labels at most a fixed number of distinct operation names, and never an odd one', () => {
    const metrics = new GatewayMetrics(2);
    expect(metrics.operationLabel('RegioPagina')).toBe('RegioPagina');
    expect(metrics.operationLabel('Partners')).toBe('Partners');
    expect(metrics.operationLabel('NogEen')).toBe('other');
    expect(metrics.operationLabel('RegioPagina')).toBe('RegioPagina');
    expect(metrics.operationLabel(null)).toBe('anonymous');
  });
});
