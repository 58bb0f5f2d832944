/**
 * What to offer when a question is not understood: the catalog names closest to the words typed,
 * the credentials an outside qualification leads to, or a few good starting points.
 */

import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { NameEntry } from '../catalog/build-name-index.js';
import { isCommonWord } from '../catalog/common-words.js';
import { requiredOf } from '../catalog/fact-values.js';
import { nearWordsOf } from '../catalog/near-words.js';
import { askFor } from './ask-for.js';
import type { Word } from './correct-typos.js';
import type { Mention } from './find-mentions.js';
import { CUE_WORDS } from './read-cues.js';
import { roleQuestion } from './role-question.js';
import type { Suggestion } from './types.js';

const STARTING_POINTS: Suggestion['kind'][] = ['credential', 'credential', 'credential', 'role', 'topic'];
const DEFAULT_CREDENTIALS = ['aaism', 'scs-c03', 'caiss', 'aif-c01'];
const LIMIT = 5;

export function suggestionFor(kind: Suggestion['kind'], id: string, index: CatalogIndex): Suggestion | null {
  switch (kind) {
    case 'credential': {
      const c = index.credential(id);
      if (!c) return null;
      return { kind, id, label: `${index.credentialLabel(id)}: ${c.name}`, ask: askFor(c, index) };
    }
    case 'role': {
      const r = index.role(id);
      if (!r) return null;
      return { kind, id, label: r.name, ask: roleQuestion(r) };
    }
    case 'topic': {
      const t = index.topic(id);
      return t ? { kind, id, label: t.name, ask: `which certs cover ${t.name}` } : null;
    }
    case 'issuer': {
      const i = index.issuer(id);
      return i ? { kind, id, label: i.name, ask: `list ${i.name} credentials` } : null;
    }
  }
}

function isSuggestible(kind: NameEntry['kind']): kind is Suggestion['kind'] {
  return kind === 'credential' || kind === 'role' || kind === 'topic' || kind === 'issuer';
}

/** Catalog names within two edits of a word the catalog does not know. */
function nearNames(word: string, index: CatalogIndex): { entry: NameEntry; distance: number }[] {
  const { names } = index;
  const out: { entry: NameEntry; distance: number }[] = [];
  const limit = word.length >= 5 ? 2 : 1;
  for (const near of nearWordsOf(names, 'suggest-short', () => names.shortNames.keys()).within(word, limit)) {
    for (const entry of names.shortNames.get(near.word) ?? []) out.push({ entry, distance: near.distance });
  }
  const oneWordNames = () => [...names.phrases.keys()].filter((key) => !key.includes(' ') && key.length >= 4);
  for (const near of nearWordsOf(names, 'suggest-phrases', oneWordNames).within(word, limit)) {
    for (const entry of names.phrases.get(near.word) ?? []) out.push({ entry, distance: near.distance + 0.5 });
  }
  return out;
}

/** Credentials that name a qualification among their prerequisites ("CIA" → AAIA). */
export function credentialsAccepting(qualification: string, index: CatalogIndex): string[] {
  return index.catalog.credentials
    .filter((c) => {
      const r = requiredOf(c);
      return (
        r !== null && r !== 'none' && r.any_of.some((a) => 'qualification' in a && a.qualification === qualification)
      );
    })
    .map((c) => c.id);
}

export function suggestClosest(
  words: readonly Word[],
  mentions: readonly Mention[],
  index: CatalogIndex,
): Suggestion[] {
  const found: { kind: Suggestion['kind']; id: string; distance: number }[] = [];
  for (const m of mentions) {
    for (const e of m.entries) {
      if (isSuggestible(e.kind)) found.push({ kind: e.kind, id: e.id, distance: 0 });
      if (e.kind === 'qualification') {
        for (const id of credentialsAccepting(e.id, index)) found.push({ kind: 'credential', id, distance: 0.5 });
      }
    }
  }
  words.forEach((w, i) => {
    const inMention = mentions.find((m) => i >= m.start && i < m.end);
    if (inMention?.entries.some((e) => e.kind !== 'qualification')) return;
    if (w.text.length < 3 || isCommonWord(w.text) || CUE_WORDS.has(w.text)) return;
    for (const { entry, distance } of nearNames(w.text, index)) {
      if (isSuggestible(entry.kind)) found.push({ kind: entry.kind, id: entry.id, distance: distance + 1 });
    }
  });
  found.sort((a, b) => a.distance - b.distance);
  const out: Suggestion[] = [];
  for (const f of found) {
    if (out.length >= LIMIT || out.some((s) => s.kind === f.kind && s.id === f.id)) continue;
    const s = suggestionFor(f.kind, f.id, index);
    if (s) out.push(s);
  }
  return out.length > 0 ? out : startingPoints(index);
}

/** A few good first questions when nothing typed is close to anything. */
export function startingPoints(index: CatalogIndex): Suggestion[] {
  const out: Suggestion[] = [];
  const credentials = DEFAULT_CREDENTIALS.filter((id) => index.credential(id));
  for (const kind of STARTING_POINTS) {
    const id =
      kind === 'credential' ? credentials.shift() : kind === 'role' ? index.catalog.roles[0]?.id : 'mitre-atlas';
    const s = id === undefined ? null : suggestionFor(kind, id, index);
    if (s) out.push(s);
  }
  return out;
}
