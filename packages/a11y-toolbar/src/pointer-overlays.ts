/**
 * Moves the reading guide, crosshair and large cursor with the pointer (and
 * the reading guide with keyboard focus). Positions are written as custom
 * properties through the CSSOM (`style.setProperty`), which a strict CSP
 * allows, unlike `style="…"` markup. One write per animation frame.
 */
export class PointerOverlays {
  #layer: HTMLElement | undefined;
  #frame = 0;
  #x = -1000;
  #y = -1000;
  #pointerInside = false;

  /** The element whose custom properties `--_x`, `--_y` the overlays read. */
  attach(layer: HTMLElement | null): void {
    this.#layer = layer ?? undefined;
    this.#write();
  }

  /** A mouse or pen moved: overlays follow it. Touch has no cursor to enlarge. */
  onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.#pointerInside = true;
    this.#moveTo(event.clientX, event.clientY);
  }

  onPointerLeave(): void {
    this.#pointerInside = false;
    this.#layer?.toggleAttribute('data-pointer-outside', true);
  }

  /** Keyboard focus moved: the reading guide goes to the focused element's line. */
  onFocus(target: Element): void {
    const rect = target.getBoundingClientRect();
    this.#moveTo(this.#pointerInside ? this.#x : rect.left, rect.top + rect.height / 2);
  }

  #moveTo(x: number, y: number): void {
    this.#x = x;
    this.#y = y;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#write();
    });
  }

  #write(): void {
    const layer = this.#layer;
    if (!layer) return;
    layer.style.setProperty('--_x', `${Math.round(this.#x)}px`);
    layer.style.setProperty('--_y', `${Math.round(this.#y)}px`);
    layer.toggleAttribute('data-pointer-outside', !this.#pointerInside);
  }

  dispose(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
