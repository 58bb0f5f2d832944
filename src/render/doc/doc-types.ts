/**
 * A platform-neutral description of an answer: what to say, in what order. The Slack renderer
 * turns it into blocks, the terminal renderer into plain text, so both say the same things.
 * All strings here are raw (unescaped); each renderer escapes for its surface.
 */

/** A run of text: plain, or marked up. */
export type Inline = string | { text: string; bold?: boolean; code?: boolean; url?: string };

/** One line of inline runs. */
export type Line = Inline[];

export interface FactItem {
  label: string;
  value: Line;
}

export interface GridRow {
  label: string;
  cells: string[];
}

export interface SourceItem {
  label: string;
  title: string;
  url?: string | undefined;
  verified: string;
  /** Its standing: "issuer's own page", "third party". */
  tier?: string;
}

/** What a choice asks exactly when it is a catalog entry, so a click never re-reads words. */
export type ChoicePick = { credential: string } | { compare: [string, string] } | { role: string };

/** A choice a person would otherwise retype: a button or menu item in Slack, a command in the terminal. */
export interface Choice {
  label: string;
  /** A few words after the label: "Advanced in AI Audit (ISACA)". */
  detail?: string | undefined;
  /** The question it asks, as a person would type it. */
  question: string;
  pick?: ChoicePick | undefined;
}

export type Part =
  /** The answer's title: one short line. */
  | { kind: 'title'; id: string; text: string }
  /** Lines of body text. */
  | { kind: 'para'; id: string; lines: Line[] }
  /** Short labelled facts, shown side by side where the surface can; `lead`: lines said above them. */
  | { kind: 'facts'; id: string; title?: string; items: FactItem[]; lead?: Line[] }
  /** A bulleted or numbered list. */
  | { kind: 'list'; id: string; title?: string; intro?: string; items: Line[]; ordered?: boolean }
  /** Small print: dates, attributions, hints. */
  | { kind: 'note'; id: string; lines: Line[] }
  /** Something the reader must not miss (stale data, retired credential). */
  | { kind: 'warning'; id: string; line: Line }
  | { kind: 'divider'; id: string }
  /**
   * The sources behind what was said, strongest first, and the date the entry was checked. With `more`
   * (a summary): only the strongest is named and `more` others are counted. `notes`: small print said
   * with them (what rests on third parties, what is not in certdesk's sources).
   */
  | { kind: 'sources'; id: string; items: SourceItem[]; asOf: string; more?: number; notes?: Line[] }
  /** A comparison: one column per subject, one row per fact. */
  | { kind: 'grid'; id: string; corner: string; columns: string[]; rows: GridRow[] }
  /** Things to pick from (roles, candidates of a shared acronym, "did you mean"), under a short prompt. */
  | { kind: 'choices'; id: string; prompt: string; items: Choice[] };

export type Doc = Part[];

export const bold = (text: string): Inline => ({ text, bold: true });
export const code = (text: string): Inline => ({ text, code: true });
export const link = (text: string, url: string): Inline => ({ text, url });
