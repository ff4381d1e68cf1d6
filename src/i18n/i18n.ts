import { en, zhCN, type StringKey, type Strings } from './strings';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

const dictionaries: Record<Language, Strings> = { 'zh-CN': zhCN, en };

/** Chinese for any zh-* browser language, English otherwise; a saved choice wins. */
export function pickLanguage(saved: string | null, browserLanguages: readonly string[]): Language {
  if (saved === 'zh-CN' || saved === 'en') return saved;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralCategory(language: Language, value: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(value);
}

/** `{count, plural, one {# case} other {# cases}}`: the form for the number, with `#` as the number. */
const PLURAL = /\{(\w+), plural,((?:\s*\w+ \{[^{}]*\})+)\}/g;
const PLURAL_FORM = /(\w+) \{([^{}]*)\}/g;

/**
 * Looks a string up and fills `{name}` placeholders, and chooses plural forms written as
 * `{name, plural, one {…} other {…}}` by the language's rules. Returns plain text, never HTML.
 */
export function translate(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  return dictionaries[language][key]
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      // A number already formatted ("1,234") chooses its form by the number it writes.
      const number = typeof value === 'number' ? value : Number(value.replace(/[,\s\u00a0]/g, ''));
      const byCategory = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1], m[2]]));
      const category = Number.isFinite(number) ? pluralCategory(language, number) : 'other';
      return (byCategory.get(category) ?? byCategory.get('other') ?? '').replace(/#/g, String(value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether a key computed at run time (from a reason code) names a string. */
export function isStringKey(key: string): key is StringKey {
  return Object.hasOwn(dictionaries.en, key);
}

/** Numbers in the conventions of the language (grouping separators). */
export function formatCount(language: Language, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * Translates a note stored in a plan ({ key, values }). A value named `somethingKey` is itself a
 * string key, translated into `something`: a plan made in Chinese reads in English too.
 */
export function translateNote(
  language: Language,
  note: { key: string; values?: Record<string, string | number> },
): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.values ?? {})) {
    if (name.endsWith('Key') && typeof value === 'string' && isStringKey(value)) {
      values[name.slice(0, -3)] = dictionaries[language][value];
    } else values[name] = value;
  }
  // A stored note may come from another version of Cordon: a key this one lacks is shown as it is.
  return isStringKey(note.key) ? translate(language, note.key, values) : note.key;
}
