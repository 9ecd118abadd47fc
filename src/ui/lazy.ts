// A component whose code loads when it is first shown (views that the first screen does not need).
import { h, type ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { StartupContext } from './startup';
import { loadMoreWords } from '../i18n';

/** `afterFirstPaint`: wait for the map's first sectors before loading (tools the first screen shows
 * but nobody uses in its first second). Shown once its code and the later views' words are in. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, options: { afterFirstPaint?: boolean } = {}): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const startup = useContext(StartupContext);
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      const after = options.afterFirstPaint && startup ? startup.afterFirstPaint : Promise.resolve();
      if (!Component)
        // The later views' words come with their code; their figures once the published table is known.
        void after
          .then(() => Promise.all([load(), loadMoreWords(), startup?.tableKnown]))
          .then(([c]) => {
            loaded = c;
            setComponent(() => c);
          });
    }, []);
    return Component ? h(Component, props) : null;
  };
}
