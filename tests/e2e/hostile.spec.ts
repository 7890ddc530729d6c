// Postings that slipped past the validator (see tests/support/build-hostile.ts) still render harmless.

import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_URL } from '../support/servers.ts';

const PAGES = [
  '/jobs/evil-corp-raw-html/',
  '/jobs/evil-corp-links/',
  '/jobs/evil-corp-script-title/',
  '/companies/evil-corp/',
  '/',
];

/** Loads a page, watching for any sign that injected code ran. */
async function visit(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(HOSTILE_URL + path);
  await page.waitForLoadState('load');
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
  return { dialogs, pwned, requests };
}

for (const path of PAGES) {
  test(`nothing injected runs or loads on ${path}`, async ({ page }) => {
    const { dialogs, pwned, requests } = await visit(page, path);
    expect(dialogs).toEqual([]);
    expect(pwned).toBeNull();
    expect(requests.filter((url) => url.includes('evil-corp.example'))).toEqual([]);
    const body = page.locator('main');
    expect(
      await body.locator('script, iframe, form, style, svg, meta, object, embed, details, img[onerror]').count(),
    ).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
    );
    expect(handlers).toEqual([]);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !/^(https:|mailto:|\/)/.test(href))).toEqual([]);
    await expect(page.locator('body')).toBeVisible();
  });
}

test('raw HTML shows as text, and a safe link survives beside the dropped ones', async ({ page }) => {
  await visit(page, '/jobs/evil-corp-raw-html/');
  await expect(page.locator('.posting-body')).toContainText("<script>window.__pwned = 1; alert('script')</script>");
  await expect(page.locator('.posting-body')).toContainText('<script>window.__pwned=1</script> written as entities');
  await visit(page, '/jobs/evil-corp-links/');
  const links = page.locator('.posting-body a');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://evil-corp.example/ok');
  await expect(page.locator('.posting-body')).toContainText('An inline javascript link and a mixed-case one');
});

test('a title that closes the script element stays text, and the JSON-LD still parses to the same values', async ({
  page,
}) => {
  await visit(page, '/jobs/evil-corp-script-title/');
  const title = 'Staff </script><script>window.__pwned=1</script> "Engineer" & Co';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const posting = JSON.parse(blocks[0]!) as { title: string; hiringOrganization: { name: string } };
  expect(posting.title).toBe(title);
  expect(posting.hiringOrganization.name).toBe('Evil </script><script>window.__pwned=1</script> "Corp" & Co');
  expect(await page.locator('script').count()).toBe(1);
});
