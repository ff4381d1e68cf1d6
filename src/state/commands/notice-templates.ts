import {
  MAX_TEMPLATE_FIELD_CHARACTERS,
  NOTICE_TEMPLATE_FIELDS,
  type NoticeLanguage,
  type NoticeTemplate,
} from '../../domain/notices/notice-template';
import { done, fail, type Command } from './command';

/** Changes the notice template of one language (or puts the built-in one back), as one undoable step. */
export const updateNoticeTemplate: Command<{ language: NoticeLanguage; template: NoticeTemplate }> = (
  plan,
  { language, template },
  context,
) => {
  const kept = {} as NoticeTemplate;
  for (const field of NOTICE_TEMPLATE_FIELDS) {
    const text = template[field];
    if (typeof text !== 'string' || text.length > MAX_TEMPLATE_FIELD_CHARACTERS)
      return fail('errorTemplateField', { max: MAX_TEMPLATE_FIELD_CHARACTERS });
    kept[field] = text;
  }
  const settings = { ...plan.settings, notices: { ...plan.settings.notices, [language]: kept } };
  return done({ ...plan, settings }, plan.zones, { key: 'noteNoticeTemplate', values: { language } }, [], context);
};
