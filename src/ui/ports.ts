// What the UI may ask of the map layer without importing it: mount a map view into an element
// it has rendered. main.tsx provides the implementations (loaded on demand). The draft editor
// needs no port: the map mounts it when the store shows a draft.
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
// A type only: the picture's shape, described where the map makes it.
import type { MapCapture } from '../map/capture';

export type { MapCapture };

export interface Mounted {
  destroy(): void;
}

export interface MapPorts {
  /** The comparison held in the store, into this element. */
  mountCompare(container: HTMLElement): Promise<Mounted>;
  /** A picture of the map shown (or of the comparison), at least `minWidthPx` wide; null without a map. */
  captureMap(minWidthPx: number): Promise<MapCapture | null>;
}

export const PortsContext = createContext<MapPorts | null>(null);

export function usePorts(): MapPorts {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error('usePorts outside <PortsContext.Provider>');
  return ports;
}

/** Mount something through a port while the component is shown (or until `deps` change). */
export function useMounted(mount: () => Promise<Mounted>, deps: readonly unknown[]): void {
  useEffect(() => {
    let mounted: Mounted | null = null;
    let cancelled = false;
    void mount().then((m) => {
      if (cancelled) m.destroy();
      else mounted = m;
    });
    return () => {
      cancelled = true;
      mounted?.destroy();
    };
  }, deps);
}
