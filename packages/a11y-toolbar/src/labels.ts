/**
 * Display names of the toolbar's choices, in the reader's locale.
 * Functions, not constants: `msg()` must run while the element renders.
 */
import { msg } from '@gongkai/ui';
import type { ColorScheme, CursorSize, LetterSpacing, LineSpacing } from './settings.js';

export function lineSpacingLabel(value: LineSpacing): string {
  switch (value) {
    case '1.5': return msg('1.5 倍', { id: 'a11y.line.1_5' });
    case '2': return msg('2 倍', { id: 'a11y.line.2' });
    default: return msg('默认', { id: 'a11y.default' });
  }
}

export function letterSpacingLabel(value: LetterSpacing): string {
  switch (value) {
    case 'wide': return msg('加宽', { id: 'a11y.letter.wide' });
    case 'wider': return msg('更宽', { id: 'a11y.letter.wider' });
    default: return msg('默认', { id: 'a11y.default' });
  }
}

export function colorSchemeLabel(value: ColorScheme): string {
  switch (value) {
    case 'contrast-dark': return msg('高对比度', { id: 'a11y.scheme.contrastDark' });
    case 'yellow-black': return msg('黑底黄字', { id: 'a11y.scheme.yellowBlack' });
    case 'black-white': return msg('白底黑字', { id: 'a11y.scheme.blackWhite' });
    case 'grayscale': return msg('灰度', { id: 'a11y.scheme.grayscale' });
    default: return msg('默认', { id: 'a11y.default' });
  }
}

export function cursorLabel(value: CursorSize): string {
  switch (value) {
    case 'large': return msg('大', { id: 'a11y.cursor.large' });
    case 'xlarge': return msg('特大', { id: 'a11y.cursor.xlarge' });
    default: return msg('默认', { id: 'a11y.default' });
  }
}
