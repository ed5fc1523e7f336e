/**
 * A choice list is declared once as `{ code: 'Dutch label' }`; the codes array and the union type are
 * derived from it, so a code can never exist without a label (the Record type enforces completeness).
 */
export type Labels = Readonly<Record<string, string>>;

/** The codes of a label object, in declaration order, frozen (usable with class-validator `@IsIn`). */
export function codesVan<const L extends Labels>(labels: L): readonly (keyof L & string)[] {
  return Object.freeze(Object.keys(labels)) as readonly (keyof L & string)[];
}

/** Type guard for untrusted input (HTTP bodies, CSV imports). */
export function isKeuze<T extends string>(lijst: readonly T[], waarde: unknown): waarde is T {
  return typeof waarde === 'string' && (lijst as readonly string[]).includes(waarde);
}
