/**
 * Copies a receipt code (tracking or letter number, query code) to the clipboard; without
 * clipboard permission it selects the code on the page (the element with `data-code="…"` in
 * `root`) so Ctrl+C works. Resolves true when copied. Both forms' receipts use it, from their
 * lazy chunks.
 */
export async function copyCode(root: ParentNode, text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const code = root.querySelector(`[data-code="${what}"]`);
    const selection = getSelection();
    if (code && selection) {
      const range = document.createRange();
      range.selectNodeContents(code);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return false;
  }
}
