/**
 * Choices as Block Kit: up to five as buttons under their prompt, more as one menu. Each carries what it
 * asks (ids, or the question), never the answer: a click answers it afresh from the catalog.
 */
import type { Choice, ChoicePick, Part } from '../doc/doc-types.js';
import { ACTION_IDS, CHOICE_IDS } from './action-ids.js';
import { BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { Block, ButtonElement, PlainText, SelectOption } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** Plain text with no `<` or `>` (so nothing sent can read as a mention), clamped. */
function plain(text: string, max: number): PlainText {
  return {
    type: 'plain_text',
    text: truncateText(text.replace(/</g, '‹').replace(/>/g, '›'), max) || ' ',
    emoji: true,
  };
}

/** JSON with < > & as \u escapes, as the Share button's value. */
const json = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function pickValue(pick: ChoicePick): Record<string, string> {
  if ('credential' in pick) return { id: pick.credential };
  if ('compare' in pick) return { a: pick.compare[0], b: pick.compare[1] };
  return { role: pick.role };
}

/** The value of a choice within `max` characters, or null when even the shortest form does not fit. */
export function choiceValue(choice: Choice, max: number): string | null {
  if (choice.pick) {
    const value = json(pickValue(choice.pick));
    return value.length <= max ? value : null;
  }
  let q = choice.question.trim();
  let value = json({ q });
  while (value.length > max && q.length > 0) {
    q = q.slice(0, q.length - Math.max(1, Math.ceil((value.length - max) / 6)));
    value = json({ q });
  }
  return q.length > 0 ? value : null;
}

const itemLine = (c: Choice) => `• *${escapeMrkdwn(c.label)}*${c.detail ? ` — ${escapeMrkdwn(c.detail)}` : ''}`;

export function choiceBlocks(part: Extract<Part, { kind: 'choices' }>): Block[] {
  const prompt = `*${escapeMrkdwn(part.prompt)}*`;
  if (part.items.length <= CHOICE_IDS.length) {
    const buttons = part.items.flatMap((choice, i): ButtonElement[] => {
      const value = choiceValue(choice, L.buttonValue);
      const actionId = CHOICE_IDS[i];
      return value === null || actionId === undefined
        ? []
        : [{ type: 'button', action_id: actionId, text: plain(choice.label, L.buttonText), value }];
    });
    // Details the buttons cannot hold are listed above them.
    const lines = part.items.some((c) => c.detail) ? part.items.map(itemLine) : [];
    return [
      {
        type: 'section',
        block_id: part.id,
        text: { type: 'mrkdwn', text: truncateText([prompt, ...lines].join('\n'), L.sectionText) },
      },
      ...(buttons.length > 0 ? [{ type: 'actions' as const, block_id: `${part.id}_actions`, elements: buttons }] : []),
    ];
  }
  const options = part.items.slice(0, L.selectOptions).flatMap((choice): SelectOption[] => {
    const value = choiceValue(choice, L.optionValue);
    const text = choice.detail ? `${choice.label} — ${choice.detail}` : choice.label;
    return value === null ? [] : [{ text: plain(text, L.optionText), value }];
  });
  const unique = options.filter((o, i) => options.findIndex((x) => x.value === o.value) === i);
  return [
    {
      type: 'section',
      block_id: part.id,
      text: { type: 'mrkdwn', text: truncateText(prompt, L.sectionText) },
      ...(unique.length > 0
        ? {
            accessory: {
              type: 'static_select' as const,
              action_id: ACTION_IDS.answerChoiceMenu,
              placeholder: plain('Choose…', L.placeholderText),
              options: unique,
            },
          }
        : {}),
    },
  ];
}
