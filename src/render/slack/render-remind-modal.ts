/**
 * The "Remind this channel" modal (pure): the same choices as `/cert remind …` — credentials, or one
 * issuer, lead days and the hour — with the channel carried in private_metadata. Also the small notice
 * view a submission is replaced with when it cannot be carried out. The ids here are a contract with
 * modals already open: never rename them.
 *
 * The credential picker is an external select: the catalog outgrows a static select's 100 options, so
 * Slack asks for options as the person types (block_suggestion), answered by `renderCredentialOptions`;
 * the credentials the modal is opened for are its initial options, whatever their issuer.
 */
import { DEFAULT_HOUR, DEFAULT_LEADS } from '../../reminders/reminder-types.js';
import { BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import type { Block, PlainText, SelectOption } from './block-types.js';
import { mrkdwn, plainText } from './render-doc-blocks.js';
import { type RemindPrefill, section } from './render-remind-parts.js';

export const REMIND_MODAL = {
  callbackId: 'remind_modal',
  /** block_id → action_id of each input. */
  inputs: {
    credentials: { block: 'remind_credentials', action: 'credentials' },
    issuer: { block: 'remind_issuer', action: 'issuer' },
    leads: { block: 'remind_leads', action: 'leads' },
    hour: { block: 'remind_hour', action: 'hour' },
  },
} as const;

/** Modal and input limits (Slack's view and input block references). */
const MODAL_LIMITS = { title: 24, button: 24, label: 2000, hint: 2000, privateMetadata: 3000 } as const;

export interface MultiStaticSelectElement {
  type: 'multi_static_select';
  action_id: string;
  placeholder: PlainText;
  options: SelectOption[];
  initial_options?: SelectOption[];
}

/** Options loaded as the person types (Bolt's `app.options`); initial_options need not be among any list. */
export interface MultiExternalSelectElement {
  type: 'multi_external_select';
  action_id: string;
  placeholder: PlainText;
  min_query_length?: number;
  initial_options?: SelectOption[];
}

export interface InputStaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  options: SelectOption[];
  initial_option?: SelectOption;
}

export interface PlainTextInputElement {
  type: 'plain_text_input';
  action_id: string;
  initial_value?: string;
  placeholder?: PlainText;
  max_length?: number;
}

export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: MultiStaticSelectElement | MultiExternalSelectElement | InputStaticSelectElement | PlainTextInputElement;
  hint?: PlainText;
  optional?: boolean;
}

export interface ModalView {
  type: 'modal';
  callback_id: string;
  title: PlainText;
  submit?: PlainText;
  close: PlainText;
  private_metadata?: string;
  blocks: (Block | InputBlock)[];
}

/** A catalog entry the modal offers: id, and what the option shows. */
export interface RemindChoice {
  id: string;
  label: string;
}

export interface RemindModalInput {
  /** The channel the reminders are for (a Slack channel id). */
  channel: string;
  /** Every credential the picker may offer; those the prefill names become its initial options. */
  credentials: readonly RemindChoice[];
  issuers: readonly RemindChoice[];
  prefill?: RemindPrefill | undefined;
}

function option(choice: RemindChoice): SelectOption {
  return { text: plainText(choice.label, L.optionText), value: choice.id.slice(0, L.optionValue) };
}

/** The answer to a block_suggestion for the credential picker: at most 100 options, in the order given. */
export function renderCredentialOptions(choices: readonly RemindChoice[]): { options: SelectOption[] } {
  return { options: choices.slice(0, L.selectOptions).map(option) };
}

/**
 * The fewest typed characters before Slack asks for options. 0: Slack asks as soon as the menu opens
 * (empty text, answered with the first 100 by label) and then on every character, so short acronyms
 * ("A+", "AI") are found too.
 */
export const CREDENTIAL_MIN_QUERY = 0;

function hourOption(hour: number): SelectOption {
  const text = `${String(hour).padStart(2, '0')}:00`;
  return { text: plainText(text, L.optionText), value: String(hour) };
}

/** The channel in private_metadata: {"channel": "C…"}. */
export function remindModalMetadata(channel: string): string {
  return JSON.stringify({ channel }).slice(0, MODAL_LIMITS.privateMetadata);
}

function input(
  key: keyof typeof REMIND_MODAL.inputs,
  label: string,
  element: InputBlock['element'],
  extra: { hint?: string; optional?: boolean } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: REMIND_MODAL.inputs[key].block,
    label: plainText(label, MODAL_LIMITS.label),
    element,
    ...(extra.hint === undefined ? {} : { hint: plainText(extra.hint, MODAL_LIMITS.hint) }),
    ...(extra.optional ? { optional: true } : {}),
  };
}

export function renderRemindModal(m: RemindModalInput): ModalView {
  const issuerOptions = m.issuers.slice(0, L.selectOptions).map(option);
  const chosen = new Set(m.prefill?.credentials ?? []);
  const initialCredentials = m.credentials
    .filter((c) => chosen.has(c.id))
    .slice(0, L.selectOptions)
    .map(option);
  const initialIssuer = issuerOptions.find((o) => o.value === m.prefill?.issuer);
  const hours = Array.from({ length: 24 }, (_, h) => hourOption(h));
  const channel = /^[CGD][A-Z0-9]{2,30}$/.test(m.channel) ? `<#${m.channel}>` : 'this channel';
  const blocks: (Block | InputBlock)[] = [
    {
      type: 'section',
      block_id: 'remind_modal_intro',
      text: mrkdwn(
        `Post a reminder in ${channel} before each dated change: retirements, last exam days, new versions, launches, price and outline changes.`,
      ),
    },
    input(
      'credentials',
      'Credentials',
      {
        type: 'multi_external_select',
        action_id: REMIND_MODAL.inputs.credentials.action,
        placeholder: plainText('Every credential (type to find one)', L.placeholderText),
        min_query_length: CREDENTIAL_MIN_QUERY,
        ...(initialCredentials.length > 0 ? { initial_options: initialCredentials } : {}),
      },
      { optional: true, hint: 'Leave empty, with no issuer, to hear about every dated change in the catalog.' },
    ),
    input(
      'issuer',
      'Or one issuer’s credentials',
      {
        type: 'static_select',
        action_id: REMIND_MODAL.inputs.issuer.action,
        placeholder: plainText('Any issuer', L.placeholderText),
        options: issuerOptions,
        ...(initialIssuer ? { initial_option: initialIssuer } : {}),
      },
      { optional: true },
    ),
    input(
      'leads',
      'Days before each change',
      {
        type: 'plain_text_input',
        action_id: REMIND_MODAL.inputs.leads.action,
        initial_value: DEFAULT_LEADS.join(', '),
        placeholder: plainText('90, 30, 7, 1', L.placeholderText),
        max_length: 100,
      },
      { hint: 'Whole days, separated by commas; 0 is the day itself.' },
    ),
    input(
      'hour',
      'At',
      {
        type: 'static_select',
        action_id: REMIND_MODAL.inputs.hour.action,
        placeholder: plainText('Hour', L.placeholderText),
        options: hours,
        initial_option: hourOption(DEFAULT_HOUR),
      },
      { hint: 'In your Slack time zone.' },
    ),
  ];
  return {
    type: 'modal',
    callback_id: REMIND_MODAL.callbackId,
    title: plainText('Remind this channel', MODAL_LIMITS.title),
    submit: plainText('Remind', MODAL_LIMITS.button),
    close: plainText('Cancel', MODAL_LIMITS.button),
    private_metadata: remindModalMetadata(m.channel),
    blocks,
  };
}

/** What a submitted modal turns into when it cannot be carried out (a refusal, the app not in the channel). */
export function renderRemindNoticeView(text: string): ModalView {
  return {
    type: 'modal',
    callback_id: `${REMIND_MODAL.callbackId}_notice`,
    title: plainText('Remind this channel', MODAL_LIMITS.title),
    close: plainText('Close', MODAL_LIMITS.button),
    blocks: [section('remind_notice', text)],
  };
}
