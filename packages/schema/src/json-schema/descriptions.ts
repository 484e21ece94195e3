/*
 * Chinese descriptions for the generated JSON Schema, so an agency's editor (VS Code and the
 * like) explains each field in the administrative term the clerk knows. Kept here rather than
 * in the zod schemas so that the browser bundle does not carry them.
 *
 * Keys are property paths (object members only, array levels left out); the longest matching
 * suffix wins, so `fees.items.name` beats `name`.
 */
export const FIELD_DESCRIPTIONS: Record<string, string> = {
  $schema: 'JSON Schema 地址（可选，供编辑器提示）',
  schemaVersion: '数据格式版本，目前为 1',
  kind: '文件类型',
  publisher: '发布机构',
  'publisher.id': '发布机构编号',
  'publisher.name': '发布机构全称',
  updatedAt: '更新时间：YYYY-MM-DD，或带时区的日期时间如 2026-11-01T08:00:00+08:00',
  id: '编号（在本文件中唯一，发布后不再改变）',
  name: '名称',
  code: '编码',
  url: '链接（http、https、mailto、tel 或相对地址）',
  note: '备注',
  phone: '电话',
  address: '地址',
  hours: '办公时间',

  // power-catalog
  items: '权力事项列表（每一项为一条权力清单事项）',
  departments: '部门列表',
  'items.name': '事项名称',
  'items.type':
    '权力类型：licensing 行政许可、penalty 行政处罚、coercion 行政强制、levy 行政征收、benefit 行政给付、inspection 行政检查、confirmation 行政确认、reward 行政奖励、adjudication 行政裁决、other 其他行政权力、publicService 公共服务',
  localCode: '本地类型编码（如 01–10、11、14、20）',
  department: '实施主体（部门编号或名称）',
  legalBasis: '设定依据（至少一条，按法律效力由高到低排列；仅当 incomplete 含 legalBasis 时可省略）',
  incomplete: '尚未公开的字段：legalBasis 表示设定依据未公开（事项页显示“设定依据：未公开”）',
  'legalBasis.title': '法律法规名称',
  'legalBasis.docNumber': '文号',
  'legalBasis.article': '条款',
  'legalBasis.text': '条款内容',
  'legalBasis.rank':
    '效力层级：law 法律、administrativeRegulation 行政法规、localRegulation 地方性法规、departmentalRule 部门规章、localRule 地方政府规章、normativeDocument 规范性文件、other 其他',
  'items.code': '事项编码',
  subItems: '子项',
  level: '行使层级：national 国家、provincial 省、municipal 市、county 县、township 乡镇',
  implementingBody: '实施主体性质',
  'implementingBody.nature': 'statutory 法定机关、authorized 法律法规授权组织、entrusted 受委托组织',
  'implementingBody.entrustingBody': '委托机关',
  handlingUnit: '承办机构',
  conditions: '受理条件',
  materials: '申请材料',
  'materials.required': '是否必需',
  'materials.originals': '原件份数',
  'materials.copies': '复印件份数',
  'materials.form': '材料形式：paper 纸质、electronic 电子、both 纸质和电子',
  'materials.templateUrl': '空白表格或样表下载链接',
  process: '办理流程',
  'process.steps': '流程步骤（按顺序）',
  'steps.description': '步骤说明',
  'steps.duration': '步骤时限',
  timeLimits: '办理时限',
  'timeLimits.statutory': '法定时限',
  'timeLimits.promised': '承诺时限（不应超过法定时限）',
  value: '数量（天、月或年，见单位）',
  unit: '单位：workingDay 工作日、calendarDay 自然日、month 月、year 年',
  'timeLimits.excludedProcedures': '不计入时限的程序（听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审等）',
  fees: '收费',
  'fees.charged': '是否收费',
  'fees.items': '收费项目',
  'fees.items.standard': '收费标准',
  'fees.items.basis': '收费依据',
  channels: '办理渠道',
  windows: '办理窗口',
  onlineApplyUrl: '网上申请链接',
  onlineQueryUrl: '网上查询链接',
  supervisionPhone: '监督投诉电话',
  responsibilities: '责任事项（按环节）',
  'responsibilities.stage': '环节（如 立案、调查取证、审理、告知、决定、送达、执行）',
  'responsibilities.duties': '责任内容',
  'responsibilities.timeLimit': '时限',
  accountability: '追责情形',
  onlineUrl: '网上办理链接',
  'items.status': '事项状态：active 有效、suspended 暂停、abolished 已取消',
  'items.updatedAt': '事项更新时间',

  // disclosure-directory
  documents: '政府信息列表',
  categories: '分类列表',
  guide: '政府信息公开指南',
  indexNumber: '索引号（如 000014349/2008-00001，发布后不再改变）',
  title: '名称（标题）',
  'documents.publisher': '发布机构（全称，联合发文可写多个）',
  publishedAt: '公布日期',
  categoryIds: '所属分类编号',
  documentNumber: '文号（如 衡政办函〔2014〕36号）',
  createdAt: '生成日期（成文日期）',
  keywords: '主题词',
  summary: '内容概述（不超过 100 字）',
  validity: '有效性',
  'validity.status': 'valid 有效、invalid 失效、amended 已修改、abolished 已废止、unknown 未标注',
  'validity.from': '生效日期',
  'validity.until': '失效日期',
  body: '正文',
  'body.format': '正文格式：text 纯文本、html（显示前会经过安全过滤）',
  'body.content': '正文内容',
  attachments: '附件',
  'attachments.type': '文件类型（如 pdf、docx）',
  'attachments.size': '文件大小（字节）',
  disclosureType: '公开属性：proactive 主动公开、onRequest 依申请公开',
  parentId: '上级分类编号',
  scheme: '分类体系：topic 主题、genre 体裁、organ 机构、audience 服务对象',
  howToApply: '申请方式与办理程序',
  office: '受理机构',
  postcode: '邮政编码',
  fax: '传真',
  email: '电子邮箱',
  'guide.onlineUrl': '网上申请渠道',
  'guide.url': '公开指南全文链接',
  'guide.fees': '收费说明',
  remedies: '救济途径（行政复议、行政诉讼）',

  // agency-directory
  agencies: '受理机关列表',
  acceptsDisclosureRequests: '是否受理政府信息公开申请',
  acceptsLetters: '是否受理信件',
  'agencies.guide': '本机关的政府信息公开指南',

  // mailbox-letters
  letters: '公开信件列表（个人信息须已隐去）',
  stats: '信件统计',
  letterNumber: '信件编号',
  'letters.type': '来信类型：consult 咨询、suggestion 建议、complaint 投诉、help 求助、report 举报、praise 感谢、other 其他',
  subject: '标题',
  'letters.content': '来信内容（已隐去个人信息）',
  submittedAt: '来信时间',
  'letters.status':
    '办理状态：received 已收到、accepted 已受理、rejected 不予受理、assigned 已转办、inProgress 办理中、replied 已答复、rated 已评价、closed 已办结',
  replies: '答复',
  'replies.unit': '答复单位',
  'replies.content': '答复内容',
  repliedAt: '答复时间',
  satisfaction: '满意度：satisfied 满意、basicallySatisfied 基本满意、unsatisfied 不满意',
  'letters.handlingUnit': '承办单位',
  period: '统计期间',
  'period.from': '起始日期',
  'period.until': '截止日期',
  received: '收信总数',
  replied: '已答复数',
  byType: '按类型统计的收信数',
  byUnit: '按承办单位统计：交办信件数、已答复数、按时答复率',
  'byUnit.unit': '承办单位',
  'byUnit.received': '交办给该单位的信件数',
  'byUnit.replied': '该单位已答复的信件数',
  'byUnit.onTimeRate': '该单位按时答复率（0 到 1 之间的小数）',
  onTimeRate: '按时办结率（0 到 1 之间的小数）',
  satisfactionRate: '满意率（0 到 1 之间的小数）',
  'stats.satisfaction': '按满意度统计的评价数',
};

/** Titles and descriptions of the four files. */
export const FILE_TITLES: Record<string, { title: string; description: string }> = {
  'power-catalog': { title: 'Gongkai 权力清单数据文件', description: '行政权力清单（权责清单）：每一项为一条权力事项及其设定依据、流程、时限等。' },
  'disclosure-directory': { title: 'Gongkai 政府信息公开目录数据文件', description: '政府信息公开目录：信息列表、分类及公开指南。' },
  'agency-directory': { title: 'Gongkai 受理机关数据文件', description: '受理政府信息公开申请和信件的机关。' },
  'mailbox-letters': { title: 'Gongkai 市长信箱公开信件数据文件', description: '公开答复的来信及统计。' },
};

/** The description for a property at `path` (member names from the file root). */
export function describeField(path: readonly string[]): string | undefined {
  for (let start = 0; start < path.length; start++) {
    const found = FIELD_DESCRIPTIONS[path.slice(start).join('.')];
    if (found !== undefined) return found;
  }
  return undefined;
}
