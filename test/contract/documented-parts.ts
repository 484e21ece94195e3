/**
 * "Every rendered part is documented" (docs/design.md §6, Theming): the `part` names an element
 * renders in a state must all be in its custom-elements.json (its `@csspart` tags), because a
 * portal can only style what it has been told about. The manifests are written by
 * `npm run build` (scripts/build-manifests.mjs); without them this fails and says so.
 */
import { expect } from '@open-wc/testing';

const manifests = new Map<string, Promise<Set<string>>>();

/** The parts `<tag>`'s manifest documents (`gk-power-catalog` → packages/power-catalog/custom-elements.json). */
export function documentedParts(tag: string): Promise<Set<string>> {
  let parts = manifests.get(tag);
  if (!parts) {
    parts = fetch(`/packages/${tag.replace(/^gk-/, '')}/custom-elements.json`).then(async (response) => {
      if (!response.ok) throw new Error(`no custom-elements.json for <${tag}> (${response.status}): run npm run build first`);
      const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }> }> }> };
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      return new Set((declaration?.cssParts ?? []).map((p) => p.name));
    });
    manifests.set(tag, parts);
  }
  return parts;
}

/** Every `part` name rendered in `root` (Gongkai elements nest no shadow roots of their own). */
export function renderedParts(root: ShadowRoot): Set<string> {
  const found = new Set<string>();
  for (const element of root.querySelectorAll('[part]')) for (const name of element.part) found.add(name);
  return found;
}

export async function expectPartsDocumented(element: HTMLElement, state: string): Promise<void> {
  const documented = await documentedParts(element.localName);
  const missing = [...renderedParts(element.shadowRoot!)].filter((name) => !documented.has(name));
  expect(missing, `<${element.localName}> renders undocumented part(s) in state "${state}"`).to.deep.equal([]);
}
