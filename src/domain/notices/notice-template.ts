/**
 * The words of a zone notice (通告), as data a plan carries and its planners may edit
 * (docs/architecture.md, Notices). `{name}` fills in a value; an unknown name is left as written.
 */
export type NoticeLanguage = 'zh-CN' | 'en';

export interface NoticeTemplate {
  /** Title of a notice that declares zones ({zones}, {tier}). */
  declareTitle: string;
  /** Title of a notice that changes zones to a lower tier ({zones}). */
  downgradeTitle: string;
  /** Title of a notice that lifts zones ({zones}, {tier}). */
  liftTitle: string;
  /** The legal basis line, before the decisions. */
  basis: string;
  /** One zone declared ({since}, {zone}, {tier}). */
  declareBody: string;
  /** Before the list of places a zone covers (the list follows, a place a line; {places} puts their names in the sentence too). */
  scope: string;
  /** When no place is known inside a zone. */
  scopeUnknown: string;
  /** Before the measures of a tier ({tier}). */
  measuresHeading: string;
  /** The rule for downgrading ({tier}, {days}, {next}). */
  liftRule: string;
  /** A tier with no rule in the protocol ({tier}). */
  liftRuleNone: string;
  /** One zone moved to a lower tier ({date}, {zone}, {from}, {to}). */
  downgradeBody: string;
  /** One zone lifted ({date}, {zone}, {tier}). */
  liftBody: string;
  closing: string;
  /** Who issues the notice. */
  issuer: string;
}

export type NoticeTemplates = Record<NoticeLanguage, NoticeTemplate>;

/** The fields of a template, in the order an editor shows them. */
export const NOTICE_TEMPLATE_FIELDS: readonly (keyof NoticeTemplate)[] = [
  'declareTitle',
  'downgradeTitle',
  'liftTitle',
  'basis',
  'declareBody',
  'scope',
  'scopeUnknown',
  'measuresHeading',
  'liftRule',
  'liftRuleNone',
  'downgradeBody',
  'liftBody',
  'closing',
  'issuer',
];

/** Longest field of a template. */
export const MAX_TEMPLATE_FIELD_CHARACTERS = 2000;

const ZH: NoticeTemplate = {
  declareTitle: '关于划定{zones}为{tier}的通告',
  downgradeTitle: '关于调整{zones}风险区域等级的通告',
  liftTitle: '关于解除{zones}{tier}管控措施的通告',
  basis:
    '为有效防控新冠肺炎疫情，切实保障人民群众生命安全和身体健康，根据《中华人民共和国传染病防治法》《中华人民共和国突发事件应对法》和《新型冠状病毒肺炎防控方案（第九版）》等有关规定，经研究决定，现将有关事项通告如下：',
  declareBody: '自{since}起，将{zone}划定为{tier}。',
  scope: '范围包括：',
  scopeUnknown: '范围以公布的区域边界为准。',
  measuresHeading: '{tier}实行以下管控措施：',
  liftRule: '{tier}内连续{days}天无新增感染者的，按程序调整为{next}。',
  liftRuleNone: '{tier}在风险消除后按程序解除。',
  downgradeBody: '自{date}起，{zone}由{from}调整为{to}，执行{to}管控措施。',
  liftBody: '自{date}起，解除{zone}的{tier}管控措施。',
  closing: '请广大市民群众理解、支持和配合。特此通告。',
  issuer: '嘉兴市新冠肺炎疫情防控工作领导小组办公室（示例）',
};

const EN: NoticeTemplate = {
  declareTitle: 'Notice on declaring {zones} a {tier}',
  downgradeTitle: 'Notice on changing the risk level of {zones}',
  liftTitle: 'Notice on lifting the {tier} measures in {zones}',
  basis:
    'To prevent and control COVID-19 and protect the lives and health of the people, under the Law on the Prevention and Treatment of Infectious Diseases, the Emergency Response Law and the COVID-19 Prevention and Control Protocol (9th edition), it has been decided as follows:',
  declareBody: 'From {since}, {zone} is a {tier}.',
  scope: 'It covers:',
  scopeUnknown: 'It covers the area within the published boundary.',
  measuresHeading: 'In the {tier}:',
  liftRule: 'After {days} consecutive days without a new infection, the {tier} becomes a {next} by due procedure.',
  liftRuleNone: 'The {tier} is lifted by due procedure once the risk is gone.',
  downgradeBody: 'From {date}, {zone} changes from a {from} to a {to}, and the {to} measures apply.',
  liftBody: 'From {date}, the {tier} measures in {zone} are lifted.',
  closing: 'We ask all residents for their understanding, support and cooperation.',
  issuer: 'Jiaxing COVID-19 Prevention and Control Headquarters Office (illustrative)',
};

/** The built-in templates, fresh copies for a plan to own. */
export function defaultNoticeTemplates(): NoticeTemplates {
  return { 'zh-CN': { ...ZH }, en: { ...EN } };
}

/** A template text with its `{name}`s filled in; a name without a value stays as written. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}
