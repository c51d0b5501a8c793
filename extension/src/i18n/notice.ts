import { active, fill, type Params } from './language';
import { NOTICE_DE, NOTICE_EN } from './notice-catalogue';

export type NoticeKey = keyof typeof NOTICE_EN;

/** `t()` for the in-page notice: the same sentences as the pages, without the pages' catalogue. */
export function tn(key: NoticeKey, params: Params = {}): string {
  return fill((active().language === 'de' ? NOTICE_DE : NOTICE_EN)[key], params);
}
