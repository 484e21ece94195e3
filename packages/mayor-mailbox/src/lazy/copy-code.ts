/**
 * Copies a receipt code (letter number, query code) to the clipboard; without clipboard permission
 * it selects the code on the page so Ctrl+C works. In the lazy chunk with the receipt it serves.
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
