/** Writes the reminder test catalog (reminder-fixtures.ts) as a catalog folder, for the CLI's CATALOG_DIR. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { reminderCatalog } from '../reminder-fixtures.js';

const SOURCE = {
  id: 'issuer-page',
  title: 'Roles and topics',
  publisher: 'certdesk tests',
  url: 'https://issuer.example/lists',
  kind: 'issuer',
  verified: '2026-11-01',
};

export function writeReminderCatalog(dir: string, opts: Parameters<typeof reminderCatalog>[0] = {}): string {
  const catalog = reminderCatalog(opts);
  mkdirSync(join(dir, 'credentials'), { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(dir, name), stringify(data));
  write('catalog.yaml', { schema: 2, version: '2026-11-24' });
  write('issuers.yaml', { issuers: catalog.issuers });
  write('qualifications.yaml', { qualifications: [] });
  write('topics.yaml', {
    sources: [SOURCE],
    topics: [{ id: 'ai-security', name: 'AI security', description: 'Securing AI systems.', sources: ['issuer-page'] }],
  });
  write('roles.yaml', {
    sources: [SOURCE],
    roles: [
      {
        id: 'ml-engineer',
        name: 'ML engineer',
        aliases: ['mle'],
        summary: 'Builds models.',
        recommendations: [{ credential: 'mla-c01', reason: 'The current one.', sources: ['issuer-page'] }],
        sources: ['issuer-page'],
      },
    ],
  });
  for (const c of catalog.credentials) write(join('credentials', `${c.id}.yaml`), c);
  return dir;
}
