import type { AgencyDirectoryFile } from './files/agency-directory.js';
import type { DisclosureDirectoryFile } from './files/disclosure-directory.js';
import type { MailboxLettersFile } from './files/mailbox-letters.js';
import type { PowerCatalogFile } from './files/power-catalog.js';

/*
 * One small valid file of each kind: the starting point `gongkai init` writes, and fixtures for
 * tests. Contents are illustrative (示例市), not real records.
 */

const publisher = { id: 'example-city', name: '示例市人民政府' };

export const examplePowerCatalog: PowerCatalogFile = {
  schemaVersion: 1,
  kind: 'power-catalog',
  publisher,
  updatedAt: '2026-11-01T08:00:00+08:00',
  departments: [{ id: 'market', name: '示例市市场监督管理局' }],
  items: [
    {
      id: 'XK-0001',
      name: '食品经营许可',
      type: 'licensing',
      localCode: '01',
      department: 'market',
      code: '62052400MZ-XK-0001',
      level: 'municipal',
      implementingBody: { nature: 'statutory' },
      legalBasis: [
        {
          title: '《中华人民共和国食品安全法》',
          docNumber: '主席令第21号',
          article: '第三十五条',
          rank: 'law',
        },
      ],
      conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
      materials: [{ name: '食品经营许可申请书', required: true, originals: 1, copies: 0, form: 'both' }],
      process: { steps: [{ name: '申请' }, { name: '受理' }, { name: '审查' }, { name: '决定' }, { name: '送达' }] },
      timeLimits: {
        statutory: { value: 20, unit: 'workingDay' },
        promised: { value: 10, unit: 'workingDay' },
        excludedProcedures: ['现场核查'],
      },
      fees: { charged: false },
      channels: {
        windows: [{ name: '市政务服务中心市场监管窗口', address: '示例市人民路1号', hours: '工作日 9:00–17:00', phone: '0931-1234567' }],
        onlineApplyUrl: 'https://zwfw.example.gov.cn/apply/XK-0001',
        supervisionPhone: '12345',
      },
      status: 'active',
    },
  ],
};

export const exampleDisclosureDirectory: DisclosureDirectoryFile = {
  schemaVersion: 1,
  kind: 'disclosure-directory',
  publisher,
  updatedAt: '2026-11-01T08:00:00+08:00',
  categories: [
    { id: 'topic-finance', name: '财政、金融、审计', scheme: 'topic' },
    { id: 'genre-notice', name: '通知', scheme: 'genre' },
  ],
  documents: [
    {
      id: 'doc-1',
      indexNumber: '000014349/2026-00001',
      title: '示例市人民政府办公室关于印发2026年政务公开工作要点的通知',
      publisher: '示例市人民政府办公室',
      publishedAt: '2026-03-02',
      createdAt: '2026-02-27',
      documentNumber: '示政办发〔2026〕5号',
      categoryIds: ['topic-finance', 'genre-notice'],
      keywords: ['政务公开', '工作要点'],
      summary: '部署本市2026年政务公开重点工作。',
      validity: { status: 'valid', from: '2026-03-02' },
      body: { format: 'text', content: '各区县人民政府，市政府各部门：……' },
      disclosureType: 'proactive',
    },
  ],
  guide: {
    office: '示例市人民政府办公室政务公开科',
    address: '示例市人民路1号',
    postcode: '730000',
    hours: '工作日 9:00–12:00，14:00–17:00',
    phone: '0931-1234567',
  },
};

export const exampleAgencyDirectory: AgencyDirectoryFile = {
  schemaVersion: 1,
  kind: 'agency-directory',
  publisher,
  updatedAt: '2026-11-01',
  agencies: [
    { id: 'gov-office', name: '示例市人民政府办公室', acceptsDisclosureRequests: true, acceptsLetters: true },
    { id: 'market', name: '示例市市场监督管理局', acceptsDisclosureRequests: true, acceptsLetters: false },
  ],
};

export const exampleMailboxLetters: MailboxLettersFile = {
  schemaVersion: 1,
  kind: 'mailbox-letters',
  publisher,
  updatedAt: '2026-11-01T08:00:00+08:00',
  letters: [
    {
      letterNumber: 'SZXX20261001001',
      type: 'consult',
      subject: '关于公积金提取的咨询',
      content: '请问租房提取公积金需要哪些材料？',
      submittedAt: '2026-10-01T09:30:00+08:00',
      status: 'closed',
      replies: [{ unit: '示例市住房公积金管理中心', content: '需提供身份证和租房合同。', repliedAt: '2026-10-08T15:00:00+08:00' }],
      satisfaction: 'satisfied',
      handlingUnit: '示例市住房公积金管理中心',
    },
  ],
  stats: { received: 1, replied: 1, byType: { consult: 1 }, onTimeRate: 1, satisfactionRate: 1 },
};

/** The examples by kind. */
export const examples = {
  'power-catalog': examplePowerCatalog,
  'disclosure-directory': exampleDisclosureDirectory,
  'agency-directory': exampleAgencyDirectory,
  'mailbox-letters': exampleMailboxLetters,
} as const;
