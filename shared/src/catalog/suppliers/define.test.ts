// A later facts file may list a tool again: its facts fill in only what the earlier row left unknown.
import { describe, expect, it } from 'vitest';
import { defineSuppliers, mergeProfiles, read } from './define';

const SRC = 'https://example.com/a';
const OTHER = 'https://example.com/b';

describe('mergeProfiles', () => {
  it('adds unknown facts from a later row and never replaces a known one', () => {
    const [first] = defineSuppliers([{ toolId: 't', free: read('yes', SRC), soc2: read(true, SRC) }]);
    const [later] = defineSuppliers([
      { toolId: 't', free: read('no', OTHER), dpa: read(OTHER, OTHER), iso27001: read(false, OTHER) },
    ]);
    const merged = mergeProfiles([first!, later!]);
    expect(merged).toHaveLength(1);
    const m = merged[0]!;
    expect(m.trainsOnInputs.free).toMatchObject({ status: 'known', value: 'yes', source: SRC });
    expect(m.certifications.soc2).toMatchObject({ status: 'known', value: true });
    expect(m.certifications.iso27001).toMatchObject({ status: 'known', value: false, source: OTHER });
    expect(m.dpa).toMatchObject({ status: 'known', value: OTHER });
    expect(m.trainsOnInputs.team.status).toBe('not-known');
  });

  it('keeps one profile per tool, in first-seen order', () => {
    const rows = defineSuppliers([
      { toolId: 'a' },
      { toolId: 'b' },
      { toolId: 'a', retention: read('x', SRC) },
    ]);
    const merged = mergeProfiles(rows);
    expect(merged.map((p) => p.toolId)).toEqual(['a', 'b']);
    expect(merged[0]!.retention).toMatchObject({ status: 'known', value: 'x' });
  });
});
