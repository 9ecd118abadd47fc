// Phone or wide layout, as the stylesheet decides it: the breakpoint is written once, in
// styles.css (@custom-media --phone), which sets --layout for scripts to read.
export type Layout = 'phone' | 'wide';

export function currentLayout(root: HTMLElement = document.documentElement): Layout {
  return getComputedStyle(root).getPropertyValue('--layout').trim() === 'phone' ? 'phone' : 'wide';
}
