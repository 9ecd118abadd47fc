// What the page's start gives the components, made by main.tsx and passed through a context:
// when the map has drawn its first sectors (tools the first screen shows but nobody uses in its
// first second wait for it), and the files dropped on the page before the import tool was there.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DroppedFiles } from './file-drop';

export interface Startup {
  /** Resolved by the map's first sector frame, or after a few seconds if the map cannot draw (no
   * WebGL): nothing waits forever. */
  readonly afterFirstPaint: Promise<void>;
  /** Resolved once the action table published today is known (applied, refused or unreachable),
   * or after 1.5 s: the views that show its figures (statuses, budgets) wait for it. */
  readonly tableKnown: Promise<void>;
  readonly droppedFiles: DroppedFiles;
}

export const StartupContext = createContext<Startup | null>(null);

export function useStartup(): Startup {
  const startup = useContext(StartupContext);
  if (!startup) throw new Error('useStartup outside <StartupContext.Provider>');
  return startup;
}

/** The first paint, resolved by `done()` or after `fallbackMs`, whichever comes first. */
export function firstPaint(fallbackMs: number): { readonly painted: Promise<void>; done(): void } {
  let done = () => {};
  const painted = new Promise<void>((resolve) => {
    done = resolve;
  });
  setTimeout(done, fallbackMs);
  return { painted, done: () => done() };
}
