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

/** Looks a string up and fills `{name}` placeholders. Returns plain text, never HTML. */
export function translate(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Numbers in the conventions of the language (grouping separators). */
export function formatCount(language: Language, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}
