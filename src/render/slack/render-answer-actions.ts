import type { Answer, AnswerOf } from '../../answer/types.js';
import type { Credential } from '../../catalog/schema.js';
import type { Namer } from '../doc/create-namer.js';
import type { More } from '../doc/describe-answer.js';
import { ACTION_IDS, BLOCK_IDS, CARD_FULL_IDS } from './action-ids.js';
import { BLOCK_KIT_LIMITS as L, truncateText } from './block-kit-limits.js';
import type { ActionElement, ActionsBlock, ButtonElement, SelectOption, StaticSelectElement } from './block-types.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { plainText } from './render-doc-blocks.js';
import { remindButtonFor } from './render-remind-offer.js';

/**
 * JSON with < > & written as \u escapes: JSON.parse gives the text back unchanged, yet no mention
 * sequence (`<!channel>`) appears literally anywhere in what is sent to Slack.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** JSON {"q": question} within the button value limit: a very long question is cut. */
export function shareValue(question: string): string {
  let q = question.trim();
  let value = safeJson({ q });
  while (value.length > L.buttonValue) {
    q = q.slice(0, q.length - Math.max(1, Math.ceil((value.length - L.buttonValue) / 6)));
    value = safeJson({ q });
  }
  return value;
}

export function shareButton(question: string): ButtonElement {
  return {
    type: 'button',
    action_id: ACTION_IDS.shareAnswer,
    text: plainText('Share in channel', L.buttonText),
    value: shareValue(question),
  };
}

/** Show all: carries the question (not the list), answered again when clicked. */
export function showAllButton(question: string): ButtonElement {
  return {
    type: 'button',
    action_id: ACTION_IDS.showAll,
    text: plainText('Show all', L.buttonText),
    value: shareValue(question),
  };
}

function button(actionId: string, text: string, value: unknown): ButtonElement {
  return { type: 'button', action_id: actionId, text: plainText(text, L.buttonText), value: JSON.stringify(value) };
}

/** The compare menu's share of the ~12k message budget; the least related options go first. */
const COMPARE_MENU_CHARS = 3500;

/** Other credentials to compare with: related ones first, then the same track, then the rest by acronym. */
function compareSelect(answer: AnswerOf<'lookup'>, namer: Namer): StaticSelectElement | null {
  const self = answer.subject.credential;
  const related = answer.related.map((v) => v.credential.id);
  const rank = (c: Credential) => {
    const r = related.indexOf(c.id);
    return r >= 0 ? r : c.track === self.track ? related.length : related.length + 1;
  };
  const others = namer
    .credentials()
    .filter((c) => c.id !== self.id)
    .sort((a, b) => rank(a) - rank(b) || a.acronym.localeCompare(b.acronym) || a.id.localeCompare(b.id));
  const options: SelectOption[] = [];
  let chars = 0;
  for (const c of others.slice(0, L.selectOptions)) {
    const option: SelectOption = {
      text: { type: 'plain_text', text: plainText(`${namer.credential(c.id)} — ${c.name}`, L.optionText).text },
      value: JSON.stringify({ a: self.id, b: c.id }).slice(0, L.optionValue),
    };
    chars += JSON.stringify(option).length + 1;
    if (chars > COMPARE_MENU_CHARS) break;
    options.push(option);
  }
  if (options.length === 0) return null;
  return {
    type: 'static_select',
    action_id: ACTION_IDS.cardCompare,
    placeholder: plainText('Compare with…', L.placeholderText),
    options,
  };
}

export interface ActionOptions {
  shareable: boolean;
  /** What the answer left for a tap (describeAnswer's `more`): a More details or Show all button. */
  more?: More | null;
}

/**
 * The buttons under an answer: card actions on a lookup, "Remind this channel" on help and deadlines,
 * and "Share in channel" when shareable.
 */
export function answerActions(answer: Answer, namer: Namer, options: ActionOptions): ActionsBlock[] {
  const elements: ActionElement[] = [];
  if (answer.intent === 'lookup') {
    // Every source, with its standing and date, is under More details (the Sources button of older cards still works).
    const id = answer.subject.credential.id;
    elements.push({ ...button(ACTION_IDS.cardDetails, 'More details', { id }), style: 'primary' });
    const select = compareSelect(answer, namer);
    if (select) elements.push(select);
    elements.push(button(ACTION_IDS.cardPrereqs, 'Prerequisites', { id }));
  }
  if (options.more === 'all') {
    elements.push({ ...showAllButton(answer.question), style: 'primary' });
  }
  if (answer.intent === 'fact') {
    // One Full card button per credential the fact answer is about (a few at most).
    for (const [k, actionId] of CARD_FULL_IDS.entries()) {
      const v = answer.subjects[k];
      if (!v) break;
      const id = v.credential.id;
      const text = answer.subjects.length > 1 ? `Full card: ${namer.credential(id)}` : 'Full card';
      elements.push(button(actionId, text, { id }));
    }
  }
  const remind = remindButtonFor(answer);
  if (remind) elements.push(remind);
  if (options.shareable && answer.intent !== 'unknown') elements.push(shareButton(answer.question));
  if (elements.length === 0) return [];
  const blockId = answer.intent === 'lookup' ? BLOCK_IDS.cardActions : BLOCK_IDS.answerActions;
  return [{ type: 'actions', block_id: blockId, elements: elements.slice(0, L.actionsElements) }];
}

/** "Shared by <@U123>" when the id looks like a Slack user id; otherwise the text, escaped. */
export function sharedByText(sharedBy: string): string {
  return /^[UW][A-Z0-9]{2,30}$/.test(sharedBy)
    ? `Shared by <@${sharedBy}>`
    : `Shared by ${truncateText(escapeMrkdwn(sharedBy), 100)}`;
}
