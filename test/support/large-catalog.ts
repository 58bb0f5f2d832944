/**
 * A catalog past Slack's 100-option limit: the shipped catalog copied into a temp dir, plus generated
 * credentials ("Picker Fixture 001" …) spread over several issuers, so that it passes loadCatalog.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalogIndex, type CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DEFAULT_CATALOG_DIR } from '../../src/config.js';

const ISSUERS = ['isaca', 'aws', 'comptia', 'giac', 'certnexus'] as const;

/** Id of the n-th generated credential (1-based): picker-fixture-001 … */
export const fixtureId = (n: number) => `picker-fixture-${String(n).padStart(3, '0')}`;
export const fixtureIssuer = (n: number) => ISSUERS[n % ISSUERS.length] as string;

function credentialYaml(n: number, template: string): string {
  const nnn = String(n).padStart(3, '0');
  return template
    .replace(/^id: .*$/m, `id: ${fixtureId(n)}`)
    .replace(/^name: .*$/m, `name: Picker Fixture ${nnn} Practitioner`)
    .replace(/^acronym: .*$/m, `acronym: PFX${nnn}`)
    .replace(/^aliases: .*$/m, `aliases: [fixture alias ${nnn}]`)
    .replace(/^issuer: .*$/m, `issuer: ${fixtureIssuer(n)}`);
}

/**
 * Generated entries, whatever the shipped catalog holds: tests name PFX001…PFX123, so the catalog grows
 * by at least this many (and past `total` when the shipped catalog is already large).
 */
export const GENERATED_AT_LEAST = 123;

/** A temp catalog dir holding the shipped catalog and generated entries: at least `total` credentials. */
export async function writeLargeCatalog(total = 150): Promise<{ dir: string; generated: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'certdesk-large-catalog-'));
  await cp(DEFAULT_CATALOG_DIR, dir, { recursive: true });
  const shipped = await loadCatalog(DEFAULT_CATALOG_DIR);
  const template = await readFile(join(DEFAULT_CATALOG_DIR, 'credentials', 'genaibiz.yaml'), 'utf8');
  const generated = Math.max(GENERATED_AT_LEAST, total - shipped.credentials.length);
  for (let n = 1; n <= generated; n++) {
    await writeFile(join(dir, 'credentials', `${fixtureId(n)}.yaml`), credentialYaml(n, template));
  }
  return { dir, generated };
}

export async function largeCatalogIndex(total = 150, now?: Date): Promise<CatalogIndex> {
  const { dir } = await writeLargeCatalog(total);
  return buildCatalogIndex(await loadCatalog(dir, now ? { now } : {}));
}
