/**
 * Defensive registration. A portal may load the all-in-one bundle twice, or
 * two versions of it (an old CMS template plus a new widget): a second
 * `customElements.define` of the same tag would throw and stop the rest of
 * that script. We keep the first definition and warn once per page — the
 * flag lives on globalThis under a registry symbol, so copies of Gongkai
 * that share nothing else still share it.
 */
const WARNED = Symbol.for('gongkai.duplicate-definition-warned');

export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, constructor);
    return;
  }
  const page = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (existing === constructor || page[WARNED]) return;
  page[WARNED] = true;
  const version = (c: unknown) => (c as { version?: string }).version ?? 'unknown';
  console.warn(
    `[gongkai] Gongkai is loaded more than once on this page: <${tag}> is already defined (version ${version(existing)}), so this copy (version ${version(constructor)}) was not registered, nor will its other elements be. Load Gongkai once per page.`,
  );
}
