// What the UI may ask of the map layer without importing it: mount a map view into an element
// it has rendered. main.tsx provides the implementations (loaded on demand). The draft editor
// needs no port: the map mounts it when the store shows a draft.
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { MapPorts, Mounted } from '../state/shape/map-ports';

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
