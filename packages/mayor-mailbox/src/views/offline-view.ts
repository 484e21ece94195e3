/**
 * Writing and lookup need a server speaking the contract (`api`). A page with only a static
 * archive (`src`) says so and links to the portal's own page for writing, when `write-url` is
 * given and its scheme is safe.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@gongkai/ui';
import { isSafeUrl } from '@gongkai/schema';

export function renderOffline(what: 'write' | 'lookup', writeUrl: string | undefined): TemplateResult {
  const link = writeUrl && isSafeUrl(writeUrl) ? writeUrl : undefined;
  return html`<div class="gk-notice offline" role="note">
    <p>${what === 'write'
      ? msg('在线写信需要门户网站的在线服务，本页面暂未开通。', { id: 'mm.offline.write' })
      : msg('查询信件需要门户网站的在线服务，本页面暂未开通。', { id: 'mm.offline.lookup' })}</p>
    ${link ? html`<p><a href=${link}>${msg('前往本网站的写信页面', { id: 'mm.offline.link' })}</a></p>` : nothing}
  </div>`;
}
