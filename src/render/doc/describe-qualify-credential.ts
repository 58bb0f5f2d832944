/** A DoD 8140 answer about credentials: the work roles each is listed for, by level and element. */
import type { LevelGroup, MatrixCitation, WorkRoleRef } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { plural } from './format-values.js';
import { changeText, counted, type QualifyBodyOf, roleName } from './qualify-lists.js';

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

export function describeQualifyCredential(
  body: QualifyBodyOf<'credential'>,
  matrix: MatrixCitation,
  namer: Namer,
  full: boolean,
): Doc {
  const doc: Doc = [];
  const names = body.subjects.map((s) => namer.credential(s.view.credential.id));
  doc.push({ kind: 'title', id: 'qualify_title', text: `${matrix.shortName}: ${names.join(', ')}` });
  for (const s of body.subjects) {
    const name = namer.credential(s.view.credential.id);
    if (s.total === 0) {
      doc.push({
        kind: 'para',
        id: `qualify_none_${s.view.credential.id}`,
        lines: [[bold(name), ` is not listed for any work role in the ${matrix.shortName} matrix V${matrix.version}.`]],
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
  return doc;
}
