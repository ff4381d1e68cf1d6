import { useState, type FormEvent } from 'react';
import {
  defaultNoticeTemplates,
  MAX_TEMPLATE_FIELD_CHARACTERS,
  NOTICE_TEMPLATE_FIELDS,
  type NoticeLanguage,
  type NoticeTemplate,
} from '../../domain/notices/notice-template';
import { updateNoticeTemplate } from '../../state/commands/notice-templates';
import { usePlanStore } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { useT } from '../shared/use-t';

/**
 * The plan's notice templates, one language at a time (docs/architecture.md, Notices): each text
 * of the template in a field, applied as one undoable step, or the built-in template put back.
 */
export function NoticeTemplateForm({ templates }: { templates: Record<NoticeLanguage, NoticeTemplate> }) {
  const t = useT();
  const readOnly = usePlanStore((state) => state.readOnly);
  const [language, setLanguage] = useState<NoticeLanguage>('zh-CN');
  const [fields, setFields] = useState<NoticeTemplate>(templates[language]);
  const choose = (next: NoticeLanguage) => {
    setLanguage(next);
    setFields(templates[next]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    runCommand(updateNoticeTemplate, { language, template: fields });
  };
  return (
    <form className="notice-templates small" onSubmit={submit}>
      <label>
        {t('noticeTemplateLanguage')}{' '}
        <select value={language} onChange={(event) => choose(event.target.value as NoticeLanguage)}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <p className="muted">{t('noticeTemplatesHelp', { language: language === 'zh-CN' ? '中文' : 'English' })}</p>
      {NOTICE_TEMPLATE_FIELDS.map((field) => (
        <label key={field} className="field">
          <span>{t(`templateField_${field}`)}</span>
          <textarea
            value={fields[field]}
            rows={field === 'basis' ? 4 : 2}
            maxLength={MAX_TEMPLATE_FIELD_CHARACTERS}
            disabled={!!readOnly}
            onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
          />
        </label>
      ))}
      <div className="form-row">
        <button type="submit" disabled={!!readOnly}>
          {t('noticeTemplateApply')}
        </button>
        <button
          type="button"
          disabled={!!readOnly}
          onClick={() => {
            const builtIn = defaultNoticeTemplates()[language];
            setFields(builtIn);
            runCommand(updateNoticeTemplate, { language, template: builtIn });
          }}
        >
          {t('noticeTemplateReset')}
        </button>
      </div>
    </form>
  );
}
