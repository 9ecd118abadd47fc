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
