/**
 * The DoD 8140 line on every card is computed from the matrix in force, never written in a credential
 * file: Security+ and CISSP as the matrix V2.1 lists them, AAISM not listed, and a hand-written DoD 8140
 * recognition value refused by the catalog check.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { viewCredential } from '../../../src/answer/credential-view.js';
import type { CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import { CatalogError } from '../../../src/catalog/catalog-error.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { dod8140Text } from '../../../src/render/doc/credential-extras.js';
import { loadTestIndex, noon } from '../load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

const view = (id: string, day = '2026-12-01') => {
  const c = index.credential(id);
  if (!c) throw new Error(`${id} missing`);
  return viewCredential(c, index, noon(day));
};

describe('the DoD 8140 line of a card', () => {
  it('Security+: 20 work roles, all Intermediate', () => {
    expect(view('security-plus').dod8140).toMatchObject({
      version: '2.1',
      total: 20,
      levels: [{ level: 'Intermediate' }],
    });
    expect(dod8140Text(view('security-plus'))).toBe(
      'DoD 8140: 20 work roles; Intermediate for 411 Technical Support Specialist, 421 Database Administrator …',
    );
  });

  it('CySA+: most common level first, the other level counted', () => {
    expect(dod8140Text(view('cysa-plus'))).toMatch(
      /^DoD 8140: 10 work roles; Advanced for 111 All-Source Analyst, .* …; also Intermediate for 1$/,
    );
  });

  it('an AI-security credential says it is not listed', () => {
    expect(dod8140Text(view('aaism'))).toBe('DoD 8140: not listed (matrix V2.1)');
  });

  it('before the first matrix version took effect there is no line', () => {
    expect(view('security-plus', '2025-09-18').dod8140).toBeNull();
  });

  it('no credential file carries a DoD 8140 recognition value', () => {
    for (const c of index.catalog.credentials) {
      expect(c.trust.recognition.filter((r) => /8140|8570/.test(r.framework))).toEqual([]);
    }
  });
});

describe('a hand-written DoD 8140 recognition value', () => {
  let dir = '';
  it('fails the catalog check with file and field', async () => {
    dir = mkdtempSync(join(tmpdir(), 'certdesk-dodrec-'));
    cpSync(fileURLToPath(new URL('../../../catalog', import.meta.url)), dir, { recursive: true });
    const file = join(dir, 'credentials', 'cism.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  recognition:\n',
        '  recognition:\n    - { framework: DoD 8140, status: listed }\n',
      ),
    );
    try {
      await loadCatalog(dir);
      expect.unreachable('the catalog should not load');
    } catch (err) {
      expect(err).toBeInstanceOf(CatalogError);
      expect((err as CatalogError).problems).toContainEqual({
        file,
        path: 'trust.recognition.0.framework',
        message: 'DoD 8140 recognition comes from the matrix in frameworks/dod-8140, not from credential files',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
