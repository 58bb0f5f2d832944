/**
 * Card buttons carry credential ids; the engine takes questions. Ids are the strongest name the engine
 * resolves (unique even where acronyms collide), so these questions read back exactly what was clicked.
 */
export function compareQuestion(a: string, b: string): string {
  return `${a} vs ${b}`;
}

export function prerequisitesQuestion(id: string): string {
  return `what do I need before ${id}`;
}
