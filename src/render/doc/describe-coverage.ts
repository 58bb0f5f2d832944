import type { AnswerOf } from '../../answer/types.js';
import { DEPTH_ORDER, depthLabel } from './credential-extras.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { sourceNames } from './format-values.js';

type Coverage = AnswerOf<'coverage'>;

function gapsPart(answer: Coverage): Doc {
  if (answer.gaps.length === 0) return [];
  return [
    {
      kind: 'list',
      id: 'coverage_gaps',
      title: 'What none of them cover well',
      items: answer.gaps.map((t): Line => [bold(t.name), ` — ${t.gap_note ?? t.description}`]),
    },
  ];
}

/** Which credentials test a topic, by depth, then what none of them cover well. */
export function describeCoverage(answer: Coverage): Doc {
  const { topic } = answer;
  const doc: Doc = [
    {
      kind: 'title',
      id: 'coverage_title',
      text: topic ? `Which credentials test ${topic.name}` : 'What AI-security credentials do not cover well',
    },
  ];
  if (topic) {
    doc.push({ kind: 'para', id: 'coverage_topic', lines: [[topic.description]] });
    if (topic.gap) {
      doc.push({
        kind: 'warning',
        id: 'coverage_gap',
        line: [`No credential in the catalog tests this well.${topic.gap_note ? ` ${topic.gap_note}` : ''}`],
      });
    }
    for (const depth of DEPTH_ORDER) {
      const matches = answer.matches.filter((m) => m.depth === depth);
      if (matches.length === 0) continue;
      doc.push({
        kind: 'list',
        id: `coverage_${depth}`,
        title: depthLabel(depth),
        items: matches.map(
          (m): Line => [
            bold(m.view.credential.acronym),
            ` — ${m.view.credential.name} (${m.view.issuer.name})${m.note ? `: ${m.note}` : ''}`,
          ],
        ),
      });
    }
    if (answer.matches.length === 0) {
      doc.push({ kind: 'para', id: 'coverage_none', lines: [['No credential in the catalog lists this topic.']] });
    }
  }
  doc.push(...gapsPart(answer));
  if (answer.sources.length > 0) {
    doc.push({ kind: 'note', id: 'coverage_sources', lines: [[`Sources: ${sourceNames(answer.sources)}`]] });
  }
  return doc;
}
