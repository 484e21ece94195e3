/**
 * Agency scope of staff reads and actions: the agency ids a caller works for. `undefined` means
 * unrestricted and is used only inside the server (the writer's rating, intake); every staff
 * route passes the caller's agencies. An empty list sees nothing.
 */
import type { SqlValue } from '../storage/db.js';

export type Scope = readonly string[];

export function inScope(scope: Scope | undefined, agencyId: string | null): boolean {
  return scope === undefined || (agencyId !== null && scope.includes(agencyId));
}

/** Adds `column IN (…)` (or a condition nothing meets, for an empty scope) to a WHERE list. */
export function scopeCondition(scope: Scope | undefined, column: string, where: string[], params: SqlValue[]): void {
  if (scope === undefined) return;
  if (scope.length === 0) {
    where.push('1 = 0');
    return;
  }
  where.push(`${column} IN (${scope.map(() => '?').join(', ')})`);
  params.push(...scope);
}
