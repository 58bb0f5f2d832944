/**
 * DoD 8140 questions → a qualify answer: what a credential is listed for, what is listed for a work
 * role, what a holding qualifies for, which credential adds the most roles, what a version changed,
 * and the honest answer about AI-security credentials. Pure: the matrix, the catalog views and the
 * price and prerequisite readings come in.
 */
import type { Dod8140Framework, Dod8140Version, ProficiencyLevel } from '../../catalog/dod-8140/framework-schema.js';
import { PROFICIENCY_LEVELS } from '../../catalog/dod-8140/framework-schema.js';
import type { CredentialView } from '../types.js';
import { findWorkRoles } from './find-work-roles.js';
import type {
  LevelGroup,
  MatrixCitation,
  QualifyAnswerBody,
  QualifyBody,
  QualifyChange,
  QualifyOption,
  UsdPrice,
  WorkRoleRef,
} from './qualify-types.js';
import { versionInForce } from './version-in-force.js';
import {
  LEVEL_ORDER,
  listingsOfCredential,
  listingsOfHoldings,
  listingsOfRole,
  rankByRolesAdded,
  rolesWithOptions,
} from './work-role-listings.js';

export interface QualifyRequest {
  text: string;
  /** Credentials the question names, in order. */
  credentials: string[];
  /** Those of them the person says they hold ("I hold CySA+ and CISSP"). */
  held: string[];
}

export interface QualifyDeps {
  framework: Dod8140Framework;
  today: string;
  view(id: string): CredentialView | undefined;
  /** Catalog ids of the AI-security credentials (AI focus primary). */
  aiCredentialIds: string[];
  priceOf(view: CredentialView): UsdPrice;
  prerequisiteOf(view: CredentialView): QualifyOption['prerequisite'];
  /** Whether someone holding `held` can sit it: null when the catalog does not know its prerequisites. */
  canSit(view: CredentialView, held: readonly string[]): boolean | null;
  /** AI-security credentials whose published prerequisites include `id`. */
  opens(id: string): string[];
}

const CUES = {
  changes: /\b(chang\w*|new in|what'?s new|updat\w*|differen\w*|added|removed)\b/i,
  ai: /\b(ai|a\.i\.|artificial intelligence|ml|machine learning|genai|llm)\b/i,
  most: /\b(most (work )?roles|most 8140|cover (the )?most|cover more|more (work )?roles|add(s|ed)? the most|which (one|single) cert|one cert|single cert|add to|adds? most|(top|best) cert(ification)?s? for (dod |8140 )*(work )?roles)\b/i,
  holdings:
    /\b(i (hold|have|got|earned|passed)|my (certs?|certifications?)|we hold|am i (qualified|covered)|qualified for|qualify me)\b/i,
} as const;

function roleRef(version: Dod8140Version, code: string): WorkRoleRef {
  const r = version.workRoles.find((x) => x.code === code);
  return { code, title: r?.title ?? code, element: r?.element ?? '' };
}

function levelIn(text: string): ProficiencyLevel | null {
  const m = /\b(basic|intermediate|advanced)\b/i.exec(text);
  return m ? (PROFICIENCY_LEVELS.find((l) => l.toLowerCase() === m[1]?.toLowerCase()) ?? null) : null;
}

export function citeMatrix(framework: Dod8140Framework, version: Dod8140Version): MatrixCitation {
  return {
    name: framework.name,
    shortName: framework.shortName,
    version: version.version,
    effective: version.effective,
    title: version.source.title,
    url: version.source.url,
    verified: version.source.verified,
    about: framework.about,
    listedMeans: framework.listedMeans,
  };
}

/** The qualify answer, or null when no matrix version is in force on that day (or the catalog has none). */
export function answerQualify(request: QualifyRequest, deps: QualifyDeps): QualifyAnswerBody | null {
  const version = versionInForce(deps.framework, deps.today);
  if (!version) return null;
  const { text } = request;
  const reading = findWorkRoles(text, version.workRoles, deps.framework.jobTitles);
  const readAs = reading.matches
    .filter((m) => m.how === 'job-title')
    .map((m) => ({ typed: m.text, role: roleRef(version, m.role.code) }));
  const views = (ids: readonly string[]) => ids.flatMap((id) => deps.view(id) ?? []);
  const body = chooseBody();
  return { intent: 'qualify', matrix: citeMatrix(deps.framework, version), readAs, body };

  function chooseBody(): QualifyBody {
    const v = version as Dod8140Version;
    if (CUES.changes.test(text) && request.credentials.length === 0 && reading.matches.length === 0) {
      return { kind: 'changes', previous: v.previous, previousEffective: v.previousEffective, changes: changesOf(v) };
    }
    if (CUES.most.test(text)) return mostRoles(v, request.held.length > 0 ? request.held : request.credentials);
    const role = reading.matches[0];
    if (role) return roleBody(v, role.role.code, levelIn(text));
    const ambiguous = reading.ambiguous[0];
    if (ambiguous) {
      return { kind: 'ambiguous-role', text: ambiguous.text, roles: ambiguous.roles.map((r) => roleRef(v, r.code)) };
    }
    if (request.credentials.length > 1 && (CUES.holdings.test(text) || request.held.length > 1)) {
      return holdings(v, request.held.length > 0 ? request.held : request.credentials);
    }
    if (request.credentials.length > 0) {
      if (request.held.length > 0 && CUES.holdings.test(text)) return holdings(v, request.held);
      return credentialBody(v, request.credentials);
    }
    if (CUES.ai.test(text)) return aiBody(v);
    return {
      kind: 'overview',
      roles: rolesWithOptions(v).size,
      certifications: new Set(v.listings.filter((l) => l.credentialId).map((l) => l.credentialId)).size,
    };
  }

  function credentialBody(v: Dod8140Version, ids: string[]): QualifyBody {
    const subjects = views(ids).map((view) => {
      const listed = listingsOfCredential(v, view.credential.id);
      const byLevel: LevelGroup[] = PROFICIENCY_LEVELS.map((level) => ({
        level,
        roles: listed.filter((l) => l.level === level).map((l) => roleRef(v, l.role.code)),
      }))
        .filter((g) => g.roles.length > 0)
        .sort((a, b) => b.roles.length - a.roles.length || LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
      const changed = changesOf(v).filter((c) => c.credentialId === view.credential.id && c.kind !== 'unchanged');
      return { view, total: listed.length, byLevel, changed };
    });
    return { kind: 'credential', subjects };
  }

  function roleBody(v: Dod8140Version, code: string, level: ProficiencyLevel | null): QualifyBody {
    const role = roleRef(v, code);
    if (!rolesWithOptions(v).has(code)) return { kind: 'no-options', role };
    const options = listingsOfRole(v, code).map((l): QualifyOption => {
      const view = l.credentialId ? (deps.view(l.credentialId) ?? null) : null;
      return {
        view,
        matrixName: l.option ?? l.certification,
        level: l.level,
        price: view ? deps.priceOf(view) : null,
        prerequisite: view ? deps.prerequisiteOf(view) : 'unknown',
      };
    });
    const cheapestFirst = (a: QualifyOption, b: QualifyOption) =>
      (a.price ?? Number.POSITIVE_INFINITY) - (b.price ?? Number.POSITIVE_INFINITY) ||
      a.matrixName.localeCompare(b.matrixName);
    const atLevel = options.filter((o) => level === null || o.level === level).sort(cheapestFirst);
    const otherLevels = options
      .filter((o) => level !== null && o.level !== level)
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || cheapestFirst(a, b));
    return {
      kind: 'role',
      role,
      level,
      atLevel,
      otherLevels,
      unpriced: atLevel.filter((o) => o.price === null).length,
    };
  }

  function holdings(v: Dod8140Version, held: string[]): QualifyBody {
    const byRole = new Map<string, { role: WorkRoleRef; level: ProficiencyLevel; by: string[] }>();
    for (const l of listingsOfHoldings(v, held)) {
      const key = `${l.role.code} ${l.level}`;
      const entry = byRole.get(key) ?? { role: roleRef(v, l.role.code), level: l.level, by: [] };
      entry.by.push(l.by);
      byRole.set(key, entry);
    }
    return { kind: 'holdings', held: views(held), roles: [...byRole.values()] };
  }

  function mostRoles(v: Dod8140Version, held: string[]): QualifyBody {
    const ranked = rankByRolesAdded(v, held).flatMap((r) => {
      const view = deps.view(r.credentialId);
      if (!view) return [];
      return [
        {
          view,
          added: r.added.map((l) => roleRef(v, l.role.code)),
          raised: r.raised.map((l) => roleRef(v, l.role.code)),
          price: deps.priceOf(view),
          canSit: deps.canSit(view, held),
        },
      ];
    });
    return { kind: 'most-roles', held: views(held), ranked };
  }

  function aiBody(v: Dod8140Version): QualifyBody {
    const listed = new Set(v.listings.map((l) => l.credentialId));
    const ai = views(deps.aiCredentialIds);
    const closestIds = [...listed].filter(
      (id): id is string => id !== null && deps.opens(id).some((x) => deps.aiCredentialIds.includes(x)),
    );
    const closest = closestIds
      .flatMap((id) => {
        const view = deps.view(id);
        return view ? [{ view, opens: views(deps.opens(id)), roles: listingsOfCredential(v, id).length }] : [];
      })
      .sort((a, b) => b.roles - a.roles || a.view.credential.id.localeCompare(b.view.credential.id));
    const withOptions = rolesWithOptions(v);
    return {
      kind: 'ai',
      aiCredentials: ai.filter((x) => !listed.has(x.credential.id)),
      listedAi: ai.filter((x) => listed.has(x.credential.id)),
      closest,
      rolesWithoutOptions: v.workRoles
        .filter((r) => r.element === 'Data/AI' && !withOptions.has(r.code))
        .map((r) => roleRef(v, r.code)),
    };
  }

  function changesOf(v: Dod8140Version): QualifyChange[] {
    return v.changes.map((c) => ({
      role: roleRef(v, c.roleCode),
      certification: c.certification,
      credentialId: c.credentialId,
      kind: c.kind,
      before: c.before,
      after: c.after,
    }));
  }
}
