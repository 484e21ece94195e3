/** The fictional publisher of the demo portal and the facts every demo file shares. */

export const PUBLISHER = { id: 'shili-gov', name: '示例市人民政府' };
/** The files' updatedAt; nothing in them is dated later than this. */
export const UPDATED_AT = '2026-11-01T08:00:00+08:00';
export const TODAY = '2026-11-01';
export const SITE = 'https://www.example.gov.cn/';
/** Office hours of the citizen centre's windows, quoted by power items, guides and agencies. */
export const SERVICE_HOURS = '周一至周五 上午9:00—12:00，下午13:30—17:00（法定节假日除外）';
