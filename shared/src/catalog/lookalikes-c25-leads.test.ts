// Hosts the twenty-fifth session added to existing entries from earlier passes' leads: Dubbix's own host (its terms
// at dubbix.com/terms-conditions name Qorden AI Ltd's AI dubbing platform; the entry had claimed qorden.ai only) and
// Jais's live demo (arabic-gpt.ai, linked from Inception's own model cards). Each must reach its entry; the sites
// beside them must not classify.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

describe('twenty-fifth-session hosts added to existing entries', () => {
  it('classifies the new hosts to their entries', () => {
    expectEachClassifiedAs({
      'https://dubbix.com/terms-conditions': 'dubbix',
      'https://www.dubbix.com/': 'dubbix',
      'https://arabic-gpt.ai/': 'inception-jais',
    });
  });

  it('leaves the names beside them unclassified', () => {
    expectNoneClassified([
      'https://www.dubbing.com/', // a word, not the product
      'https://www.arabic.com/', // beside arabic-gpt.ai
    ]);
  });
});
