// A file dropped anywhere on the page is a perimeter to import. The listener is on the page from
// the first screen; the import tool (ImportControl) loads after the map's first paint and takes
// the files dropped before it was there, so that none is lost (nor opened by the browser instead).
type Take = (file: File) => void;

export interface DroppedFiles {
  /** The import tool takes dropped files from now on (and those dropped before); returns its release. */
  take(handler: Take): () => void;
}

/** Listens on the page for dropped files, keeping them until a handler takes them. */
export function listenForDroppedFiles(target: Document): DroppedFiles {
  let taker: Take | null = null;
  const waiting: File[] = [];
  target.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  target.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    if (taker) taker(file);
    else waiting.push(file);
  });
  return {
    take(handler) {
      taker = handler;
      for (const file of waiting.splice(0)) handler(file);
      return () => {
        if (taker === handler) taker = null;
      };
    },
  };
}
