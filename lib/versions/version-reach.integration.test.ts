import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mails as mailsTable } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { tomsVersionId } from '@/scripts/demo-seed/versions';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { createDraft } from './create-draft';
import { publishVersion } from './publish-version';

// Issue 13 item 5: a TOMs update reaches the notice contacts (e.g. the external DPO) and the
// webhooks of every organisation with an active agreement, not only its signatories.

describe('a new TOMs version reaches', () => {
  it('confirmed notice contacts by mail and active webhooks, of organisations with an active agreement only', async () => {
    const current = seedId(`org:${demoOrgs.current}`);
    const none = seedId(`org:${demoOrgs.none}`);
    await sql`insert into webhooks (org_id, url, secret, active) values
      (${current}, 'https://hooks.example/toms', 's1', true),
      (${current}, 'https://hooks.example/off', 's2', false),
      (${none}, 'https://hooks.example/none', 's3', true)`;
    const [contact] = await sql<{ email: string }>`
      select email from contacts where org_id = ${current} and kind = 'notice' and confirmed_at is not null limit 1`;
    expect(contact, 'the demo organisation has a confirmed notice contact').toBeDefined();

    const privacy = await actorFor(demoAccounts.privacy);
    const draft = await runAs(privacy, (ctx) => createDraft(ctx, { kind: 'toms', copyOf: tomsVersionId(1) }));
    await sql`update toms_versions set change_summary = ${JSON.stringify({ de: 'Klarstellungen', en: 'Clarifications' })}::jsonb where id = ${draft.id}`;
    const result = await runAs(privacy, (ctx) => publishVersion(ctx, { kind: 'toms', id: draft.id, confirmIrreversible: true, protectionNotLowered: true }));
    expect(result.notified).toBeGreaterThan(0);

    const mails = await renderedMails({ where: eq(mailsTable.template, 'toms-updated') });
    expect(mails.filter((m) => m.to.toLowerCase() === contact!.email.toLowerCase() && m.text.includes(`/orgs/${current}/toms`))).toHaveLength(1);
    expect(mails.map((m) => m.to)).toContain(demoAccounts.signatory);

    const hooks = await sql<{ url: string; event: string; payload: { version: number; orgId: string; url: string } }>`
      select w.url, d.event, d.payload from webhook_deliveries d join webhooks w on w.id = d.webhook_id where d.event = 'toms.published'`;
    expect(hooks.map((h) => h.url)).toEqual(['https://hooks.example/toms']);
    expect(hooks[0]!.payload).toMatchObject({ orgId: current, url: expect.stringContaining(`/orgs/${current}/toms`) });
  });
});
