/**
 * Configuration is read once at boot into a frozen object. Every bad variable is collected first
 * and reported together, so an operator fixes them in one pass instead of one restart each.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface EnvReader {
  string(name: string, fallback: string): string;
  optionalString(name: string): string | undefined;
  port(name: string, fallback: number): number;
  integer(name: string, fallback: number, range: { min: number; max: number }): number;
  boolean(name: string, fallback: boolean): boolean;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  /** Records a problem that is not about one variable's format, so it is listed with the rest. */
  problem(message: string): void;
}

export function readConfig<T extends object>(
  build: (env: EnvReader) => T,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<T> {
  const problems: string[] = [];
  const raw = (name: string) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const integer = (name: string, fallback: number, { min, max }: { min: number; max: number }) => {
    const value = raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  };
  const reader: EnvReader = {
    string: (name, fallback) => raw(name) ?? fallback,
    optionalString: (name) => raw(name),
    integer,
    port: (name, fallback) => integer(name, fallback, { min: 0, max: 65535 }),
    boolean(name, fallback) {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
      problems.push(`${name} must be true or false, got "${value}"`);
      return fallback;
    },
    problem: (message) => {
      problems.push(message);
    },
    oneOf(name, allowed, fallback) {
      const value = raw(name);
      if (value === undefined) return fallback;
      if ((allowed as readonly string[]).includes(value)) return value as (typeof allowed)[number];
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
      return fallback;
    },
  };
  const config = build(reader);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
