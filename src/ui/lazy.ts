// A component whose code loads when it is first shown (views that the first screen does not need).
import { h, type ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { StartupContext } from './startup';

/** `afterFirstPaint`: wait for the map's first sectors before loading (tools the first screen shows
 * but nobody uses in its first second). */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, options: { afterFirstPaint?: boolean } = {}): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const startup = useContext(StartupContext);
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      const after = options.afterFirstPaint && startup ? startup.afterFirstPaint : Promise.resolve();
      if (!Component)
        void after.then(load).then((c) => {
          loaded = c;
          setComponent(() => c);
        });
    }, []);
    return Component ? h(Component, props) : null;
  };
}
