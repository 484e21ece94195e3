/** A facet: a dimension records can be filtered and counted by (power type, department, year…). */
export interface FacetDefinition<T> {
  name: string;
  /** The record's value(s) for this facet; a record with several values counts under each. */
  get: (record: T) => string | string[] | undefined | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** The distinct non-empty values of one record for one facet. */
export function facetValues<T>(facet: FacetDefinition<T>, record: T): string[] {
  const raw = facet.get(record);
  if (raw == null) return [];
  if (!Array.isArray(raw)) return raw === '' ? [] : [String(raw)];
  const values: string[] = [];
  for (const value of raw) {
    if (value == null || value === '') continue;
    const text = String(value);
    if (!values.includes(text)) values.push(text);
  }
  return values;
}

/** Count desc, then value in code-unit order (deterministic across locales and machines). */
export function compareFacetCounts(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
