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
