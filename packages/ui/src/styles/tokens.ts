/**
 * Design tokens. Portals theme with the public `--gk-*` custom properties;
 * components read only the private `--_*` ones, which fall back to the
 * defaults here, so renaming an internal never breaks a portal's theme.
 *
 * The default look is a restrained Chinese government portal: white, dark
 * text, one red accent (#b3261e passes 4.5:1 on white), square-ish corners.
 *
 * @cssprop --gk-color-accent - Accent colour: links, primary buttons, focus (default #b3261e)
 * @cssprop --gk-color-accent-contrast - Text on the accent colour (default #fff)
 * @cssprop --gk-color-text - Body text (default #1f1f1f)
 * @cssprop --gk-color-text-muted - Secondary text (default #595959)
 * @cssprop --gk-color-surface - Background (default #fff)
 * @cssprop --gk-color-surface-alt - Alternate background for headers and stripes (default #f5f5f5)
 * @cssprop --gk-color-border - Borders (default #8c8c8c)
 * @cssprop --gk-color-danger - Errors (default #b3261e)
 * @cssprop --gk-color-success - Success and valid badges (default #1e6b34)
 * @cssprop --gk-color-warning - Warnings (default #7a4b00)
 * @cssprop --gk-color-mark - Background of highlighted search matches (default #fff3b0)
 * @cssprop --gk-color-mark-text - Text of highlighted search matches (default #1f1f1f)
 * @cssprop --gk-font-family - Font stack (default system Chinese sans-serif)
 * @cssprop --gk-font-size - Body text size (default 16px)
 * @cssprop --gk-line-height - Body line height (default 1.6)
 * @cssprop --gk-radius - Corner radius (default 4px)
 * @cssprop --gk-space - Base spacing unit (default 8px)
 * @cssprop --gk-focus-ring - Focus outline colour (default #1a5fb4)
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_accent: var(--gk-color-accent, #b3261e);
    --_accent-contrast: var(--gk-color-accent-contrast, #fff);
    --_text: var(--gk-color-text, #1f1f1f);
    --_text-muted: var(--gk-color-text-muted, #595959);
    --_surface: var(--gk-color-surface, #fff);
    --_surface-alt: var(--gk-color-surface-alt, #f5f5f5);
    --_border: var(--gk-color-border, #8c8c8c);
    --_danger: var(--gk-color-danger, #b3261e);
    --_success: var(--gk-color-success, #1e6b34);
    --_warning: var(--gk-color-warning, #7a4b00);
    --_mark: var(--gk-color-mark, #fff3b0);
    --_mark-text: var(--gk-color-mark-text, #1f1f1f);
    --_font: var(--gk-font-family, system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif);
    --_font-size: var(--gk-font-size, 16px);
    --_line-height: var(--gk-line-height, 1.6);
    --_radius: var(--gk-radius, 4px);
    --_space: var(--gk-space, 8px);
    --_focus: var(--gk-focus-ring, #1a5fb4);
  }
`;
