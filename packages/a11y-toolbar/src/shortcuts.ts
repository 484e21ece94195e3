/**
 * Optional keyboard shortcuts. Every one needs Alt+Shift, so no single key
 * press triggers anything (WCAG 2.1.4), and the visitor can turn them off.
 * Matched on `event.code` because Shift changes `event.key`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ShortcutAction = 'toggle' | 'larger' | 'smaller' | 'read' | 'stop' | 'captions' | 'reset';

export const SHORTCUTS: ReadonlyArray<{ code: string; keys: string; action: ShortcutAction }> = [
  { code: 'KeyA', keys: 'Alt+Shift+A', action: 'toggle' },
  { code: 'Equal', keys: 'Alt+Shift+=', action: 'larger' },
  { code: 'Minus', keys: 'Alt+Shift+-', action: 'smaller' },
  { code: 'KeyR', keys: 'Alt+Shift+R', action: 'read' },
  { code: 'KeyS', keys: 'Alt+Shift+S', action: 'stop' },
  { code: 'KeyC', keys: 'Alt+Shift+C', action: 'captions' },
  { code: 'Digit0', keys: 'Alt+Shift+0', action: 'reset' },
];

export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  return SHORTCUTS.find((s) => s.code === event.code)?.action;
}

/** Listens for the shortcuts on the whole page while the host is connected and they are enabled. */
export class ShortcutsController implements ReactiveController {
  readonly #enabled: () => boolean;
  readonly #run: (action: ShortcutAction) => void;

  constructor(host: ReactiveControllerHost, enabled: () => boolean, run: (action: ShortcutAction) => void) {
    this.#enabled = enabled;
    this.#run = run;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onKeyDown);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.#enabled()) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    this.#run(action);
  };
}
