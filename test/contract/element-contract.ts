/**
 * The contract every Gongkai element passes (docs/design.md §6), run from each
 * element's own test file:
 *   - it renders its content on an inner `part="base"` wrapper;
 *   - axe reports nothing in each of its states, and every part it renders there is documented;
 *   - every control is reachable with Tab, in order, from outside the element;
 *   - hostile host CSS (restyling `*`, `div`, `input`, `table`, `a`) does not
 *     change its typography;
 *   - a broken data file shows the localized error view with the JSON path
 *     and fires `gk-error`.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { expectPartsDocumented } from './documented-parts.js';

export interface ContractState {
  name: string;
  /** Puts a freshly mounted, loaded element into this state. */
  enter?: (element: HTMLElement) => Promise<void>;
}

export interface ElementContract {
  tag: string;
  /** Mounts the element with valid data and resolves once it has loaded. */
  mount: () => Promise<HTMLElement>;
  /** URL of a data file whose envelope is invalid, and the JSON path the error must name. */
  brokenSrc: string;
  brokenPath: string;
  states: ContractState[];
}

export const HOSTILE_CSS = `
  * { font-size: 12px !important; line-height: 1 !important; color: #f0f !important; letter-spacing: 4px !important;
      font-family: "Comic Sans MS", serif !important; box-sizing: content-box !important; }
  html { font-size: 8px; }
  div { margin: 17px; padding: 13px; border: 5px dotted blue; background: yellow; }
  input { width: 10px; height: 5px; border: 0; display: none; }
  table { border-collapse: separate; width: 50px; }
  a { color: lime !important; display: none; }
`;

/** Waits for the element and any nested updates to settle. */
export async function settled(element: HTMLElement): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Tab stops in document order. A radio group is ONE stop (its checked radio, or its first):
 * browsers move inside the group with the arrow keys.
 */
export function tabStops(root: ShadowRoot): HTMLElement[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const all = [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'));
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = all.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name);
    return (group.find((radio) => radio.checked) ?? group[0]) === el;
  });
}

export function runElementContract(contract: ElementContract): void {
  describe(`<${contract.tag}> contract`, () => {
    it('renders its content inside part="base"', async () => {
      const element = await contract.mount();
      expect(element.shadowRoot, 'shadow root').to.exist;
      expect(element.shadowRoot!.querySelector('[part~="base"]'), 'base wrapper').to.exist;
      element.remove();
    });

    for (const state of contract.states) {
      it(`has no axe violations: ${state.name}`, async () => {
        const element = await contract.mount();
        await state.enter?.(element);
        await settled(element);
        await expectNoAxeViolations(element, state.name);
        await expectPartsDocumented(element, state.name);
        element.remove();
      });
    }

    it('lets Tab reach every control in order, entering from the page (a radio group is one stop)', async () => {
      const element = await contract.mount();
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      await settled(element);
      const expected = tabStops(element.shadowRoot!);
      expect(expected.length, 'focusable controls').to.be.greaterThan(0);
      before.focus();
      const reached: Element[] = [];
      // A native date input takes one Tab per segment (year, month, day): it counts once.
      for (let presses = 0; reached.length < expected.length && presses < expected.length * 4; presses++) {
        await sendKeys({ press: 'Tab' });
        const active = element.shadowRoot!.activeElement ?? document.activeElement!;
        if (reached.at(-1) !== active) reached.push(active);
      }
      const describe = (el: Element | undefined) => (el ? `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}"` : 'nothing');
      const firstDifference = expected.findIndex((el, i) => reached[i] !== el);
      expect(firstDifference, `Tab ${firstDifference + 1} reached ${describe(reached[firstDifference])}, expected ${describe(expected[firstDifference])}`).to.equal(-1);
      before.remove();
      element.remove();
    });

    it('keeps its typography beside hostile host CSS', async () => {
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const element = await contract.mount();
        await settled(element);
        const base = element.shadowRoot!.querySelector('[part~="base"]')!;
        const computed = getComputedStyle(base);
        expect(computed.fontSize).to.equal('16px');
        expect(computed.letterSpacing).to.equal('normal');
        expect(computed.color).not.to.equal('rgb(255, 0, 255)');
        expect(base.getBoundingClientRect().width).to.be.greaterThan(100);
        element.remove();
      } finally {
        style.remove();
      }
    });

    it('shows a localized error with the JSON path for a broken file, and fires gk-error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"></div>`);
      const element = document.createElement(contract.tag);
      const failed = oneEvent(wrapper, 'gk-error');
      element.setAttribute('src', contract.brokenSrc);
      wrapper.append(element);
      const event = (await failed) as CustomEvent<{ code: string; path?: string; message: string }>;
      expect(event.detail.code).to.equal('invalid');
      expect(event.detail.path).to.equal(contract.brokenPath);
      await settled(element);
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error view').to.exist;
      expect(alert!.textContent).to.contain(contract.brokenPath);
      expect(alert!.textContent).to.match(/[\u4e00-\u9fff]/);
      await expectNoAxeViolations(element, 'error');
      await expectPartsDocumented(element, 'error');

      element.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled(element);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The data cannot be shown');
    });
  });
}
