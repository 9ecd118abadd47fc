// A draft in a link (services/share-link.ts): the project's drafts fit, come back as they were
// (to 0.1 m), and a damaged link is named, not read as something else.
import { describe, expect, it } from 'vitest';
import { decodeSharedDraft, encodeSharedDraft } from '../../src/services/share-link';
import { MAX_SHARE_LENGTH } from '../../src/data/share-link';
import { projectData } from './helpers';

const data = projectData();
const draftOf = (version: string) => ({ label: 'Variante gare nord', communes: ['05006'], sectors: data.sectorsByVersion[version]! });

describe('a draft in a link', () => {
  it('the project’s three-sector perimeter fits in 8,000 characters and comes back to 0.1 m', async () => {
    const draft = draftOf('2024-avenant');
    expect(draft.sectors.features).toHaveLength(3);
    const link = await encodeSharedDraft(draft);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.value.length).toBeLessThanOrEqual(MAX_SHARE_LENGTH);
    expect(link.value).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await decodeSharedDraft(link.value);
    expect(back.ok && back.value.label).toBe('Variante gare nord');
    expect(back.ok && back.value.sectors.features.map((f) => f.properties)).toEqual(draft.sectors.features.map((f) => f.properties));
    const flat = (c: unknown): number[] => (Array.isArray(c) ? c.flatMap(flat) : [c as number]);
    const before = draft.sectors.features.flatMap((f) => flat(f.geometry.coordinates));
    const after = back.ok ? back.value.sectors.features.flatMap((f) => flat(f.geometry.coordinates)) : [];
    expect(after).toHaveLength(before.length);
    expect(Math.max(...after.map((v, i) => Math.abs(v - before[i]!)))).toBeLessThanOrEqual(5e-7);
  });

  it('a draft too detailed for a link is refused with its length (the file export is proposed)', async () => {
    const ring: [number, number][] = Array.from({ length: 4000 }, (_, i): [number, number] => [
      6.55 + 0.01 * Math.cos((i / 4000) * 2 * Math.PI) + Math.random() * 1e-4,
      44.79 + 0.01 * Math.sin((i / 4000) * 2 * Math.PI),
    ]);
    ring.push(ring[0]!);
    const sectors = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { id: 'grand', nom: 'Grand', description: '', provenance: 'indicatif' as const },
          geometry: { type: 'Polygon' as const, coordinates: [ring] },
        },
      ],
    };
    const link = await encodeSharedDraft({ label: 'Très détaillé', communes: ['05006'], sectors });
    expect(link.ok).toBe(false);
    expect(!link.ok && link.reason).toBe('too-large');
    expect(!link.ok && Number(link.message)).toBeGreaterThan(MAX_SHARE_LENGTH);
  });

  it('names a damaged link: cut, changed characters, not a draft', async () => {
    const link = await encodeSharedDraft(draftOf('2024-avenant'));
    const text = link.ok ? link.value : '';
    expect(await decodeSharedDraft(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({ ok: false, reason: 'truncated' });
    expect(await decodeSharedDraft(`${text.slice(0, 20)} %20${text.slice(20)}`)).toMatchObject({ ok: false, reason: 'not-base64' });
    const notADraft = await encodeSharedDraft({ label: 'x', communes: ['05006'], sectors: { type: 'FeatureCollection', features: [] } });
    expect(notADraft.ok && (await decodeSharedDraft(notADraft.value))).toMatchObject({ ok: false, reason: 'not-a-draft' });
  });
});
