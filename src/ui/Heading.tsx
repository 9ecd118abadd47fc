import type { ComponentChildren } from 'preact';

/** `focusWanted`: the selection changed while no heading was on the page (a detail whose code is
 * still loading); the heading that then arrives takes the focus. */
export type HeadingRef = { current: HTMLHeadingElement | null; focusWanted?: boolean };

/** Focus the panel's heading now, or as soon as it is on the page. */
export function focusHeading(ref: HeadingRef): void {
  if (ref.current) ref.current.focus({ preventScroll: true });
  ref.focusWanted = !ref.current;
}

/** The panel's heading: the target of the skip link, focused when the selection changes. */
export function Heading({ headingRef, children }: { headingRef: HeadingRef; children: ComponentChildren }) {
  const attach = (el: HTMLHeadingElement | null) => {
    headingRef.current = el;
    if (el && headingRef.focusWanted) focusHeading(headingRef);
  };
  return (
    <h2 id="panel-heading" tabIndex={-1} ref={attach}>
      {children}
    </h2>
  );
}

/** A term and its value in a panel's list of facts. */
export function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
