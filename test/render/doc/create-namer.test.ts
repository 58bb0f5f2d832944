import { describe, expect, it } from 'vitest';
import { createNamer } from '../../../src/render/doc/create-namer.js';
import { loadFixtureIndex } from '../support/load-fixture-index.js';
import { AnswerMaker, at } from '../support/make-answers.js';

const index = loadFixtureIndex();
const m = new AnswerMaker(index, at('2026-11-24'));

describe('createNamer', () => {
  it('names credentials from the answer, telling colliding acronyms apart by issuer', () => {
    const namer = createNamer([m.view('caisp'), m.view('pecb-caisp'), m.view('aaism')]);
    expect(namer.credential('aaism')).toBe('AAISM');
    expect(namer.credential('caisp')).toBe('CAISP (Practical DevSecOps)');
    expect(namer.credential('pecb-caisp')).toBe('CAISP (PECB)');
    expect(namer.credentialLong('aaism')).toBe('AAISM — Advanced in AI Security Management');
  });

  it('falls back to the lookup, then to the id', () => {
    const namer = createNamer([], index);
    expect(namer.credential('cissp')).toBe('CISSP');
    expect(namer.qualification('security-plus')).toBe(index.qualification('security-plus')?.acronym);
    expect(namer.topic('mitre-atlas')).toBe('MITRE ATLAS');
    const bare = createNamer([]);
    expect(bare.credential('mls-c01')).toBe('MLS-C01');
    expect(bare.qualification('us-cpa')).toBe('US CPA');
    expect(bare.topic('owasp-llm-top-10')).toBe('OWASP LLM top 10');
  });

  it('lists other credentials for the compare menu: the answer’s, then the catalog’s', () => {
    expect(
      createNamer([m.view('aaism')])
        .credentials()
        .map((c) => c.id),
    ).toEqual(['aaism']);
    expect(createNamer([m.view('aaism')], index).credentials()).toHaveLength(index.catalog.credentials.length);
  });
});
