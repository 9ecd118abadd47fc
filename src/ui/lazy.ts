// A component whose code loads when it is first shown (views that the first screen does not need).
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** `after`: a promise to wait for before loading (afterFirstPaint for tools the first screen shows
 * but nobody uses in its first second). */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, after?: Promise<void>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!Component) void (after ?? Promise.resolve()).then(load).then((c) => setComponent(() => (loaded = c)));
    }, []);
    return Component ? h(Component, props) : null;
  };
}
