/**
 * Plain-text bodies as published: lines separated by newlines, often with
 * runs of spaces, no-break and ideographic spaces used for layout, and blank
 * lines made of such spaces (see the seeds). Each non-blank line becomes a
 * paragraph; layout spacing inside a line shrinks to one space, so a
 * right-aligned signature does not push the text off a phone screen.
 */
export function textParagraphs(content: string): string[] {
  const paragraphs: string[] = [];
  for (const line of content.split(/\r\n?|\n/)) {
    // JavaScript's \s covers U+00A0 and U+3000 as well as ASCII spaces and tabs.
    const cleaned = line.replace(/\s{2,}/g, ' ').trim();
    if (cleaned !== '') paragraphs.push(cleaned);
  }
  return paragraphs;
}
