/**
 * Step 3: sending, in the words of an application. The view itself — sending, not sent yet (with
 * the time of the next automatic attempt and "retry now"), failed, or "may already have been
 * received" after a key reused with other answers — is @gongkai/ui's; nothing is called a receipt
 * until the server has answered 201.
 */
import type { TemplateResult } from 'lit';
import { msg, str, formatClockTime } from '@gongkai/ui';
// A subpath, not the package index: the view belongs to the forms' lazy chunk, and a bundler
// splitting by module would otherwise put it in every first load that imports the index.
import { renderSubmissionProgress, renderPendingNotice as renderPending } from '@gongkai/ui/submission-progress';
import type { SubmissionProgressModel } from '@gongkai/ui/submission-progress';
import type { Locale } from '@gongkai/ui';

export type ProgressViewModel = Omit<SubmissionProgressModel, 'texts' | 'reusedTexts'>;

/** On the form after a reload: an application was being sent when the page closed, and no answer arrived. */
export function renderPendingNotice(since: number, locale: Locale): TemplateResult {
  const time = formatClockTime(since, locale);
  return renderPending(
    msg(str`页面关闭时，有一份申请正在提交（${time}），尚未收到回执，可能已被受理。`, { id: 'dr.pending.title' }),
    msg('请按原样重新填写证件号码、联系电话和电子邮箱，然后再次提交：如果那份申请已被受理，将直接显示它的回执，不会重复提交。', { id: 'dr.pending.advice' }),
  );
}

export function renderProgress(m: ProgressViewModel): TemplateResult {
  return renderSubmissionProgress({
    ...m,
    texts: {
      sending: msg('正在提交申请，请稍候…', { id: 'dr.progress.sending' }),
      waiting: msg('申请尚未提交成功，将自动重试。', { id: 'dr.progress.waiting' }),
      noDuplicate: msg('重试不会产生重复的申请。', { id: 'dr.progress.noDuplicate' }),
      notSent: msg('申请尚未提交成功。', { id: 'dr.progress.notSent' }),
      gaveUp: msg('多次尝试后仍无法连接服务器。请检查网络后点击“立即重试”；您填写的内容不会丢失，重试也不会产生重复的申请。', { id: 'dr.progress.gaveUp' }),
      failed: msg('申请未能提交。', { id: 'dr.progress.failed' }),
      backToForm: msg('返回修改申请', { id: 'dr.action.backToForm' }),
    },
    // An earlier attempt's answers differed, usually a retyped ID number, phone or e-mail.
    reusedTexts: {
      title: msg('这份申请可能已经提交过，本次没有提交。', { id: 'dr.reused.title' }),
      explain: msg('此前有一次提交没有收到回执，那份申请可能已被受理。本次填写的内容与那次不完全相同（例如证件号码、联系电话或电子邮箱），所以无法确认是不是同一份申请。', { id: 'dr.reused.explain' }),
      same: msg('如果是同一份申请：请返回按那次的内容填写后再提交，将显示那份申请的回执，不会重复提交。', { id: 'dr.reused.same' }),
      lookup: msg('如果您已收到申请编号和查询码，可以查询办理进度。', { id: 'dr.reused.lookup' }),
      asNew: msg('如果这是另一份申请，或您确定要再提交一份，可以作为新申请提交；受理机关可能因此收到两份申请。', { id: 'dr.reused.new' }),
      back: msg('返回核对申请', { id: 'dr.reused.back' }),
      lookupAction: msg('查询办理进度', { id: 'dr.tabs.lookup' }),
      sendAsNew: msg('作为新申请提交', { id: 'dr.reused.sendAsNew' }),
    },
  });
}
