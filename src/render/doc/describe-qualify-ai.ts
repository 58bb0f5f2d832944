/** A DoD 8140 answer about AI-security credentials: none listed, what they build on, roles with no option. */
import type { MatrixCitation } from '../../answer/dod-8140/qualify-types.js';
import type { Namer } from './create-namer.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { plural } from './format-values.js';
import { type QualifyBodyOf, roleName } from './qualify-lists.js';

export function describeQualifyAi(
  body: QualifyBodyOf<'ai'>,
  matrix: MatrixCitation,
  namer: Namer,
  upTo: (n: number) => number,
): Doc {
  const doc: Doc = [];
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
  return doc;
}
