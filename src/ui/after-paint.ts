// What can wait until the map has drawn its first sectors: saved drafts (and zod to check them),
// Turf's polygon operations, the import and share tools. Started earlier, they would compete
// with MapLibre for the network and the main thread on a phone. Resolved by the map's first
// sector frame, or after a few seconds if the map cannot draw (no WebGL): nothing waits forever.
let resolvePainted: () => void = () => {};
export const afterFirstPaint: Promise<void> = new Promise((resolve) => (resolvePainted = resolve));

export function firstPaintDone(): void {
  resolvePainted();
}

if (typeof window !== 'undefined') setTimeout(firstPaintDone, 4000);
