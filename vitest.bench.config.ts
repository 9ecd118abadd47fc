// `npm run bench`: benchmarks only, in Node. Speed is measured here, never asserted in tests.
import { defineConfig } from 'vitest/config';
import './vitest.config';

export default defineConfig({ test: { environment: 'node', testTimeout: 300_000, benchmark: { include: ['tests/bench/**/*.bench.ts'] } } });
