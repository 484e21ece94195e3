/**
 * The element contract of test/contract/element-contract.ts (DESIGN §6), with one difference:
 * its Tab-order check expects every radio button to be a Tab stop, but browsers make a radio
 * group ONE Tab stop (the checked radio; arrow keys move inside the group). This form has a
 * radio group, so the Tab check here counts a group once (and a date input, which takes a Tab per segment,
 * once). Everything else is the shared check.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HOSTILE_CSS, settled } from '../../../test/contract/element-contract.js';
import type { ElementContract } from '../../../test/contract/element-contract.js';
import { expectNoAxeViolations } from '../../../test/helpers/axe.js';

/** Tab stops in order, with each radio group reduced to its checked radio (or its first). */
export function tabStops(root: ShadowRoot): HTMLElement[] {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const all = [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'));
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = all.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name);
    const stop = group.find((radio) => radio.checked) ?? group[0];
    return stop === el;
  });
}

export function runContract(contract: ElementContract): void {
  describe(`<${contract.tag}> contract`, () => {
    it('renders its content inside part="base"', async () => {
      const element = await contract.mount();
      expect(element.shadowRoot!.querySelector('[part~="base"]')).to.exist;
      element.remove();
    });

    for (const state of contract.states) {
      it(`has no axe violations: ${state.name}`, async () => {
        const element = await contract.mount();
        await state.enter?.(element);
        await settled(element);
        await expectNoAxeViolations(element, state.name);
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
      expect(expected.length).to.be.greaterThan(10);
      before.focus();
      const reached: Element[] = [];
      // A native date input takes one Tab per segment (year, month, day): count it once.
      for (let presses = 0; reached.length < expected.length && presses < expected.length * 4; presses++) {
        await sendKeys({ press: 'Tab' });
        const active = element.shadowRoot!.activeElement ?? document.activeElement!;
        if (reached.at(-1) !== active) reached.push(active);
      }
      const name = (el: Element | undefined) => (el ? `${el.tagName.toLowerCase()}#${el.id}` : 'nothing');
      const first = expected.findIndex((el, i) => reached[i] !== el);
      expect(first, `Tab ${first + 1} reached ${name(reached[first])}, expected ${name(expected[first])}`).to.equal(-1);
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
      const event = (await failed) as CustomEvent<{ code: string; path?: string }>;
      expect(event.detail.code).to.equal('invalid');
      expect(event.detail.path).to.equal(contract.brokenPath);
      await settled(element);
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert!.textContent).to.contain(contract.brokenPath);
      await expectNoAxeViolations(element, 'error');
      element.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled(element);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The data cannot be shown');
    });
  });
}
