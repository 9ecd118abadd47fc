// Import a perimeter file (GeoJSON in WGS84 or Lambert-93) as a new draft, from a file picker or by
// dropping it on the page. A Lambert-93 file is reprojected only after the user confirms.
// The import code (proj4 and its projection tables) is loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { FileButton } from './FileButton';
import type { ImportProblem } from '../geo/import-sectors';
import type { FileReading } from '../geo/validate.worker';
import type { NameField } from '../geo/shapefile';
import { importProblemText } from '../i18n/problems';
import { draftWording } from './draft-wording';
import { useStartup } from './startup';
import { useAppState, useStore, useT } from './store-context';

type Pending = { readonly name: string; readonly text: string; readonly file: Extract<FileReading, { ok: true }> };

export function ImportControl() {
  const t = useT();
  const store = useStore();
  const lang = useAppState((s) => s.lang);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problems, setProblems] = useState<{ name: string; list: readonly ImportProblem[] } | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<{ name: string; bytes: Uint8Array; fields: readonly NameField[]; chosen: string } | null>(null);

  const finish = async (name: string, text: string) => {
    // Reprojection and checks run in a worker: a detailed GIS export (tens of thousands of
    // vertices) must not freeze the page.
    setChecking(name);
    const result = await store
      .getState()
      .importPerimeterFile(name, text, (label) => draftWording(t, label ?? t('import.draftLabel', { name })))
      .finally(() => setChecking(null));
    setProblems(result && !result.ok ? { name, list: result.problems } : null);
  };

  const open = async (file: File) => {
    // The text is read here; parsing and checking happen in the worker (a GIS export can weigh megabytes).
    // A zipped shapefile becomes that text first (its CRS from its .prj).
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return read(file.name, new TextDecoder().decode(bytes));
    const shapefile = await store.getState().readShapefile(bytes);
    if (!shapefile.ok) return setProblems({ name: file.name, list: [{ where: 'file', problem: shapefile.problem }] });
    // Several fields could name the sectors, with different words: the planner says which.
    if (new Set(shapefile.nameFields.map((f) => f.example)).size > 1) {
      setProblems(null);
      return setChoosing({ name: file.name, bytes, fields: shapefile.nameFields, chosen: shapefile.nameField ?? shapefile.nameFields[0]!.field });
    }
    await read(file.name, shapefile.geojson);
  };
  const chooseField = async () => {
    if (!choosing) return;
    setChoosing(null);
    const shapefile = await store.getState().readShapefile(choosing.bytes, choosing.chosen);
    if (!shapefile.ok) return setProblems({ name: choosing.name, list: [{ where: 'file', problem: shapefile.problem }] });
    await read(choosing.name, shapefile.geojson);
  };
  const read = async (name: string, text: string) => {
    setChecking(name);
    const parsed = await store
      .getState()
      .readPerimeterFile(name, text)
      .finally(() => setChecking(null));
    if (!parsed) return;
    if (!parsed.ok) return setProblems({ name, list: parsed.problems });
    // A CRS the file declares in a .prj is taken as it is; otherwise the user confirms the reprojection.
    if (parsed.detection.crs !== 'wgs84' && parsed.detection.crs !== 'unknown' && parsed.detection.from !== 'prj') {
      setProblems(null);
      setPending({ name, text, file: parsed });
    } else await finish(name, text);
  };

  useEffect(() => {
    if (pending) dialogRef.current?.showModal?.();
    else dialogRef.current?.close?.();
  }, [pending]);

  // A file dropped anywhere on the page (listened for since the first screen: file-drop.ts).
  const { droppedFiles } = useStartup();
  useEffect(() => droppedFiles.take((file) => void open(file)), []);

  return (
    <>
      <FileButton label={t('import.button')} accept=".geojson,.json,.zip,application/geo+json,application/json,application/zip" onFile={(file) => void open(file)} />
      <span class="sr-only" role="status">
        {checking ? t('import.checking', { name: checking }) : ''}
      </span>
      {checking && <span class="import-checking muted">{t('import.checking', { name: checking })}</span>}
      {choosing && (
        <form
          class="import-problems import-field"
          onSubmit={(e) => {
            e.preventDefault();
            void chooseField();
          }}
        >
          <fieldset>
            <legend>{t('import.nameField', { name: choosing.name })}</legend>
            {choosing.fields.map((f) => (
              <label key={f.field} class="import-field__choice">
                <input type="radio" name="name-field" value={f.field} checked={choosing.chosen === f.field} onChange={() => setChoosing({ ...choosing, chosen: f.field })} />{' '}
                <code>{f.field}</code> {t('import.nameFieldExample', { example: f.example })}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="tool-button">
            {t('import.nameFieldImport')}
          </button>{' '}
          <button type="button" class="tool-button" onClick={() => setChoosing(null)}>
            {t('import.nameFieldCancel')}
          </button>
        </form>
      )}
      {problems && (
        <div class="import-problems" role="alert">
          <p>
            <strong>{t('import.rejected', { name: problems.name })}</strong>
          </p>
          <ul>
            {problems.list.map((p, i) => (
              <li key={i}>{importProblemText(lang, p)}</li>
            ))}
          </ul>
          <button type="button" class="tool-button" onClick={() => setProblems(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      <dialog ref={dialogRef} class="import-dialog" aria-labelledby="import-dialog-title" onClose={() => setPending(null)}>
        {pending && (
          <>
            <h2 id="import-dialog-title">{t('import.confirmTitle')}</h2>
            <p>
              {pending.file.detection.crs.startsWith('cc')
                ? t('import.conic', { name: pending.name, zone: pending.file.detection.crs.toUpperCase(), code: 3900 + Number(pending.file.detection.crs.slice(2)) })
                : t('import.lambert93', {
                    name: pending.name,
                    from: 'from' in pending.file.detection && pending.file.detection.from === 'crs-member' ? t('import.fromCrs') : t('import.fromRanges'),
                  })}
            </p>
            <div class="import-dialog__buttons">
              <button
                type="button"
                class="tool-button"
                onClick={() => {
                  const p = pending;
                  setPending(null);
                  void finish(p.name, p.text);
                }}
              >
                {t('import.reproject')}
              </button>
              <button type="button" class="tool-button" onClick={() => setPending(null)}>
                {t('draft.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
