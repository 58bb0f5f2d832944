/**
 * Every warning names the credential it is about: on a comparison or a list a bare "Retired since
 * 2026-04-01" could be about any of them. Warnings that already name the credential stay as they are.
 */
import { bold, type Doc, type Inline, type Part } from './doc-types.js';

const runText = (run: Inline) => (typeof run === 'string' ? run : run.text);

/** Warnings of `doc` that do not mention `name` get it in front: "MLS-C01: Retired since …". */
export function nameWarnings(doc: Doc, name: string): Doc {
  return doc.map((part): Part => {
    if (part.kind !== 'warning' || part.line.map(runText).join('').includes(name)) return part;
    return { ...part, line: [bold(name), ': ', ...part.line] };
  });
}
