// Bad input gets a clear French message and loses nothing (issue 10), in a real browser.
import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('malformed links', () => {
  it('say, one notice each, which parameter is wrong and what was expected; the page never scrolls sideways', async () => {
    const long = 'x'.repeat(6000);
    for (const width of [1280, 390]) {
      const page = await openApp(browser(), `/?at=999,999&compare=2024-avenant&mode=xyz&sector=${long}#map=garbage`, { width, height: 844 });
      const notices = page.locator('.notice');
      await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(5);
      const text = (await notices.allTextContents()).join('\n');
      expect(text).toContain('Lien : le paramètre « at » vaut « 999,999 » ; attendu : latitude,longitude en degrés');
      expect(text).toContain('Lien : le paramètre « compare » vaut « 2024-avenant » ; attendu : deux identifiants de version');
      expect(text).toContain('Lien : le paramètre « mode » vaut « xyz »');
      expect(text).toContain('Lien : le paramètre « map » vaut « garbage »');
      expect(text).toContain(`Lien : le secteur « ${'x'.repeat(39)}… » n’existe pas dans cette version.`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });
});

describe('Content-Security-Policy', () => {
  it('is sent with the app, and enforced: an inline script is refused and reported (the check itself can fail)', async () => {
    const page = await openApp(browser(), '/');
    const reply = await page.request.get(page.url());
    expect(reply.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers()['content-security-policy']).not.toContain('unsafe-eval');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.appendChild(script);
    });
    // One report per policy in force (the header and the meta tag).
    await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await expect(page.close()).rejects.toThrow(/Content-Security-Policy violations: script-src-elem inline/);
  });
});

describe('a very detailed perimeter (77,000 vertices, as a GIS export can be)', () => {
  it('imports and reloads while the page keeps answering (a heartbeat never waits over 1 s)', async () => {
    const page = await openApp(browser(), '/');
    // The file is made in the page and dropped on it, as a file from the disk would be: no test
    // plumbing (such as sending megabytes through the DevTools protocol) runs on the page's thread.
    await page.evaluate(() => {
      const ring: number[][] = [];
      for (let i = 0; i < 77_000; i++) {
        const a = (-2 * Math.PI * i) / 77_000;
        ring.push([+(6.5561 + 0.005 * Math.cos(a)).toFixed(7), +(44.7911 + 0.0036 * Math.sin(a)).toFixed(7)]);
      }
      ring.push(ring[0]!);
      ring.reverse(); // counterclockwise
      const text = JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { id: 'grand-secteur', nom: 'Grand secteur' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
      });
      Object.assign(window, { bigFile: new File([text], 'gis-export.geojson') });
    });
    // Every 50 ms the page notes how long it waited since the last beat.
    const heartbeat = () =>
      page.evaluate(() => {
        let last = performance.now();
        const w = window as unknown as { longestWait: number };
        w.longestWait = 0;
        setInterval(() => {
          const now = performance.now();
          w.longestWait = Math.max(w.longestWait, now - last);
          last = now;
        }, 50);
      });
    await heartbeat();
    // The longest tasks of the page's thread, for the note (not asserted: timings vary with the machine's load).
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add((window as unknown as { bigFile: File }).bigFile);
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('#panel-heading').textContent(), { timeout: 60_000 }).toBe('Import de gis-export.geojson');
    await expect.poll(() => page.locator('.draft-panel__problems').textContent(), { timeout: 60_000 }).not.toBe('Vérification des tracés en cours…');
    const importMs = Date.now() - started;
    await page.waitForTimeout(2_000); // the map and the editor take the new sector
    const importWait = await page.evaluate(() => (window as unknown as { longestWait: number }).longestWait);
    const longestTask = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
    const reloadStarted = Date.now();
    await page.reload();
    await heartbeat();
    await expect.poll(() => page.locator('.timeline__button').count(), { timeout: 60_000 }).toBe(3);
    const reloadMs = Date.now() - reloadStarted;
    await expect.poll(() => page.locator('.draft-panel__problems').textContent(), { timeout: 60_000 }).not.toBe('Vérification des tracés en cours…');
    const reloadCheckedMs = Date.now() - reloadStarted;
    const reloadWait = await page.evaluate(() => (window as unknown as { longestWait: number }).longestWait);
    console.log(
      `77,000-vertex sector: import ${importMs} ms; reload: timeline ${reloadMs} ms, draft checked ${reloadCheckedMs} ms; longest heartbeat wait: import ${Math.round(importWait)} ms, after reload ${Math.round(reloadWait)} ms; longest task during the import ${longestTask} ms`,
    );
    // The page answered during the import and during the reload's check alike.
    expect(importWait).toBeLessThan(1000);
    expect(reloadWait).toBeLessThan(1000);
    await page.close();
  }, 120_000);
});

describe('a damaged draft in the browser', () => {
  it('is set aside alone: the readable draft stays, the damaged one can be downloaded or discarded', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await openApp(browser(), '/', { inContext: context });
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await expect.poll(() => page.locator('.timeline__button').count()).toBe(3);
    // Damage another record, as a browser crash or an old version of the app could.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const tx = open.result.transaction('keyval', 'readwrite');
            tx.objectStore('keyval').put({ meta: { id: 'brouillon-9' }, sectors: 42 }, 'carte-ort.draft.v2.brouillon-9');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.close();
    const again = await openApp(browser(), '/?version=2024-avenant', { inContext: context });
    await expect.poll(() => again.locator('.timeline__button').count()).toBe(3); // the readable draft is still there (drafts load after the first paint)
    await expect.poll(() => again.locator('.notices').textContent()).toContain('1 enregistrement illisible mis de côté');
    const aside = again.locator('.set-aside');
    expect(await aside.locator('li').count()).toBe(1);
    const [download] = await Promise.all([again.waitForEvent('download'), aside.getByRole('button', { name: 'Télécharger brouillon-9' }).click()]);
    expect(download.suggestedFilename()).toBe('brouillon-illisible-brouillon-9.json');
    await aside.getByRole('button', { name: 'Supprimer brouillon-9' }).click();
    await expect.poll(() => again.locator('.set-aside').count()).toBe(0);
    // Gone from IndexedDB too (the deletion is asynchronous: closing the page at once could beat it).
    const keysLeft = () =>
      again.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('keyval-store');
            open.onsuccess = () => {
              const request = open.result.transaction('keyval').objectStore('keyval').getAllKeys();
              request.onsuccess = () => resolve(request.result.map(String).filter((k) => k.startsWith('carte-ort.set-aside') || k === 'carte-ort.draft.v2.brouillon-9').length);
              request.onerror = () => reject(request.error);
            };
          }),
      );
    await expect.poll(keysLeft, { timeout: 10_000 }).toBe(0);
    await again.close();
    const third = await openApp(browser(), '/?version=2024-avenant', { inContext: context });
    // Saved drafts arrive after the first paint: once the draft is back, nothing is set aside any more.
    await expect.poll(() => third.locator('.timeline__button').count()).toBe(3);
    expect(await third.locator('.set-aside').count()).toBe(0);
    await third.close();
    await context.close();
  });
});
