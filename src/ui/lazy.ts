// A component whose code loads when it is first shown (views that the first screen does not need).
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!Component) void load().then((c) => setComponent(() => (loaded = c)));
    }, []);
    return Component ? h(Component, props) : null;
  };
}
