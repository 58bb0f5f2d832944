import type { QualifyAnswerBody } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { plural } from './format-values.js';
import { roleName } from './qualify-lists.js';

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
