/** One thing wrong with a catalog: which file, which field, what. */
export interface CatalogProblem {
  file: string;
  /** Dotted field path, e.g. `exam.minutes.claims.0.sources`; `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export function formatProblem(p: CatalogProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** The catalog could not be loaded; carries every problem found, not just the first. */
export class CatalogError extends Error {
  readonly code = 'catalog_invalid';
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}
