
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ui.counter.announceLeft': str`還可以輸入 ${0} 字`,
'ui.counter.announceOver': str`已超出 ${0} 字`,
'ui.counter.left': str`還可以輸入 ${0} 字（共 ${1} 字）`,
'ui.counter.over': str`已超出 ${0} 字，請刪減`,
'ui.empty': `沒有找到符合條件的內容。`,
'ui.empty.clear': `清除搜尋和篩選條件`,
'ui.error.more': str`另有 ${0} 處問題未列出。`,
'ui.error.retry': `重試`,
'ui.error.title': `資料無法顯示`,
'ui.error.url': `資料位址：`,
'ui.errorSummary.title': str`有 ${0} 處需要修改`,
'ui.field.errorPrefix': `錯誤：`,
'ui.field.optional': `（選填）`,
'ui.field.warningPrefix': `提示：`,
'ui.filter.all': `全部`,
'ui.loading': `正在載入資料…`,
'ui.pager.label': `分頁`,
'ui.pager.next': `下一頁`,
'ui.pager.page': str`第 ${0} 頁`,
'ui.pager.previous': `上一頁`,
'ui.pager.summary': str`共 ${0} 條，第 ${1} / ${2} 頁`,
'ui.pager.total': str`共 ${0} 條`,
'ui.search.busy': `正在查找…`,
'ui.search.button': `搜尋`,
'ui.search.label': `搜尋`,
'ui.skipped': str`有 ${0} 筆資料格式有誤，未予顯示。`,
'ui.submit.nextAttempt': str`下次自動重試時間：${0}。`,
'ui.submit.reasonNetwork': `網路連線不穩定或已中斷。`,
'ui.submit.reasonServer': `伺服器暫時忙碌。`,
'ui.submit.retryNow': `立即重試`,
    };
  