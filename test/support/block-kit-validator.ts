/**
 * Checks messages and views against Block Kit's limits (Slack's block reference). Returns problems as sentences; [] means valid. Written on its own,
 * not from the renderer's limits table, so that a wrong limit there is caught here.
 * Escaping of user text is not checked here: tests scan for mention sequences separately.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MESSAGE_BLOCKS = 50;
const VIEW_BLOCKS = 100;
const MESSAGE_BLOCKS_JSON = 12_000;
const MESSAGE_TEXT = 40_000;

class Problems {
  readonly list: string[] = [];
  add(where: string, problem: string) {
    this.list.push(`${where}: ${problem}`);
  }
}

function checkLength(p: Problems, where: string, value: unknown, max: number, what: string, required = true) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string') {
    p.add(where, `${what} must be a string`);
    return;
  }
  if (value.length === 0) p.add(where, `${what} is empty`);
  if (value.length > max) p.add(where, `${what} is ${value.length} chars, over ${max}`);
}

function checkText(p: Problems, where: string, value: unknown, max: number, plainOnly = false) {
  if (!isRecord(value)) {
    p.add(where, 'text object missing');
    return;
  }
  if (value.type !== 'plain_text' && (plainOnly || value.type !== 'mrkdwn')) {
    p.add(where, `text type ${String(value.type)} not allowed${plainOnly ? ' (plain_text only)' : ''}`);
  }
  checkLength(p, where, value.text, max, 'text');
}

/** Options as Slack takes them: 1 to 100, text up to 75, value up to 150, values unique. */
function checkOptionList(p: Problems, where: string, options: unknown, field = 'options', allowEmpty = false) {
  if (!Array.isArray(options) || (options.length === 0 && !allowEmpty)) {
    p.add(where, `${field} needs 1 to 100 options`);
    return;
  }
  if (options.length > 100) p.add(where, `${options.length} ${field}, over 100`);
  const values = new Set<unknown>();
  for (const [i, option] of (options as unknown[]).entries()) {
    const at = `${where}.${field}[${i}]`;
    if (!isRecord(option)) {
      p.add(at, 'option is not an object');
      continue;
    }
    checkText(p, `${at}.text`, option.text, 75, true);
    checkLength(p, at, option.value, 150, 'value');
    if (values.has(option.value)) p.add(at, `duplicate option value ${String(option.value)}`);
    values.add(option.value);
  }
}

function checkElement(p: Problems, where: string, element: unknown) {
  if (!isRecord(element)) {
    p.add(where, 'element is not an object');
    return;
  }
  checkLength(p, where, element.action_id, 255, 'action_id', false);
  switch (element.type) {
    case 'button':
      checkText(p, `${where}.text`, element.text, 75, true);
      checkLength(p, where, element.value, 2000, 'value', false);
      checkLength(p, where, element.url, 3000, 'url', false);
      if (element.value === undefined && element.url === undefined && element.action_id === undefined) {
        p.add(where, 'button has neither value, url nor action_id');
      }
      return;
    case 'static_select':
    case 'multi_static_select': {
      checkText(p, `${where}.placeholder`, element.placeholder, 150, true);
      const options = element.options;
      if (!Array.isArray(options) || options.length === 0) {
        p.add(where, `${String(element.type)} needs 1 to 100 options`);
        return;
      }
      if (options.length > 100) p.add(where, `${options.length} options, over 100`);
      const values = new Set<unknown>();
      for (const [i, option] of (options as unknown[]).entries()) {
        const at = `${where}.options[${i}]`;
        if (!isRecord(option)) {
          p.add(at, 'option is not an object');
          continue;
        }
        checkText(p, `${at}.text`, option.text, 75, true);
        checkLength(p, at, option.value, 150, 'value');
        if (values.has(option.value)) p.add(at, `duplicate option value ${String(option.value)}`);
        values.add(option.value);
      }
      // Initial choices must be among the options, exactly (Slack refuses the view otherwise).
      // (Multi-selects whose initial options span option groups have been reported to fail in Slack.)
      const initial = [
        ...(element.initial_option === undefined ? [] : [element.initial_option]),
        ...(Array.isArray(element.initial_options) ? element.initial_options : []),
      ];
      if (element.initial_options !== undefined && !Array.isArray(element.initial_options)) {
        p.add(where, 'initial_options must be an array');
      }
      const known = new Set((options as unknown[]).map((o) => JSON.stringify(o)));
      for (const choice of initial) {
        if (!known.has(JSON.stringify(choice)))
          p.add(where, `initial choice ${JSON.stringify(choice)} is not one of the options`);
      }
      return;
    }
    case 'external_select':
    case 'multi_external_select': {
      // Options come from the app's options URL (block_suggestion); initial ones are given whole.
      checkText(p, `${where}.placeholder`, element.placeholder, 150, true);
      if (element.options !== undefined || element.option_groups !== undefined)
        p.add(where, `${String(element.type)} takes no options or option_groups (they come from the options URL)`);
      const min = element.min_query_length;
      if (min !== undefined && (typeof min !== 'number' || !Number.isInteger(min) || min < 0))
        p.add(where, 'min_query_length must be a whole number, 0 or more');
      if (element.type === 'multi_external_select' && element.initial_options !== undefined)
        checkOptionList(p, where, element.initial_options, 'initial_options');
      if (element.type === 'multi_external_select' && element.initial_option !== undefined)
        p.add(where, 'multi_external_select takes initial_options, not initial_option');
      if (element.type === 'external_select' && element.initial_option !== undefined)
        checkOptionList(p, where, [element.initial_option], 'initial_option');
      return;
    }
    case 'plain_text_input': {
      checkLength(p, where, element.initial_value, 3000, 'initial_value', false);
      if (element.placeholder !== undefined) checkText(p, `${where}.placeholder`, element.placeholder, 150, true);
      const max = element.max_length;
      if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 3000))
        p.add(where, 'max_length must be 1 to 3000');
      if (typeof max === 'number' && typeof element.initial_value === 'string' && element.initial_value.length > max) {
        p.add(where, 'initial_value is longer than max_length');
      }
      return;
    }
    case 'image':
      checkLength(p, where, element.image_url, 3000, 'image_url');
      checkLength(p, where, element.alt_text, 2000, 'alt_text');
      return;
    default:
      p.add(where, `element type ${String(element.type)} is not one this validator knows`);
  }
}

function checkTable(p: Problems, where: string, block: Json) {
  const rows = block.rows;
  if (!Array.isArray(rows) || rows.length === 0) return p.add(where, 'table needs rows');
  if (rows.length > 100) p.add(where, `table has ${rows.length} rows, over 100`);
  for (const [r, row] of (rows as unknown[]).entries()) {
    if (!Array.isArray(row)) {
      p.add(`${where}.rows[${r}]`, 'row is not an array');
      continue;
    }
    if (row.length > 20) p.add(`${where}.rows[${r}]`, `${row.length} cells, over 20`);
    for (const [c, cell] of (row as unknown[]).entries()) {
      const at = `${where}.rows[${r}][${c}]`;
      if (!isRecord(cell)) {
        p.add(at, 'cell is not an object');
        continue;
      }
      if (cell.type === 'raw_text') checkLength(p, at, cell.text, 10_000, 'text');
      else if (cell.type !== 'rich_text')
        p.add(at, `cell type ${String(cell.type)} not allowed (raw_text or rich_text)`);
    }
  }
  const settings = block.column_settings;
  if (settings !== undefined && (!Array.isArray(settings) || settings.length > 20)) {
    p.add(where, 'column_settings must be an array of at most 20');
  }
}

function checkBlock(p: Problems, where: string, block: Json, surface: 'message' | 'view') {
  switch (block.type) {
    case 'section': {
      if (block.text === undefined && block.fields === undefined) p.add(where, 'section needs text or fields');
      if (block.text !== undefined) checkText(p, `${where}.text`, block.text, 3000);
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields)) return p.add(where, 'fields must be an array');
        if (block.fields.length > 10) p.add(where, `${block.fields.length} fields, over 10`);
        for (const [i, field] of (block.fields as unknown[]).entries())
          checkText(p, `${where}.fields[${i}]`, field, 2000);
      }
      if (block.accessory !== undefined) checkElement(p, `${where}.accessory`, block.accessory);
      return;
    }
    case 'header':
      return checkText(p, `${where}.text`, block.text, 150, true);
    case 'context': {
      const elements = block.elements;
      if (!Array.isArray(elements) || elements.length === 0) return p.add(where, 'context needs elements');
      if (elements.length > 10) p.add(where, `context has ${elements.length} elements, over 10`);
      for (const [i, e] of (elements as unknown[]).entries()) {
        if (isRecord(e) && e.type === 'image') checkElement(p, `${where}.elements[${i}]`, e);
        else checkText(p, `${where}.elements[${i}]`, e, 3000);
      }
      return;
    }
    case 'divider':
      return;
    case 'actions': {
      const elements = block.elements;
      if (!Array.isArray(elements) || elements.length === 0) return p.add(where, 'actions needs elements');
      if (elements.length > 25) p.add(where, `actions has ${elements.length} elements, over 25`);
      const ids = new Set<unknown>();
      for (const [i, e] of (elements as unknown[]).entries()) {
        checkElement(p, `${where}.elements[${i}]`, e);
        if (isRecord(e) && e.action_id !== undefined) {
          if (ids.has(e.action_id)) p.add(where, `action_id ${String(e.action_id)} repeats in one block`);
          ids.add(e.action_id);
        }
      }
      return;
    }
    case 'table':
      if (surface === 'view') p.add(where, 'table blocks are allowed in messages only');
      return checkTable(p, where, block);
    case 'input': {
      if (surface !== 'view') p.add(where, 'input blocks belong in modals and Home tabs');
      checkText(p, `${where}.label`, block.label, 2000, true);
      if (block.hint !== undefined) checkText(p, `${where}.hint`, block.hint, 2000, true);
      if (block.optional !== undefined && typeof block.optional !== 'boolean')
        p.add(where, 'optional must be a boolean');
      if (!isRecord(block.element)) return p.add(where, 'input needs an element');
      const inputElements = [
        'plain_text_input',
        'static_select',
        'multi_static_select',
        'external_select',
        'multi_external_select',
      ];
      if (!inputElements.includes(String(block.element.type))) {
        p.add(where, `input element ${String(block.element.type)} is not one this validator knows`);
        return;
      }
      if (block.element.action_id === undefined) p.add(where, 'input element needs an action_id');
      return checkElement(p, `${where}.element`, block.element);
    }
    case 'rich_text':
      if (!Array.isArray(block.elements)) p.add(where, 'rich_text needs elements');
      return;
    default:
      p.add(where, `block type ${String(block.type)} is not one this validator knows`);
  }
}

function checkBlocks(p: Problems, blocks: unknown, surface: 'message' | 'view') {
  if (!Array.isArray(blocks)) return p.add('blocks', 'must be an array');
  const max = surface === 'message' ? MESSAGE_BLOCKS : VIEW_BLOCKS;
  if (blocks.length > max) p.add('blocks', `${blocks.length} blocks, over ${max} per ${surface}`);
  if (blocks.length === 0 && surface === 'view') p.add('blocks', 'a view needs at least one block');
  const blockIds = new Set<unknown>();
  let tables = 0;
  for (const [i, block] of (blocks as unknown[]).entries()) {
    if (!isRecord(block)) {
      p.add(`blocks[${i}]`, 'block is not an object');
      continue;
    }
    const where = `blocks[${i}] (${String(block.type)}${block.block_id === undefined ? '' : ` ${String(block.block_id)}`})`;
    if (block.block_id !== undefined) {
      checkLength(p, where, block.block_id, 255, 'block_id');
      if (blockIds.has(block.block_id)) p.add(where, `block_id ${String(block.block_id)} is not unique`);
      blockIds.add(block.block_id);
    }
    if (block.type === 'table') tables++;
    checkBlock(p, where, block, surface);
  }
  if (tables > 1) p.add('blocks', `${tables} table blocks; Slack allows one per message`);
}

/** A chat message (postMessage, respond, ack body). */
export function validateMessage(msg: { text: string; blocks?: unknown[] }): string[] {
  const p = new Problems();
  if (typeof msg.text !== 'string' || msg.text.trim() === '') p.add('text', 'fallback text is missing');
  else if (msg.text.length > MESSAGE_TEXT) p.add('text', `${msg.text.length} chars, over ${MESSAGE_TEXT}`);
  if (msg.blocks !== undefined) {
    checkBlocks(p, msg.blocks, 'message');
    const size = JSON.stringify(msg.blocks).length;
    if (size > MESSAGE_BLOCKS_JSON) p.add('blocks', `${size} chars of JSON, over the ~${MESSAGE_BLOCKS_JSON} budget`);
  }
  return p.list;
}

/** A Home tab or modal view (views.publish / views.open). */
export function validateView(view: unknown): string[] {
  const p = new Problems();
  if (!isRecord(view)) return ['view: not an object'];
  if (view.type !== 'home' && view.type !== 'modal')
    p.add('type', `view type ${String(view.type)} is not home or modal`);
  if (view.type === 'modal') {
    checkText(p, 'title', view.title, 24, true);
    if (view.close !== undefined) checkText(p, 'close', view.close, 24, true);
    if (view.submit !== undefined) checkText(p, 'submit', view.submit, 24, true);
    checkLength(p, 'callback_id', view.callback_id, 255, 'callback_id', false);
    checkLength(p, 'private_metadata', view.private_metadata, 3000, 'private_metadata', false);
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isRecord(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) p.add('submit', 'a modal with inputs needs a submit button');
  }
  checkBlocks(p, view.blocks, 'view');
  return p.list;
}

/**
 * An answer to a block_suggestion (an external select's options): {options} of at most 100, or
 * {option_groups} of at most 100 groups (label up to 75) of at most 100 options each.
 */
export function validateOptionsResponse(body: unknown): string[] {
  const p = new Problems();
  if (!isRecord(body)) return ['response: not an object'];
  if (body.options !== undefined && body.option_groups !== undefined) p.add('response', 'options and option_groups');
  if (body.option_groups !== undefined) {
    const groups = body.option_groups;
    if (!Array.isArray(groups)) return ['option_groups: must be an array'];
    if (groups.length > 100) p.add('option_groups', `${groups.length} groups, over 100`);
    for (const [i, g] of (groups as unknown[]).entries()) {
      if (!isRecord(g)) {
        p.add(`option_groups[${i}]`, 'not an object');
        continue;
      }
      checkText(p, `option_groups[${i}].label`, g.label, 75, true);
      checkOptionList(p, `option_groups[${i}]`, g.options);
    }
  } else {
    // No match is an empty list, which Slack shows as "no results".
    checkOptionList(p, 'response', body.options, 'options', true);
  }
  return p.list;
}
