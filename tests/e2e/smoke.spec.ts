import { HOST_CONTENT_SECURITY_POLICY } from '../../main/host/server';
import { expect, saveScreen, test } from './fixtures';

test('the app loads in Vietnamese, under the CSP, and takes the token out of the address bar', async ({ page, host }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  const response = await page.goto(host.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(HOST_CONTENT_SECURITY_POLICY);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.locator('body')).toContainText(/\p{L}{2,}/u);
  await saveScreen(page, 'smoke-first-screen');
  expect(cspViolations).toEqual([]);
});

test('the API refuses a call from the page that lacks the token, and answers one that has it', async ({ page, host }) => {
  await page.goto(host.url);
  const token = new URL(host.url).hash.replace('#token=', '');
  const callStatus = (authorization: string | null) =>
    page.evaluate(async (authorization) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Client-Id': 'smoke-test' };
      if (authorization) headers.Authorization = authorization;
      const response = await fetch('/api/app.status', { method: 'POST', headers, body: '{}' });
      return { status: response.status, body: (await response.json()) as { ok: boolean } };
    }, authorization);

  expect(await callStatus(null)).toMatchObject({ status: 401, body: { ok: false } });
  expect(await callStatus('Bearer not-the-token')).toMatchObject({ status: 401, body: { ok: false } });
  expect(await callStatus(`Bearer ${token}`)).toMatchObject({ status: 200, body: { ok: true } });
});

test('a restarted host serves the same data folder under a new token', async ({ page, host }) => {
  const firstUrl = host.url;
  const dataDir = host.dataDir;
  const secondUrl = await host.restart();
  expect(secondUrl).not.toBe(firstUrl);
  expect(host.dataDir).toBe(dataDir);
  await page.goto(secondUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
