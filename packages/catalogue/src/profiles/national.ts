import type { CatalogueProfile, RequiredColumn } from '../model.js';

// The 15 items of 条例 art. 20 that map to catalogue columns (item 15, 其他, has no column of its
// own), then the 指南, 制度 and 年报 columns every catalogue carries. Names are substrings of column
// names as portals write them; several portals merge items, so any one name satisfies an item.
const ART_20: RequiredColumn[] = [
  {
    id: 'regulations',
    label: '行政法规、规章和规范性文件',
    labelEn: 'Regulations, rules and normative documents',
    names: ['政策文件', '规范性文件', '法规', '规章', '政府文件', '文件'],
    kinds: ['policy'],
    basis: '条例第二十条第（一）项',
  },
  {
    id: 'organisation',
    label: '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    labelEn: 'Functions, organisation, address, hours, contacts, leaders',
    names: ['机构职能', '机构设置', '机构信息', '机构概况', '领导信息', '领导之窗', '联系方式', '职能'],
    kinds: ['static'],
    basis: '条例第二十条第（二）项',
  },
  {
    id: 'plans',
    label: '国民经济和社会发展规划、专项规划、区域规划及相关政策',
    labelEn: 'Development, special and regional plans',
    names: ['规划', '计划'],
    basis: '条例第二十条第（三）项',
  },
  {
    id: 'statistics',
    label: '国民经济和社会发展统计信息',
    labelEn: 'Statistics',
    names: ['统计'],
    basis: '条例第二十条第（四）项',
  },
  {
    id: 'licensing',
    label: '行政许可和其他对外管理服务事项',
    labelEn: 'Licensing and other administrative services',
    names: ['行政许可', '许可', '权责清单', '权力清单', '政务服务', '办事服务', '服务事项'],
    basis: '条例第二十条第（五）项',
  },
  {
    id: 'enforcement',
    label: '行政处罚、行政强制',
    labelEn: 'Administrative penalties and enforcement',
    names: ['行政处罚', '处罚', '行政强制', '执法'],
    basis: '条例第二十条第（六）项',
  },
  {
    id: 'budgets',
    label: '财政预算、决算',
    labelEn: 'Budgets and final accounts',
    names: ['预决算', '预算', '决算', '财政资金', '财政信息'],
    basis: '条例第二十条第（七）项',
  },
  {
    id: 'fees',
    label: '行政事业性收费项目及其依据、标准',
    labelEn: 'Administrative fees',
    names: ['收费'],
    basis: '条例第二十条第（八）项',
  },
  {
    id: 'procurement',
    label: '政府集中采购项目的目录、标准及实施情况',
    labelEn: 'Government procurement',
    names: ['采购', '招标', '招投标'],
    basis: '条例第二十条第（九）项',
  },
  {
    id: 'major-projects',
    label: '重大建设项目的批准和实施情况',
    labelEn: 'Major construction projects',
    names: ['重大建设项目', '重大项目', '建设项目'],
    basis: '条例第二十条第（十）项',
  },
  {
    id: 'livelihood',
    label: '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及实施情况',
    labelEn: 'Poverty relief, education, health, social security and employment',
    names: ['扶贫', '乡村振兴', '教育', '医疗', '卫生健康', '社会保障', '社保', '就业', '社会救助', '民生'],
    basis: '条例第二十条第（十一）项',
  },
  {
    id: 'emergencies',
    label: '突发公共事件的应急预案、预警信息及应对情况',
    labelEn: 'Emergency plans, warnings and responses',
    names: ['应急', '预警', '突发'],
    basis: '条例第二十条第（十二）项',
  },
  {
    id: 'inspections',
    label: '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    labelEn: 'Inspections: environment, public health, work safety, food and drugs, product quality',
    names: [
      '环境保护',
      '生态环境',
      '环保',
      '公共卫生',
      '安全生产',
      '食品药品',
      '食品安全',
      '产品质量',
      '监督检查',
      '双随机',
    ],
    basis: '条例第二十条第（十三）项',
  },
  {
    id: 'civil-service',
    label: '公务员招考的职位、名额、报考条件及录用结果',
    labelEn: 'Civil-service recruitment',
    names: ['公务员', '招考', '招录', '招聘', '人事'],
    basis: '条例第二十条第（十四）项',
  },
];

const CATALOGUE_COLUMNS: RequiredColumn[] = [
  {
    id: 'guide',
    label: '政府信息公开指南',
    labelEn: 'Disclosure guide',
    names: ['公开指南'],
    kinds: ['guide'],
    basis: '条例第十二条',
  },
  {
    id: 'system',
    label: '政府信息公开制度',
    labelEn: 'Disclosure rules of the body',
    names: ['公开制度'],
    kinds: ['system'],
    basis: '政府信息公开目录系统实施指引',
  },
  {
    id: 'annual-report',
    label: '政府信息公开工作年度报告',
    labelEn: 'Annual disclosure report',
    names: ['年度报告', '年报'],
    kinds: ['annual-report'],
    basis: '条例第四十九条',
  },
];

/**
 * The `national` profile: the columns behind 条例 art. 20 (items 1–14) plus 政府信息公开指南,
 * 政府信息公开制度 and 年度报告; `docType` 规范性文件 needs an interpretation; the national default
 * settings.
 *
 * @category Profiles
 * @example
 * ```ts
 * import { nationalProfile } from '@zwgk/catalogue';
 * nationalProfile.requiredColumns.length; // 17
 * ```
 */
export const nationalProfile: CatalogueProfile = Object.freeze({
  name: 'national',
  description: '全国通用：条例第二十条主动公开内容及指南、制度、年报栏目',
  requiredColumns: Object.freeze([...ART_20, ...CATALOGUE_COLUMNS]),
  interpretationDocTypes: Object.freeze(['规范性文件']),
});
