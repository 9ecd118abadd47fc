/** The picture's ground size: metres per CSS pixel at its centre, and its width in CSS pixels. */
interface PictureScale {
  readonly metresPerCssPx: number;
  readonly cssWidth: number;
}

const NICE_METRES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** The longest round distance whose bar fits `maxMm` on a picture printed `mapWidthMm` wide. */
export function scaleBar(capture: PictureScale, mapWidthMm: number, maxMm: number): { metres: number; mm: number } {
  const mmPerMetre = mapWidthMm / (capture.cssWidth * capture.metresPerCssPx);
  const metres = [...NICE_METRES].reverse().find((m) => m * mmPerMetre <= maxMm) ?? NICE_METRES[0]!;
  return { metres, mm: metres * mmPerMetre };
}

/** Ground metres per CSS pixel at latitude `lat` and zoom `zoom` (Web Mercator, 512 px tiles, as MapLibre). */
export function metresPerCssPx(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
