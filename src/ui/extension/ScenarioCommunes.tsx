// In a draft: its signatory communes, and for each one without a sector, a starting sector
// « à délimiter » (a circle around the commune's centre) to redraw on the map.
import { STARTING_SECTOR_RADIUS_M } from '../../geo/commune-centre';
import { useState } from 'preact/hooks';
import { communeSectors } from '../../state/draft-communes';
import { useAppState, useStore, useT } from '../store-context';

const RADII_M = [250, 500, 1000] as const;

export function ScenarioCommunes({ draftId }: { draftId: string }) {
  const t = useT();
  const store = useStore();
  const communes = useAppState((s) => s.drafts.find((d) => d.meta.id === draftId)?.meta.communes) ?? [];
  const bySector = useAppState((s) => communeSectors(s, draftId));
  const contoursReady = useAppState((s) => s.contours.status === 'ready');
  const territory = useAppState((s) => s.data.territory.communes);
  const [radius, setRadius] = useState<number>(STARTING_SECTOR_RADIUS_M);
  const nameOf = (insee: string) => territory.find((c) => c.insee === insee)?.nom ?? insee;
  const without = contoursReady ? communes.filter((c) => !bySector.has(c)) : [];

  return (
    <div class="scenario-communes">
      <p>{t('scenario.signatories', { communes: communes.map(nameOf).join(', ') })}</p>
      {!contoursReady && communes.length > 1 && <p class="muted">{t('scenario.needContours')}</p>}
      {without.length > 0 && (
        <>
          <label class="field">
            <span>{t('scenario.radius')}</span>
            <select value={radius} onChange={(e) => setRadius(Number((e.currentTarget as HTMLSelectElement).value))}>
              {RADII_M.map((r) => (
                <option key={r} value={r}>
                  {t('distance.m', { value: r })}
                </option>
              ))}
            </select>
          </label>
          <ul>
            {without.map((insee) => (
              <li key={insee}>
                {t('scenario.withoutSector', { commune: nameOf(insee) })}{' '}
                <button
                  type="button"
                  class="tool-button"
                  onClick={() =>
                    void store.getState().addStartingSector(draftId, insee, radius, {
                      nom: t('scenario.startingName', { commune: nameOf(insee) }),
                      description: t('scenario.startingDescription', { radius }),
                    })
                  }
                >
                  {t('scenario.addStarting', { commune: nameOf(insee) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
