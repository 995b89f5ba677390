import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// axe-core in the real browser: WCAG 2.1 A/AA plus best practices. A serious or critical violation
// fails the test; minor and moderate ones are left to review (they include judgement calls such as
// "landmark-unique" on repeated cards). One call per page state worth checking:
//   await expectAccessible(page);                 // the page as it is now
//   await expectAccessible(page, 'after signing'); // names the state in the failure message

const failOn = new Set(['serious', 'critical']);

export type AxeProblem = { rule: string; impact: string | null | undefined; help: string; where: string[] };

/** The serious and critical axe violations of the page as it is now. */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // A sandboxed frame without scripts (the staff's mail preview) cannot run axe: waiting for it
    // would hang the check. Its content is a mail, not a page of the portal.
    .exclude('iframe[sandbox]')
    .analyze();
  return results.violations
    .filter((violation) => failOn.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
}

export async function expectAccessible(page: Page, state?: string): Promise<void> {
  const problems = await axeProblems(page);
  expect(problems, `axe on ${new URL(page.url()).pathname}${state ? ` (${state})` : ''}`).toEqual([]);
}
