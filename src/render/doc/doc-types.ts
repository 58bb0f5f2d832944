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
  | { kind: 'grid'; id: string; corner: string; columns: string[]; rows: GridRow[] };

export type Doc = Part[];

export const bold = (text: string): Inline => ({ text, bold: true });
export const code = (text: string): Inline => ({ text, code: true });
export const link = (text: string, url: string): Inline => ({ text, url });
