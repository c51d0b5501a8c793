import { useEffect, useState } from 'react';
import { toolExperience, type ToolExperience } from '../enforce/experience';
import type { ExperienceData } from './useExperienceData';

/** Experiences for several tools (unknown ids are skipped), in the order given. */
export function useToolExperiences(
  data: ExperienceData | undefined,
  toolIds: readonly string[],
): ToolExperience[] | undefined {
  const [result, setResult] = useState<ToolExperience[] | undefined>(undefined);
  const key = toolIds.join(',');
  useEffect(() => {
    if (!data) return;
    let live = true;
    const tools = key
      .split(',')
      .filter(Boolean)
      .flatMap((id) => data.lookup(id) ?? []);
    void Promise.all(tools.map((tool) => toolExperience(tool, data.config, data.state, data.lookup))).then(
      (all) => live && setResult(all),
    );
    return () => {
      live = false;
    };
  }, [data, key]);
  return result;
}
