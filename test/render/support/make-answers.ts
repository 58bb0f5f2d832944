/**
 * Answers built straight from the real catalog, without the question engine, so the renderers
 * can be tested on every credential, pair and role. Mirrors the Answer contract in src/answer/types.ts.
 */

import { fileURLToPath } from 'node:url';
import { answerCompare } from '../../../src/answer/answer-compare.js';
import { focusOf } from '../../../src/answer/answer-disambiguate.js';
import { answerEligibleFor } from '../../../src/answer/answer-eligible-for.js';
import { viewCredential, viewCredentials } from '../../../src/answer/credential-view.js';
import { datedChanges } from '../../../src/answer/dated-changes.js';
import { EXAMPLE_QUESTIONS } from '../../../src/answer/examples.js';
import type { AnswerOf, CredentialView, EligibilityVerdict, Held } from '../../../src/answer/types.js';
import { buildCatalogIndex, type CatalogIndex } from '../../../src/catalog/build-catalog-index.js';
import { requiredOf, simpleValue } from '../../../src/catalog/fact-values.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import type { Credential, Source } from '../../../src/catalog/schema.js';

export const CATALOG_DIR = fileURLToPath(new URL('../../../catalog', import.meta.url));

let cached: Promise<CatalogIndex> | undefined;

export function loadIndex(): Promise<CatalogIndex> {
  cached ??= loadCatalog(CATALOG_DIR, { now: new Date('2026-11-24T12:00:00Z') }).then(buildCatalogIndex);
  return cached;
}

/** `YYYY-MM-DD` → that day at 12:00 UTC, as the CLI reads --now. */
export const at = (day: string) => new Date(`${day}T12:00:00Z`);

export class AnswerMaker {
  constructor(
    readonly index: CatalogIndex,
    readonly now: Date,
  ) {}

  view(id: string): CredentialView {
    const c = this.index.credential(id);
    if (!c) throw new Error(`no credential ${id} in the catalog`);
    return viewCredential(c, this.index, this.now);
  }

  /** With an overridden credential, e.g. a fake verified date. */
  viewOf(credential: Credential): CredentialView {
    return viewCredential(credential, this.index, this.now);
  }

  lookup(id: string, question = id): AnswerOf<'lookup'> {
    const subject = this.view(id);
    const ids = [...subject.status.replacedBy, ...subject.credential.related.map((r) => r.credential)];
    return {
      intent: 'lookup',
      question,
      interpretations: [],
      subject,
      related: viewCredentials(ids, this.index, this.now),
    };
  }

  compare(ids: string[], question = ids.join(' vs ')): AnswerOf<'compare'> {
    // The engine's own comparison (with the facts its bottom line weighs), for ids the catalog holds.
    for (const id of ids) this.view(id);
    return { question, interpretations: [], ...answerCompare(ids, null, this.index, this.now) };
  }

  recommend(roleId: string | null, question = `what should a ${roleId} take first`): AnswerOf<'recommend'> {
    const role = roleId === null ? null : (this.index.role(roleId) ?? null);
    const sources = this.index.catalog.roleSources;
    const pick = (ids: string[]) => sources.filter((s) => ids.includes(s.id));
    return {
      intent: 'recommend',
      question,
      interpretations: [],
      role,
      picks: (role?.recommendations ?? []).map((r) => ({
        view: this.view(r.credential),
        reason: r.reason,
        sources: pick(r.sources),
      })),
      paths: (role?.paths ?? []).map((p) => ({ steps: p.steps.map((id) => this.view(id)), note: p.note })),
      roles: role === null ? this.index.catalog.roles : [],
      sources: role ? pick(role.sources) : [],
    };
  }

  /** "What can I take with …?": every credential against what is held (the engine's own lists). */
  eligibleFor(held: Held[], question = 'what can I take?'): Extract<AnswerOf<'eligibility'>, { target: null }> {
    return { question, interpretations: [], ...answerEligibleFor(held, this.index, this.now) };
  }

  eligibility(
    target: string,
    held: Held[],
    question = `can I sit ${target}?`,
  ): Extract<AnswerOf<'eligibility'>, { target: CredentialView }> {
    const view = this.view(target);
    const required = requiredOf(view.credential);
    const alts = required === null || required === 'none' ? [] : required.any_of;
    const label = (h: Held) =>
      h.kind === 'credential'
        ? (this.index.credential(h.id)?.acronym ?? h.id)
        : (this.index.qualification(h.id)?.acronym ?? h.id);
    const alternatives = alts.map((alt) => {
      const id = 'credential' in alt ? alt.credential : alt.qualification;
      return {
        alt,
        label:
          'credential' in alt
            ? (this.index.credential(id)?.acronym ?? id)
            : (this.index.qualification(id)?.acronym ?? id),
        satisfied: held.some((h) => h.id === id),
      };
    });
    const verdict: EligibilityVerdict =
      required === null
        ? 'not-published'
        : required === 'none'
          ? 'no-prerequisite'
          : held.length === 0
            ? 'needs-info'
            : alternatives.some((a) => a.satisfied)
              ? 'eligible'
              : 'not-eligible';
    const sourceIds = view.credential.prerequisites.sources;
    return {
      intent: 'eligibility',
      question,
      interpretations: [],
      target: view,
      held: held.map((h) => ({ held: h, label: label(h) })),
      verdict,
      alternatives,
      experience: simpleValue(view.credential.prerequisites.experience),
      recommended: simpleValue(view.credential.prerequisites.recommended),
      instead:
        verdict === 'not-eligible'
          ? this.index.catalog.credentials
              .filter((c) => requiredOf(c) === 'none' && c.track === view.credential.track)
              .slice(0, 3)
              .map((c) => this.view(c.id))
          : [],
      sources: view.credential.sources.filter((s: Source) => sourceIds.includes(s.id)),
    };
  }

  deadlines(credentials: string[] = [], horizonDays = 365): AnswerOf<'deadlines'> {
    const opts = credentials.length > 0 ? { credentials } : {};
    return {
      intent: 'deadlines',
      question: 'any exam retirements coming up?',
      interpretations: [],
      scope: { credentials: credentials.map((id) => this.view(id)), issuer: null },
      horizonDays,
      upcoming: datedChanges(this.index, this.now, { ...opts, fromDays: 0, toDays: horizonDays }),
      recent: datedChanges(this.index, this.now, { ...opts, fromDays: -180, toDays: -1 }),
    };
  }

  coverage(topicId: string | null): AnswerOf<'coverage'> {
    const topic = topicId === null ? null : (this.index.topic(topicId) ?? null);
    const matches = this.index.catalog.credentials.flatMap((c) =>
      c.coverage
        .filter((entry) => entry.topic === topicId)
        .map((entry) => ({ view: this.view(c.id), depth: entry.depth, note: entry.note })),
    );
    return {
      intent: 'coverage',
      question: topic ? `which certs test ${topic.name}` : 'what do none of these cover?',
      interpretations: [],
      topic,
      matches,
      gaps: this.index.catalog.topics.filter((t) => t.gap),
      sources: this.index.catalog.topicSources,
    };
  }

  browse(filter: Partial<AnswerOf<'browse'>['filter']> = {}): AnswerOf<'browse'> {
    const full = { issuer: filter.issuer ?? null, track: filter.track ?? null, level: filter.level ?? null };
    return {
      intent: 'browse',
      question: 'list credentials',
      interpretations: [],
      filter: full,
      items: this.index.catalog.credentials
        .filter(
          (c) =>
            (full.issuer === null || c.issuer === full.issuer.id) && (full.track === null || c.track === full.track),
        )
        .filter((c) => full.level === null || c.level === full.level)
        .map((c) => this.view(c.id)),
    };
  }

  disambiguate(term: string, ids: string[]): AnswerOf<'disambiguate'> {
    return {
      intent: 'disambiguate',
      question: term,
      interpretations: [],
      term,
      reason: 'acronym-collision',
      candidates: ids.map((id) => this.view(id)),
      howToTell: 'Check who administers the exam and whether it is independently proctored.',
      tellApart: ids.map((id) => {
        const v = this.view(id);
        const shared = this.index.credentialLabel(id) !== v.credential.acronym;
        return { id, focus: focusOf(v.credential), ask: `${shared ? `${v.issuer.name} ` : ''}${v.credential.acronym}` };
      }),
    };
  }

  help(): AnswerOf<'help'> {
    return { intent: 'help', question: 'help', interpretations: [], examples: EXAMPLE_QUESTIONS };
  }

  unknown(question: string): AnswerOf<'unknown'> {
    return {
      intent: 'unknown',
      question,
      interpretations: [],
      suggestions: [{ kind: 'credential', id: 'aaism', label: 'AAISM', ask: 'aaism' }],
      examples: EXAMPLE_QUESTIONS,
    };
  }
}

export async function answerMaker(day = '2026-11-24'): Promise<AnswerMaker> {
  return new AnswerMaker(await loadIndex(), at(day));
}
