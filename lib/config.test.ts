import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('lists every bad variable at once', () => {
    const read = () =>
      readConfig((env) => ({ port: env.port('PORT', 4000), flag: env.boolean('FLAG', false), mode: env.oneOf('MODE', ['a', 'b'], 'a') }), {
        PORT: 'abc',
        FLAG: 'maybe',
        MODE: 'c',
      });
    expect(read).toThrowError(ConfigError);
    try {
      read();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  it('returns a frozen object with defaults', () => {
    const config = readConfig((env) => ({ port: env.port('PORT', 4000) }), {});
    expect(config).toEqual({ port: 4000 });
    expect(Object.isFrozen(config)).toBe(true);
  });
});
