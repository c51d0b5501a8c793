import { useEffect, useState } from 'react';
import { toolExperience, type ToolExperience } from '../enforce/experience';
import type { ExperienceData } from './useExperienceData';

/** The experience for one tool (async because conditions are hashed), recomputed when data changes. */
export function useToolExperience(
  data: ExperienceData | undefined,
  toolId: string | null,
): ToolExperience | null | undefined {
  const [result, setResult] = useState<ToolExperience | null | undefined>(undefined);
  useEffect(() => {
    if (!data) return;
    const tool = toolId ? data.lookup(toolId) : undefined;
    if (!tool) {
      setResult(null);
      return;
    }
    let live = true;
    void toolExperience(tool, data.config, data.state, data.lookup).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [data, toolId]);
  return result;
}
