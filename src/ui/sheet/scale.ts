import type { MapCapture } from '../../state/shape/map-ports';

const NICE_METRES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** The longest round distance whose bar fits `maxMm` on a picture printed `mapWidthMm` wide. */
export function scaleBar(capture: Pick<MapCapture, 'metresPerCssPx' | 'cssWidth'>, mapWidthMm: number, maxMm: number): { metres: number; mm: number } {
  const mmPerMetre = mapWidthMm / (capture.cssWidth * capture.metresPerCssPx);
  const metres = [...NICE_METRES].reverse().find((m) => m * mmPerMetre <= maxMm) ?? NICE_METRES[0]!;
  return { metres, mm: metres * mmPerMetre };
}
