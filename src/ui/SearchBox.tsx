// "Rechercher une adresse": an ARIA 1.2 combobox merging coordinates, local results (sectors,
// actions, communes: no network needed) and addresses from the national address base.
import { useRef, useState } from 'preact/hooks';
import { localSearch } from '../data/local-search';
import { parseCoordinates } from '../geo/parse-coordinates';
import { currentSectors } from '../state/versions';
import type { AppStore } from '../state/app-state';
import type { GeoData } from '../data/geodata';
import type { SectorFeature } from '../data/schemas';
import type { SearchState } from '../state/shape/lookup';
import type { MessageKey } from '../i18n';
import { failureKey, useAppState, useStore, useT, type Translate } from './store-context';

interface Option {
  readonly key: string;
  readonly kind: 'coordinates' | 'sector' | 'action' | 'commune' | 'address';
  readonly label: string;
  readonly choose: () => void;
}

/** What the search box offers for a query: coordinates, then sectors, actions and communes of the
 * version shown, then the addresses the geocoder returned for this query. */
function buildOptions(
  store: AppStore,
  found: { readonly data: GeoData; readonly sectors: readonly SectorFeature[]; readonly search: SearchState },
  t: Translate,
  query: string,
): Option[] {
  const act = () => store.getState();
  const options: Option[] = [];
  const coords = parseCoordinates(query);
  if (coords) {
    const label = t('search.goTo', { lat: coords[1].toFixed(5), lon: coords[0].toFixed(5) });
    options.push({ key: 'coords', kind: 'coordinates', label, choose: () => act().selectPoint(coords, null) });
  }
  for (const hit of localSearch(found.data, found.sectors, query)) {
    const choose = hit.kind === 'sector' ? () => act().selectSector(hit.id) : hit.kind === 'action' ? () => act().selectAction(hit.id) : () => act().selectCommune(hit.id);
    options.push({ key: `${hit.kind}-${hit.id}`, kind: hit.kind, label: hit.label, choose });
  }
  if (found.search.query === query) {
    for (const [i, a] of found.search.addresses.entries())
      options.push({ key: `address-${i}`, kind: 'address', label: a.label, choose: () => act().selectPoint(a.lngLat, a.label) });
  }
  return options;
}

export function SearchBox() {
  const t = useT();
  const store = useStore();
  const search = useAppState((s) => s.search);
  const locate = useAppState((s) => s.locate);
  const data = useAppState((s) => s.data);
  const sectors = useAppState(currentSectors);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  const options = text.trim() ? buildOptions(store, { data, sectors, search }, t, text) : [];
  const expanded = open && text.trim().length > 0;

  const choose = (option: Option) => {
    option.choose();
    setText(option.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      const option = options[Math.max(active, 0)];
      if (option) {
        e.preventDefault();
        choose(option);
      }
    } else if (e.key === 'Escape' && (expanded || text)) {
      // Esc closes the list first, then clears the box; the panel keeps its own Esc.
      e.stopPropagation();
      if (expanded) setOpen(false);
      else {
        setText('');
        store.getState().setQuery('');
      }
    }
  };

  const status =
    search.status === 'loading' && search.query === text
      ? t('search.loading')
      : search.status === 'failed' && search.query === text
        ? t('search.failed', { reason: t(failureKey(search.reason)) })
        : expanded && options.length === 0 && search.status === 'done'
          ? t('search.noResult')
          : null;
  const locateMessage = locate.status === 'failed' ? t(`locate.failed.${locate.reason}` as MessageKey) : null;

  return (
    <div class="search" role="search">
      <label class="search__label" for="search-input">
        {t('search.label')}
      </label>
      <div class="search__row">
        <div class="search__field">
          <input
            ref={inputRef}
            id="search-input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls="search-listbox"
            aria-activedescendant={expanded && active >= 0 ? `search-option-${active}` : undefined}
            aria-describedby="search-status"
            placeholder={t('search.placeholder')}
            value={text}
            onInput={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setText(value);
              setOpen(true);
              setActive(-1);
              store.getState().setQuery(value);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul id="search-listbox" role="listbox" aria-label={t('search.label')} class="search__list" hidden={!expanded || options.length === 0}>
            {options.map((o, i) => (
              <li
                key={o.key}
                id={`search-option-${i}`}
                role="option"
                aria-selected={i === active}
                class={`search__option${i === active ? ' search__option--active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
              >
                <span class="search__kind">{t(`search.kind.${o.kind}`)}</span> {o.label}
              </li>
            ))}
          </ul>
        </div>
        <button type="button" class="search__locate" onClick={() => void store.getState().locateMe()} disabled={locate.status === 'locating'}>
          {locate.status === 'locating' ? t('locate.locating') : t('locate.button')}
        </button>
      </div>
      <p id="search-status" class="search__status" aria-live="polite">
        {status ?? locateMessage ?? (expanded && options.length > 0 ? <span class="sr-only">{t('search.results', { count: options.length })}</span> : null)}
      </p>
    </div>
  );
}
