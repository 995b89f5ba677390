import { expect, test } from './support/fixtures';
test('tmp login', async ({ login, mailsTo }) => {
  const page = await login('signatory');
  console.log('URL after login', page.url());
  console.log((await page.locator('h1').allInnerTexts()).join(' | '));
  const mails = await mailsTo('anna.becker@baeckerei-hofmann.example');
  console.log(mails.length, mails[0]?.subject, mails[0]?.text.slice(0, 300));
  expect(mails.length).toBeGreaterThan(0);
});
test('tmp login 2 parallel', async ({ login }) => {
  const page = await login('signatory');
  console.log('URL2', page.url());
});
