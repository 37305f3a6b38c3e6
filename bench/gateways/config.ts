/** The gateway benchmark's settings: read once from BENCH_* variables, every bad one listed. */
import { readConfig } from '../../lib/config.js';

export type GatewaysConfig = ReturnType<typeof readGatewaysConfig>;

export function readGatewaysConfig() {
  return readConfig((read) => ({
    scales: read
      .string('BENCH_SCALES', '1,10,100')
      .split(',')
      .map((part) => Number(part.trim()))
      .filter((scale) => Number.isInteger(scale) && scale >= 1),
    seconds: read.integer('BENCH_SECONDS', 6, { min: 1, max: 600 }),
    rounds: read.integer('BENCH_ROUNDS', 3, { min: 1, max: 20 }),
    clients: read.integer('BENCH_CLIENTS', 8, { min: 1, max: 256 }),
    lightRequests: read.integer('BENCH_LIGHT_REQUESTS', 150, { min: 10, max: 100_000 }),
    // On a noisy machine one round of a target varies by ±30 %; a first round right after start-up
    // also pays for the JIT. Load before the rounds, and more rounds where effects are small.
    warmupSeconds: read.integer('BENCH_WARMUP_SECONDS', 3, { min: 0, max: 600 }),
    variationRounds: read.integer('BENCH_VARIATION_ROUNDS', 15, { min: 1, max: 100 }),
    variationSeconds: read.integer('BENCH_VARIATION_SECONDS', 2, { min: 1, max: 600 }),
  }));
}

/** Light load is sent in one block per round, so the light requests are split over the rounds. */
export function lightBlockRequests(config: GatewaysConfig): number {
  return Math.ceil(config.lightRequests / config.rounds);
}
