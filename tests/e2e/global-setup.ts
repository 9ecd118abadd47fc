// Serves the built apps on free local ports: the project's (dist/, `npm run build`) and the second
// territory's (dist-guillestrois/, `npm run build:fixture`), both made by `npm test` before the tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    guillestroisUrl: string;
  }
}

const servers: PreviewServer[] = [];

async function serve(root: string, outDir: string): Promise<string> {
  if (!existsSync(resolve(root, outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`npm run build\` and \`npm run build:fixture\` first (npm test does).`);
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', open: false } });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return url;
}

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  project.provide('baseUrl', await serve(root, 'dist'));
  project.provide('guillestroisUrl', await serve(root, 'dist-guillestrois'));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
}
