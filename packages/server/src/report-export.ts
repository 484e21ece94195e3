/**
 * The annual report (国办公开办函〔2021〕30号 table of applications) as files an agency files
 * away or fills into its template: CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and
 * XLSX (written by exceljs). Labels in the requested language; cells are ours (row labels,
 * counts, an agency name from the directory), still quoted and guarded against formulas.
 */
import ExcelJS from 'exceljs';
import type { Locale, LocalizedText } from '@gongkai/schema';
import { t } from './problem.js';

export interface AnnualReport {
  year: number;
  received: number;
  total: number;
  rows: Array<{ row: string; label: LocalizedText; count: number }>;
}

const HEADINGS = {
  title: (year: number) => t(`${year}年度收到和处理政府信息公开申请情况`, `${year}年度收到和處理政府資訊公開申請情況`, `Disclosure applications received and handled in ${year}`),
  agency: t('机关', '機關', 'Agency'),
  row: t('情形', '情形', 'Row'),
  label: t('办理结果', '辦理結果', 'Outcome'),
  count: t('件数', '件數', 'Count'),
  received: t('本年新收政府信息公开申请数量', '本年新收政府資訊公開申請數量', 'Applications received this year'),
  total: t('办理结果总计', '辦理結果總計', 'Total handled'),
};

/** A spreadsheet must not run a cell as a formula (CSV injection): such text gets a leading apostrophe. */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function table(report: AnnualReport, agencyName: string, locale: Locale): Array<Array<string | number>> {
  return [
    [HEADINGS.title(report.year)[locale]],
    [HEADINGS.agency[locale], agencyName],
    [],
    [HEADINGS.row[locale], HEADINGS.label[locale], HEADINGS.count[locale]],
    ...report.rows.map((row) => [row.row, row.label[locale], row.count]),
    [],
    ['total', HEADINGS.total[locale], report.total],
    ['received', HEADINGS.received[locale], report.received],
  ];
}

export function annualReportCsv(report: AnnualReport, agencyName: string, locale: Locale): string {
  return `\uFEFF${table(report, agencyName, locale)
    .map((line) => line.map(cell).join(','))
    .join('\r\n')}\r\n`;
}

export async function annualReportXlsx(report: AnnualReport, agencyName: string, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const sheet = workbook.addWorksheet(`${report.year}`);
  sheet.columns = [{ width: 30 }, { width: 60 }, { width: 10 }];
  for (const line of table(report, agencyName, locale)) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(4).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
