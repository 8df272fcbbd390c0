import { test, expect } from '@playwright/test';

test('policy.json, linked from the About page, matches what the pages show', async ({ page, request }) => {
  for (const locale of ['zh', 'en'] as const) {
    await page.goto(`/${locale}/about/`);
    await expect(page.locator('#open-data a')).toHaveAttribute('href', '../../data/policy.json');
  }
  const response = await request.get('/data/policy.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  expect(data.schema).toBe('policy.json/1');
  expect(data.parts.map((p: { id: string; source: string }) => `${p.id}:${p.source}`)).toEqual(['p1:heading-only', 'p2:absent', 'p3:full', 'p4:full']);
  expect(data.items).toHaveLength(15);
  for (const locale of ['zh', 'en'] as const) {
    await page.goto(`/${locale}/`);
    await expect(page.locator('.preamble')).toHaveText(data.preamble[locale]);
    for (const part of data.parts.filter((p: { source: string }) => p.source !== 'absent')) {
      await page.goto(`/${locale}/${part.id}/`);
      await expect(page.locator('h1')).toHaveText(part.label[locale] + part.heading[locale]);
      for (const id of part.items) {
        const item = data.items.find((i: { id: string }) => i.id === id);
        const section = page.locator(`section:has(> [id="${id}"])`);
        await expect(section.locator('.passage-heading')).toHaveText(new RegExp(`^${RegExp.escape(item.label[locale] + item.heading[locale])}[。.]?$`));
        if (item.source === 'full') await expect(section.locator('.passage-text')).toHaveText(item.body[locale].replace(/\n\n/g, ''));
        else expect(item.body[locale]).toBeNull();
        // the item's url, resolved against the file, is its place on this page
        expect(new URL(item.url[locale], response.url()).href).toBe(new URL(`/${locale}/${part.id}/index.html#${id}`, page.url()).href);
      }
    }
  }
});
