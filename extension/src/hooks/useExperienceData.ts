import { createClassifier, type Classifier, type LocalState, type Tool } from '@lantern/shared';
import { useMemo } from 'react';
import { getDb } from '../db/app-db';
import { getConfig } from '../db/state';
import type { ConfigRow } from '../db/types';
import { loadLocalState } from '../enforce/local-state';
import { useLive } from './useLive';

export interface ExperienceData {
  config: ConfigRow | undefined;
  state: LocalState;
  classifier: Classifier;
  lookup: (toolId: string) => Tool | undefined;
}

/** The organisation's config and the employee's own acts, live; plus a classifier with the org's tools. */
export function useExperienceData(): ExperienceData | undefined {
  const data = useLive(async () => {
    const db = getDb();
    const config = await getConfig(db);
    return { config, state: await loadLocalState(db, config) };
  }, []);
  const tools = data?.config?.tools;
  const classifier = useMemo(() => createClassifier(tools ?? []), [tools]);
  return useMemo(() => {
    if (!data) return undefined;
    return { ...data, classifier, lookup: (id: string) => classifier.tools.get(id) };
  }, [data, classifier]);
}
