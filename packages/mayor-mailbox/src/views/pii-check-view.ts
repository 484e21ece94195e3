/**
 * Shown instead of sending when a publishable letter seems to contain personal data: go back and
 * edit, send without publishing, or send anyway.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@gongkai/ui';
import type { PersonalDataKind } from '../pii.js';
import { personalDataNames } from './write-view.js';

export interface PersonalDataCheckModel {
  kinds: readonly PersonalDataKind[];
  onEdit: () => void;
  onSendPrivately: () => void;
  onSendAnyway: () => void;
}

/** Shown instead of sending when a publishable letter contains personal data. */
export function renderPersonalDataCheck(m: PersonalDataCheckModel): TemplateResult {
  return html`<section class="pii-check" part="pii-warning" tabindex="-1" aria-labelledby="mm-pii-title">
    <h3 class="pii-check__title" id="mm-pii-title">${msg('请注意：信件中可能含有个人信息', { id: 'mm.pii.title' })}</h3>
    <p>${msg(str`您同意公开本信，而信件标题或内容中似乎有${personalDataNames(m.kinds)}。公开的信件任何人都能看到。`, { id: 'mm.pii.text' })}</p>
    <div class="actions">
      <button type="button" class="gk-button gk-button--primary pii-edit" @click=${m.onEdit}>${msg('返回修改内容', { id: 'mm.pii.edit' })}</button>
      <button type="button" class="gk-button pii-private" @click=${m.onSendPrivately}>${msg('不公开，直接提交', { id: 'mm.pii.private' })}</button>
      <button type="button" class="gk-button pii-anyway" @click=${m.onSendAnyway}>${msg('仍然提交', { id: 'mm.pii.anyway' })}</button>
    </div>
  </section>`;
}
