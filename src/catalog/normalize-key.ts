/** The form two names are compared in: lowercase letters and digits only ("SCS-C03" and "scs c03" meet as "scsc03"). */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
