/** Hand a generated file (report, export, sheet) to the browser as a download. */
export function download(filename: string, data: string | Blob, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** A generated binary file (a zipped shapefile). */
export const downloadBytes = (filename: string, bytes: Uint8Array, type: string): void => download(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), type);
