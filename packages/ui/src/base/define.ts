/**
 * Defensive registration. A portal may load the all-in-one bundle twice, or
 * two versions of it (an old CMS template plus a new widget): a second
 * `customElements.define` of the same tag would throw and stop the rest of
 * that script. We warn once per tag instead and keep the first definition.
 */
const warned = new Set<string>();

export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  warned.add(tag);
  const version = (c: unknown) => (c as { version?: string }).version ?? 'unknown';
  console.warn(`[gongkai] <${tag}> is already defined (version ${version(existing)}); this copy (version ${version(constructor)}) was not registered. Load Gongkai once per page.`);
}
