/**
 * Sending, in the words of a letter. The view itself — sending, not sent yet (with the time of
 * the next automatic attempt and "retry now"), failed, or "may already have been received" after
 * a key reused with another letter — is @gongkai/ui's; nothing is called a receipt until the
 * server has answered 201.
 */
import type { TemplateResult } from 'lit';
import { msg, str, formatClockTime } from '@gongkai/ui';
// A subpath, not the package index: the view belongs to the forms' lazy chunk, and a bundler
// splitting by module would otherwise put it in every first load that imports the index.
import { renderSubmissionProgress, renderPendingNotice as renderPending } from '@gongkai/ui/submission-progress';
import type { SubmissionProgressModel } from '@gongkai/ui/submission-progress';
import type { Locale } from '@gongkai/ui';

export type ProgressViewModel = Omit<SubmissionProgressModel, 'texts' | 'reusedTexts'>;

/** On the form after a reload: a letter was being sent when the page closed, and no answer arrived. */
export function renderPendingNotice(since: number, locale: Locale): TemplateResult {
  const time = formatClockTime(since, locale);
  return renderPending(
    msg(str`页面关闭时，有一封信件正在提交（${time}），尚未收到回执，可能已被收到。`, { id: 'mm.pending.title' }),
    msg('请按原样重新填写姓名、联系电话、电子邮箱和地址，然后再次提交：如果那封信件已被收到，将直接显示它的回执，不会重复提交。', { id: 'mm.pending.advice' }),
  );
}

export function renderProgress(m: ProgressViewModel): TemplateResult {
  return renderSubmissionProgress({
    ...m,
    texts: {
      sending: msg('正在提交信件，请稍候…', { id: 'mm.progress.sending' }),
      waiting: msg('信件尚未提交成功，将自动重试。', { id: 'mm.progress.waiting' }),
      noDuplicate: msg('重试不会产生重复的信件。', { id: 'mm.progress.noDuplicate' }),
      notSent: msg('信件尚未提交成功。', { id: 'mm.progress.notSent' }),
      gaveUp: msg('多次尝试后仍无法连接服务器。请检查网络后点击“立即重试”；您填写的内容不会丢失，重试也不会产生重复的信件。', { id: 'mm.progress.gaveUp' }),
      failed: msg('信件未能提交。', { id: 'mm.progress.failed' }),
      backToForm: msg('返回修改信件', { id: 'mm.action.backToForm' }),
    },
    // An earlier attempt's letter differed, usually a retyped phone or e-mail.
    reusedTexts: {
      title: msg('这封信件可能已经提交过，本次没有提交。', { id: 'mm.reused.title' }),
      explain: msg('此前有一次提交没有收到回执，那封信件可能已被收到。本次填写的内容与那次不完全相同（例如联系电话或电子邮箱），所以无法确认是不是同一封信件。', { id: 'mm.reused.explain' }),
      same: msg('如果是同一封信件：请返回按那次的内容填写后再提交，将显示那封信件的回执，不会重复提交。', { id: 'mm.reused.same' }),
      lookup: msg('如果您已收到信件编号和查询码，可以查询办理情况。', { id: 'mm.reused.lookup' }),
      asNew: msg('如果这是另一封信件，或您确定要再提交一次，可以作为新信件提交；可能因此收到两封信件。', { id: 'mm.reused.new' }),
      back: msg('返回核对信件', { id: 'mm.reused.back' }),
      lookupAction: msg('查询信件', { id: 'mm.reused.lookupAction' }),
      sendAsNew: msg('作为新信件提交', { id: 'mm.reused.sendAsNew' }),
    },
  });
}
