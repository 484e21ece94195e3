/** A generated document's body sections written out as plain text or as the restricted HTML the directory sanitizes. */
import type { Section } from './document-drafts.js';

/** Renders sections as plain text (line breaks only). */
export function sectionsToText(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== '') out.push(section.heading);
    section.paragraphs.forEach((p, i) => out.push(section.list === true && !/^（/u.test(p) ? `${i + 1}. ${p}` : p));
    if (section.table !== undefined) {
      out.push(section.table.head.join('  '));
      for (const row of section.table.rows) out.push(row.join('  '));
    }
  }
  return out.join('\n');
}

const escapeHtml = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Renders sections as HTML with p, h2, ol/li, strong and table only. */
export function sectionsToHtml(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading !== '') out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.list === true) {
      const items = section.paragraphs.map((p) => {
        const m = /^（[一二三四五六]）([^。]+。)(.*)$/u.exec(p);
        return m === null ? `<li>${escapeHtml(p)}</li>` : `<li><strong>${escapeHtml(m[1]!)}</strong>${escapeHtml(m[2]!)}</li>`;
      });
      out.push(`<ol>${items.join('')}</ol>`);
    } else {
      for (const p of section.paragraphs) for (const line of p.split('\n')) out.push(`<p>${escapeHtml(line)}</p>`);
    }
    if (section.table !== undefined) {
      const head = `<tr>${section.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
      const rows = section.table.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
      out.push(`<table>${head}${rows}</table>`);
    }
  }
  return out.join('\n');
}
