import { active, fill, type Language, type Params } from './language';
import { NOTICE_DE, NOTICE_EN } from './notice-catalogue';

export type NoticeKey = keyof typeof NOTICE_EN;
const NOTICES: Record<Language, Record<NoticeKey, string>> = { en: NOTICE_EN, de: NOTICE_DE };

/** `t()` for the in-page notice: the same sentences as the pages, without the pages' catalogue. */
export function tn(key: NoticeKey, params: Params = {}): string {
  return fill(NOTICES[active().language][key], params);
}
