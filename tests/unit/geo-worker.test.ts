import { describe, expect, it } from 'vitest';
import { createGeoWorker } from '../../src/services/geo-worker';

/** A stand-in for the browser's Worker: answers nothing until told, then fails or replies. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { id: number; kind: string }[] = [];
  terminated = false;
  postMessage(message: { id: number; kind: string }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

describe('the validation worker edge', () => {
  it('answers each call by its id', async () => {
    const fake = new FakeWorker();
    const worker = createGeoWorker(() => fake as unknown as Worker);
    const reading = worker.readFile('{}');
    const problems = worker.validateSectors({ sectors: [], box: [0, 0, 1, 1], communes: null, rules: {} });
    expect(fake.posted.map((p) => p.kind)).toEqual(['read', 'sectors']);
    fake.reply({ id: fake.posted[1]!.id, result: [] });
    fake.reply({ id: fake.posted[0]!.id, result: { ok: true, detection: { crs: 'wgs84', from: 'ranges' } } });
    await expect(problems).resolves.toEqual([]);
    await expect(reading).resolves.toEqual({ ok: true, detection: { crs: 'wgs84', from: 'ranges' } });
  });

  it('rejects every waiting call when the worker dies, and starts a new worker for the next call', async () => {
    const started: FakeWorker[] = [];
    const worker = createGeoWorker(() => {
      started.push(new FakeWorker());
      return started.at(-1) as unknown as Worker;
    });
    const first = worker.readFile('a');
    const second = worker.readFile('b');
    started[0]!.fail('Uncaught RangeError: out of memory');
    await expect(first).rejects.toThrow('out of memory');
    await expect(second).rejects.toThrow('out of memory');
    expect(started[0]!.terminated).toBe(true);

    const third = worker.readFile('c');
    expect(started).toHaveLength(2);
    started[1]!.reply({ id: started[1]!.posted[0]!.id, error: 'JSON illisible' });
    await expect(third).rejects.toThrow('JSON illisible');
  });
});

describe('the store and the worker', () => {
  it('says so in a notice when the worker fails during an import, and imports nothing', async () => {
    const { projectData, FRENCH_DRAFT, testStore } = await import('./helpers');
    const dead = () => Promise.reject(new Error('le vérificateur de périmètres s’est arrêté'));
    const store = testStore(projectData(), { services: { geoWorker: { readFile: dead, importFile: dead, validateSectors: dead } } });
    const result = await store.getState().importPerimeterFile('gare.geojson', '{}', () => FRENCH_DRAFT);
    expect(result).toBeNull();
    expect(store.getState().drafts).toHaveLength(0);
    expect(store.getState().notices).toContainEqual(expect.objectContaining({ id: 'geo-worker', key: 'import.workerFailed', failure: 'worker' }));
  });
});
