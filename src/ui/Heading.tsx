import type { ComponentChildren } from 'preact';

export type HeadingRef = { current: HTMLHeadingElement | null };

/** The panel's heading: the target of the skip link, focused when the selection changes. */
export function Heading({ headingRef, children }: { headingRef: HeadingRef; children: ComponentChildren }) {
  return (
    <h2 id="panel-heading" tabIndex={-1} ref={headingRef}>
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
