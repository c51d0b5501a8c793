import type { Classifier, LocalState, Tool, ToolOverride } from '@lantern/shared';
import { useEffect, useMemo, useState } from 'react';
import { getDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { pageClassifier } from '../detect/page-classifier';
import type { ConfigRow } from '../db/types';
import { loadLocalState } from '../enforce/local-state';
import { useLive } from './useLive';

export interface ExperienceData {
  config: ConfigRow | undefined;
  state: LocalState;
  classifier: Classifier;
  lookup: (toolId: string) => Tool | undefined;
}

/**
 * The organisation's config and the employee's own acts, live; plus the classifier the worker uses
 * (the newest catalog release, the organisation's overrides and tools: detect/page-classifier.ts).
 */
export function useExperienceData(): ExperienceData | undefined {
  const data = useLive(async () => {
    const db = getDb();
    const config = await getConfig(db);
    return { config, state: await loadLocalState(db, config) };
  }, []);
  const classifier = useClassifier(data?.config, data !== undefined);
  return useMemo(() => {
    if (!data || !classifier) return undefined;
    return { ...data, classifier, lookup: (id: string) => classifier.tools.get(id) };
  }, [data, classifier]);
}

function useClassifier(config: ConfigRow | undefined, ready: boolean): Classifier | undefined {
  const [classifier, setClassifier] = useState<Classifier | undefined>(undefined);
  // The config row is a new object on every change the page sees; the classifier depends only on
  // the organisation's tools and overrides, so it is rebuilt (and the release read) only when they change.
  const key = JSON.stringify([config?.tools ?? [], config?.overrides ?? []]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const [orgTools, overrides] = JSON.parse(key) as [Tool[], ToolOverride[]];
    pageClassifier(getDb(), orgTools, overrides).then(
      (built) => live && setClassifier(built),
      (error: unknown) => console.warn('lantern: the catalog could not be read', error),
    );
    return () => {
      live = false;
    };
  }, [key, ready]);
  return classifier;
}
