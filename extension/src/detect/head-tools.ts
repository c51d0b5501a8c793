import { buildClassifier, catalog, type Tool } from '@lantern/shared';
import { TOP_TOOL_IDS } from '@lantern/shared/suppliers';
import { noticeMatchPatterns } from '../enforce/notice-patterns';
import { firstTurnLists, type FilterLists } from './filter-lists';

/**
 * The catalog's most used tools (TOP_TOOL_IDS, the 300 supplier facts are tracked for): the ones
 * whose page hosts the worker's navigation listener is registered with in its first turn
 * (filter-lists.ts, `firstTurnLists`). Used at build time and in tests; never bundled into the worker.
 */
export function headTools(tools: readonly Tool[] = catalog): Tool[] {
  const head = new Set(TOP_TOOL_IDS);
  return tools.filter((tool) => head.has(tool.id));
}

/** The first-turn lists of a catalog: every API endpoint, and its head tools' page hosts. */
export function catalogFirstTurn(tools: readonly Tool[] = catalog): FilterLists {
  return firstTurnLists(buildClassifier(tools), buildClassifier(headTools(tools)));
}

/** The notice's match patterns for a catalog's head tools (first-turn.ts, `HEAD_NOTICE_PATTERNS`). */
export function headNoticePatterns(tools: readonly Tool[] = catalog): string[] {
  return noticeMatchPatterns(buildClassifier(headTools(tools)));
}
