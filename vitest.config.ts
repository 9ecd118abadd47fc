import { defineConfig } from 'vitest/config';

// Vitest 5 prints failed tests with Map.groupBy (Node >= 21). This machine runs Node 20, where a
// failing test would otherwise crash the reporter instead of showing its diff. The config is
// evaluated in the reporter's process, so the polyfill lives here.
if (!(Map as { groupBy?: unknown }).groupBy) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // CLI tests start Node + tsx per case (about 1 s each here, up to 5 s under load on 2 cores).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: 2 cores, and SwiftShader WebGL is CPU-bound.
          fileParallelism: false,
        },
      },
    ],
  },
});
