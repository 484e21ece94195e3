import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/*
 * Real input files for the CLI tests, written the way agencies' tools write them: an .xlsx
 * whose header is two rows under a merged title, with merged group headings, a 实施主体
 * merged down over two items and blank rows; a GBK CSV as Excel on Chinese Windows saves it;
 * a UTF-8 CSV with a BOM for the disclosure directory.
 */

/** Power catalog sheet. Row numbers as Excel shows them are noted; tests assert on them. */
export async function writePowerCatalogXlsx(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('权力清单');
  // Row 1: a title merged across the sheet (not the header).
  sheet.getCell('A1').value = '示例市市场监督管理局权力清单（2026年版）';
  sheet.mergeCells('A1:J1');
  // Rows 2–3: two-row header; single headings merged down, 办理时限 merged across 法定 | 承诺.
  const single = ['序号', '事项编码', '事项名称', '事项类型', '实施主体', '设定依据'];
  single.forEach((heading, i) => {
    const column = String.fromCharCode(65 + i);
    sheet.getCell(`${column}2`).value = heading;
    sheet.mergeCells(`${column}2:${column}3`);
  });
  sheet.getCell('G2').value = '办理时限';
  sheet.mergeCells('G2:H2');
  sheet.getCell('G3').value = '法定';
  sheet.getCell('H3').value = '承诺';
  sheet.getCell('I2').value = '是否收费';
  sheet.mergeCells('I2:I3');
  sheet.getCell('J2').value = '联系人';
  sheet.mergeCells('J2:J3');
  const rows: unknown[][] = [
    // row 4
    [1, 'XK-0001', '食品经营许可', '行政许可', '示例市市场监督管理局', '《中华人民共和国食品安全法》（主席令第21号）第三十五条\n《食品经营许可管理办法》第十条', '20个工作日', '10个工作日', '否', '张三'],
    // row 5: 实施主体 merged with row 4 below
    [2, 'XK-0002', '药品零售企业许可', '行政许可', null, '《中华人民共和国药品管理法》第五十二条；《药品经营许可证管理办法》第四条', '三十个工作日', '15', '否', null],
    // row 6: blank
    [],
    // row 7: a power type nobody knows → not imported
    [3, 'CF-0001', '对无照经营的处罚', '行政处理', '示例市市场监督管理局', '《无证无照经营查处办法》第十三条', '90日', '即办', '否', null],
    // row 8: no 设定依据 → not imported (schema: at least one)
    [4, 'JC-0001', '食品安全监督检查', '行政检查', '示例市市场监督管理局', null, null, null, '否', null],
    // row 9: blank, row 10: promised above statutory → imported with a warning
    [],
    [5, 'QT-0001', '广告发布登记', '其他行政权力', '示例市市场监督管理局', '《中华人民共和国广告法》第二十九条', '10个工作日', '20个工作日', '是', null],
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) row.getCell(c + 1).value = value as ExcelJS.CellValue;
    });
  });
  sheet.mergeCells('E4:E5');
  const path = join(dir, '权力清单.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Disclosure directory as Excel (Chinese Windows) saves "CSV": GBK, no BOM, CRLF. */
export async function writeDisclosureGbkCsv(dir: string): Promise<string> {
  const lines = [
    '索引号,名称,发布机构,文号,公布日期,主题分类,有效性,公开属性',
    '1312312345/2014-11204,衡阳市人民政府办公室关于推进行政权力网上公开运行工作的实施方案,衡阳市人民政府办公室,衡政办函〔2014〕36号,2014年5月8日,综合政务,有效,主动公开',
    '1312312345/2014-11205,关于做好政务公开工作的通知,衡阳市人民政府办公室,衡政办发〔2014〕12号,2014/5/9,综合政务,有效,主动公开',
    ',,,,,,,',
    '1312312345/2014-11206,关于某事项的通知,衡阳市人民政府办公室,,2014年13月40日,综合政务,有效,主动公开',
    '1312312345/2014-11207,"关于印发《政务公开工作要点》的通知",衡阳市人民政府办公室,衡政发[2014]3号,2014-05-20,"财政、金融、审计",已废止,依申请公开',
  ];
  const path = join(dir, '公开目录.csv');
  await writeFile(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
  return path;
}

/** Agency directory as UTF-8 CSV with a BOM ("CSV UTF-8" in Excel). */
export async function writeAgencyUtf8Csv(dir: string): Promise<string> {
  const lines = [
    '机构名称,是否受理依申请公开,是否受理来信,办公地址,联系电话',
    '示例市人民政府办公室,是,是,示例市人民路1号,0931-1234567',
    '示例市市场监督管理局,是,否,示例市人民路2号,0931-7654321',
  ];
  const path = join(dir, 'agencies.csv');
  await writeFile(path, `\uFEFF${lines.join('\n')}\n`, 'utf8');
  return path;
}
