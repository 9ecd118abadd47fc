// A file dropped before the import tool has loaded is kept for it, not lost nor opened by the browser.
import { describe, expect, it } from 'vitest';
import { listenForDroppedFiles } from '../../src/ui/file-drop';

function drop(target: EventTarget, file: File | null): Event {
  const event = new Event('drop', { cancelable: true });
  Object.assign(event, { dataTransfer: { types: file ? ['Files'] : [], files: file ? [file] : [] } });
  target.dispatchEvent(event);
  return event;
}

describe('files dropped on the page', () => {
  it('wait for the import tool, then go to it directly; the browser does not open them', () => {
    const page = new EventTarget();
    const dropped = listenForDroppedFiles(page as Document);
    const early = new File(['{}'], 'avant.geojson');
    expect(drop(page, early).defaultPrevented).toBe(true);
    const taken: string[] = [];
    const release = dropped.take((f) => taken.push(f.name));
    expect(taken).toEqual(['avant.geojson']);
    drop(page, new File(['{}'], 'apres.geojson'));
    expect(taken).toEqual(['avant.geojson', 'apres.geojson']);
    release();
    expect(drop(page, null).defaultPrevented).toBe(false);
  });
});
