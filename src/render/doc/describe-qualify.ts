/**
 * A DoD 8140 answer as a document: what the matrix lists, grouped and counted so it fits a phone, the
 * rest counted, what "listed" means, and the matrix version cited on every answer. Pure formatting.
 */
import type { LevelGroup, QualifyAnswerBody, QualifyOption, WorkRoleRef } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line, link, type Part } from './doc-types.js';
import { formatAmount, plural } from './format-values.js';

/** Lines a list shows before the rest is counted. */
export const QUALIFY_LIST_LIMIT = 10;

const roleName = (r: WorkRoleRef) => `${r.code} ${r.title}`;

function counted<T>(items: readonly T[], limit = QUALIFY_LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

function moreLine(more: number, what: string): Line[] {
  return more > 0 ? [[`… and ${plural(more, what)} more.`]] : [];
}

function optionLine(o: QualifyOption, namer: Namer, showLevel: boolean): Line {
  const name = o.view ? namer.credential(o.view.credential.id) : o.matrixName;
  const price = o.price === null ? 'no US-dollar price in certdesk’s sources' : formatAmount(o.price, 'USD');
  const prereq =
    o.prerequisite === 'required'
      ? ' · needs another credential first'
      : o.prerequisite === 'none'
        ? ' · no prerequisite'
        : '';
  return [
    bold(name),
    showLevel ? ` (${o.level})` : '',
    ` — ${o.view ? price : 'not a certification: a DAWIA option'}${o.view ? prereq : ''}`,
  ];
}

/** Work roles grouped by level (the level order the answer gives) and element, the larger groups first. */
export function roleGroups(byLevel: readonly LevelGroup[]): { level: string; element: string; roles: WorkRoleRef[] }[] {
  return byLevel.flatMap((g) => {
    const elements = new Map<string, WorkRoleRef[]>();
    for (const r of g.roles) elements.set(r.element, [...(elements.get(r.element) ?? []), r]);
    return [...elements]
      .sort(([a, ra], [b, rb]) => rb.length - ra.length || a.localeCompare(b))
      .map(([element, roles]) => ({ level: g.level, element, roles }));
  });
}

/** Groups a phone shows, and roles named in each, before the rest is counted. */
const GROUPS_SHOWN = 6;
const ROLES_PER_GROUP = 3;

function levelLines(byLevel: readonly LevelGroup[], full: boolean): Line[] {
  const groups = roleGroups(byLevel);
  const { shown, more } = full ? { shown: groups, more: 0 } : counted(groups, GROUPS_SHOWN);
  const lines = shown.map((g): Line => {
    const roles = full ? { shown: g.roles, more: 0 } : counted(g.roles, ROLES_PER_GROUP);
    return [
      bold(g.level),
      ` · ${g.element} (${g.roles.length}): ${roles.shown.map(roleName).join(', ')}`,
      roles.more > 0 ? `, and ${roles.more} more` : '',
    ];
  });
  const hidden = groups.slice(shown.length).reduce((n, g) => n + g.roles.length, 0);
  return more > 0 ? [...lines, [`… and ${plural(hidden, 'more work role')} in ${plural(more, 'more group')}.`]] : lines;
}

/** A DoD 8140 answer: lists counted to fit a phone, or (`full`) every line. */
export function describeQualify(answer: QualifyAnswerBody, namer: Namer, full = false): Doc {
  const { matrix, body } = answer;
  const doc: Doc = [];
  const upTo = (n: number) => (full ? Number.POSITIVE_INFINITY : n);
  const readAs: Part[] = answer.readAs.map((r, i) => ({
    kind: 'note',
    id: `qualify_read_${i}`,
    lines: [[`Read “${r.typed}” as DCWF work role ${roleName(r.role)}.`]],
  }));
  switch (body.kind) {
    case 'credential': {
      const names = body.subjects.map((s) => namer.credential(s.view.credential.id));
      doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName}: ${names.join(', ')}` });
      for (const s of body.subjects) {
        const name = namer.credential(s.view.credential.id);
        if (s.total === 0) {
          doc.push({
            kind: 'para',
            id: `qualify_none_${s.view.credential.id}`,
            lines: [
              [bold(name), ` is not listed for any work role in the ${matrix.shortName} matrix V${matrix.version}.`],
            ],
          });
          continue;
        }
        const levels = s.byLevel.map((g) => `${g.level} for ${g.roles.length}`).join(', ');
        doc.push({
          kind: 'list',
          id: `qualify_levels_${s.view.credential.id}`,
          intro: `${name} is listed for ${plural(s.total, 'work role')} (${levels}), by level and element:`,
          items: levelLines(s.byLevel, full),
        });
        if (s.changed.length > 0) {
          doc.push({
            kind: 'note',
            id: `qualify_changed_${s.view.credential.id}`,
            lines: [[`Changed for ${name} in V${matrix.version}: ${s.changed.map(changeText).join('; ')}.`]],
          });
        }
      }
      break;
    }
    case 'role': {
      const at = body.level ? ` at ${body.level}` : '';
      doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} ${roleName(body.role)}${at}` });
      const { shown, more } = counted(body.atLevel, upTo(QUALIFY_LIST_LIMIT));
      doc.push({
        kind: 'list',
        id: 'qualify_at_level',
        intro: body.level
          ? `Listed at ${body.level}, cheapest first:`
          : `Listed certifications, cheapest first (each at the one level the matrix lists it):`,
        items: [...shown.map((o) => optionLine(o, namer, body.level === null)), ...moreLine(more, 'option')],
      });
      if (body.unpriced > 0) {
        doc.push({
          kind: 'note',
          id: 'qualify_unpriced',
          lines: [
            [
              `${plural(body.unpriced, 'option')} without a US-dollar price in certdesk’s sources ${body.unpriced === 1 ? 'comes' : 'come'} last.`,
            ],
          ],
        });
      }
      if (body.otherLevels.length > 0) {
        const other = counted(body.otherLevels, upTo(6));
        doc.push({
          kind: 'list',
          id: 'qualify_other_levels',
          intro: 'Listed for this role at other levels:',
          items: [...other.shown.map((o) => optionLine(o, namer, true)), ...moreLine(other.more, 'option')],
        });
        doc.push({
          kind: 'note',
          id: 'qualify_levels_note',
          lines: [
            [
              'The matrix lists each certification once per role, at one level; it does not say whether a higher listing covers a lower-level position.',
            ],
          ],
        });
      }
      break;
    }
    case 'no-options':
      doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} ${roleName(body.role)}` });
      doc.push({
        kind: 'para',
        id: 'qualify_no_options',
        lines: [
          [
            `The matrix V${matrix.version} lists no certification for ${roleName(body.role)}: qualify through its other options — education, DoD or commercial training, or the experience alternative — as your component directs.`,
          ],
        ],
      });
      break;
    case 'ambiguous-role':
      doc.push({ kind: 'title', id: 'qualify_title', text: `Which work role do you mean by “${body.text}”?` });
      doc.push({
        kind: 'list',
        id: 'qualify_candidates',
        items: body.roles.map((r) => [bold(r.code), ` ${r.title} (${r.element})`]),
      });
      doc.push({
        kind: 'note',
        id: 'qualify_ask',
        lines: [[`Ask again with the code, for example “8140 ${body.roles[0]?.code ?? '511'}”.`]],
      });
      break;
    case 'holdings': {
      const names = body.held.map((v) => namer.credential(v.credential.id));
      doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName} work roles for ${names.join(' + ')}` });
      const { shown, more } = counted(body.roles, upTo(QUALIFY_LIST_LIMIT));
      doc.push({
        kind: 'list',
        id: 'qualify_holdings',
        intro: `${plural(new Set(body.roles.map((r) => r.role.code)).size, 'work role')} listed:`,
        items: [
          ...shown.map(
            (r): Line => [bold(roleName(r.role)), ` — ${r.level}, by ${r.by.map(namer.credential).join(' and ')}`],
          ),
          ...moreLine(more, 'listing'),
        ],
      });
      break;
    }
    case 'most-roles': {
      const held = body.held.map((v) => namer.credential(v.credential.id));
      doc.push({
        kind: 'title',
        id: 'qualify_title',
        text:
          held.length > 0
            ? `What adds the most ${matrix.shortName} work roles to ${held.join(' + ')}`
            : `The certifications listed for the most ${matrix.shortName} work roles`,
      });
      const { shown } = counted(body.ranked, upTo(5));
      doc.push({
        kind: 'list',
        id: 'qualify_ranked',
        ordered: true,
        items: shown.map(
          (r): Line => [
            bold(namer.credential(r.view.credential.id)),
            ` — adds ${plural(r.added.length, 'work role')}${r.raised.length > 0 ? `, raises ${r.raised.length}` : ''}`,
            ` · ${r.price === null ? 'no US-dollar price in certdesk’s sources' : formatAmount(r.price, 'USD')}`,
            r.canSit === false ? ' · needs a credential you did not name' : '',
          ],
        ),
      });
      break;
    }
    case 'changes': {
      doc.push({ kind: 'title', id: 'qualify_title', text: `What changed in ${matrix.shortName} V${matrix.version}` });
      const kinds = ['added', 'modified', 'deleted'] as const;
      for (const kind of kinds) {
        const list = body.changes.filter((c) => c.kind === kind);
        if (list.length === 0) continue;
        const { shown, more } = counted(list, upTo(8));
        doc.push({
          kind: 'list',
          id: `qualify_changes_${kind}`,
          intro: `${kind === 'added' ? 'Added' : kind === 'modified' ? 'Moved to another level' : 'Removed'}: ${list.length}`,
          items: [
            ...shown.map((c): Line => [bold(c.certification), ` for ${roleName(c.role)}: ${changeText(c)}`]),
            ...moreLine(more, 'change'),
          ],
        });
      }
      if (body.previous) {
        doc.push({
          kind: 'note',
          id: 'qualify_previous',
          lines: [
            [`Against V${body.previous}${body.previousEffective ? ` (effective ${body.previousEffective})` : ''}.`],
          ],
        });
      }
      break;
    }
    case 'ai': {
      doc.push({ kind: 'title', id: 'qualify_title', text: `AI-security credentials and ${matrix.shortName}` });
      doc.push({
        kind: 'para',
        id: 'qualify_ai',
        lines: [
          body.listedAi.length === 0
            ? [
                `None of the AI-security credentials in certdesk’s catalog is listed in the matrix V${matrix.version}${
                  body.aiCredentials.length > 0
                    ? ` (${body.aiCredentials
                        .map((v) => namer.credential(v.credential.id))
                        .slice(0, upTo(6))
                        .join(', ')}${body.aiCredentials.length > upTo(6) ? ' …' : ''})`
                    : ''
                }.`,
              ]
            : [`Listed: ${body.listedAi.map((v) => namer.credential(v.credential.id)).join(', ')}.`],
        ],
      });
      if (body.closest.length > 0) {
        doc.push({
          kind: 'list',
          id: 'qualify_ai_closest',
          intro: 'The closest listed ones are those the AI-security credentials build on:',
          items: body.closest
            .slice(0, upTo(5))
            .map(
              (c): Line => [
                bold(namer.credential(c.view.credential.id)),
                ` — listed for ${plural(c.roles, 'work role')}; opens ${c.opens.map((v) => namer.credential(v.credential.id)).join(', ')}`,
              ],
            ),
        });
      }
      if (body.rolesWithoutOptions.length > 0) {
        doc.push({
          kind: 'para',
          id: 'qualify_ai_roles',
          lines: [
            [
              `The AI and data work roles ${body.rolesWithoutOptions.map(roleName).join(', ')} have no certification option at all in V${matrix.version}.`,
            ],
          ],
        });
      }
      break;
    }
    case 'overview':
      doc.push({ kind: 'title', id: 'qualify_title', text: matrix.name });
      doc.push({
        kind: 'para',
        id: 'qualify_overview',
        lines: [
          [
            `V${matrix.version} lists ${plural(body.certifications, 'certification')} in the catalog as options for ${plural(body.roles, 'work role')}. Ask “is CISSP 8140 approved”, “8140 511 intermediate” or “I hold CySA+, which work roles am I qualified for?”`,
          ],
        ],
      });
      break;
  }
  doc.push(...readAs);
  doc.push({ kind: 'note', id: 'qualify_meaning', lines: [[matrix.listedMeans]] });
  // The address on a line of its own: a long address cannot wrap inside a sentence in a terminal.
  doc.push({
    kind: 'note',
    id: 'qualify_source',
    lines: [[`Source: ${matrix.title} (read ${matrix.verified}):`], [link(matrix.url, matrix.url)]],
  });
  return doc;
}

function changeText(c: { kind: string; before: string | null; after: string | null }): string {
  if (c.kind === 'added') return `added at ${c.after}`;
  if (c.kind === 'deleted') return `removed (was ${c.before})`;
  if (c.kind === 'modified') return `${c.before} → ${c.after}`;
  return `unchanged (${c.after})`;
}

/** One sentence for notifications and clients without blocks. */
export function summarizeQualify(answer: QualifyAnswerBody, namer: Namer): string {
  const { matrix, body } = answer;
  const v = `${matrix.shortName} V${matrix.version}`;
  switch (body.kind) {
    case 'credential':
      return body.subjects
        .map(
          (s) =>
            `${namer.credential(s.view.credential.id)}: ${s.total === 0 ? `not listed in ${v}` : `listed for ${plural(s.total, 'work role')} in ${v}`}`,
        )
        .join('; ');
    case 'role':
      return `${v} ${roleName(body.role)}${body.level ? ` at ${body.level}` : ''}: ${plural(body.atLevel.length, 'listed option')}.`;
    case 'no-options':
      return `${v} lists no certification for ${roleName(body.role)}.`;
    case 'ambiguous-role':
      return `Which work role do you mean by “${body.text}”?`;
    case 'holdings':
      return `${plural(new Set(body.roles.map((r) => r.role.code)).size, 'work role')} listed in ${v} for what you hold.`;
    case 'most-roles': {
      const top = body.ranked[0];
      return top
        ? `${namer.credential(top.view.credential.id)} adds the most ${v} work roles (${top.added.length}).`
        : `Nothing adds ${v} work roles.`;
    }
    case 'changes':
      return `${plural(body.changes.filter((c) => c.kind !== 'unchanged').length, 'change')} in ${v}.`;
    case 'ai':
      return body.listedAi.length === 0
        ? `No AI-security credential is listed in ${v}.`
        : `Listed in ${v}: ${body.listedAi.map((x) => namer.credential(x.credential.id)).join(', ')}.`;
    case 'overview':
      return `${matrix.name} V${matrix.version}, effective ${matrix.effective}.`;
  }
}
