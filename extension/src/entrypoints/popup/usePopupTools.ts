import { useEffect, useState } from 'react';
import { getDb } from '../../db/app-db';
import type { ToolExperience } from '../../enforce/experience';
import type { ExperienceData } from '../../hooks/useExperienceData';
import { useLive } from '../../hooks/useLive';
import { useToolExperiences } from '../../hooks/useToolExperiences';

/** The URL of the tab the popup was opened over; it stays in the popup. */
function useActiveTabUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);
  return url;
}

/** Something to do for a tool; a prohibited tool is never a "Register X" to-do (issue 17 item 10). */
export const owes = (x: ToolExperience) =>
  x.experience.status !== 'prohibited' &&
  (x.experience.owes.register || x.experience.owes.acceptPolicy || x.experience.owes.acceptConditions);

/** The tool on this tab, the tools with something to do, and the tools I registered. */
export function usePopupTools(data: ExperienceData | undefined) {
  const tabUrl = useActiveTabUrl();
  const used = useLive(async () => {
    const ids = new Set<string>();
    await getDb().dayAggregates.each((a) => ids.add(a.toolId));
    return [...ids];
  }, []);
  const here = tabUrl && data ? (data.classifier.classifyUrl(tabUrl)?.toolId ?? null) : null;
  const registered =
    data?.state.registrations.filter((r) => r.withdrawnAt === null).map((r) => r.toolId) ?? [];
  const ids = [...new Set([...(here ? [here] : []), ...registered, ...(used ?? [])])].sort();
  const all = useToolExperiences(data, ids);
  return {
    current: all?.find((t) => t.tool.id === here),
    pending: all?.filter(owes) ?? [],
    mine: all?.filter((t) => registered.includes(t.tool.id)) ?? [],
  };
}
