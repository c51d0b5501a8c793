// Rows and hosts the twenty-fifth session added by hand. Hosts added to existing entries from earlier passes' leads: Dubbix's own host (its terms
// at dubbix.com/terms-conditions name Qorden AI Ltd's AI dubbing platform; the entry had claimed qorden.ai only) and
// Jais's live demo (arabic-gpt.ai, linked from Inception's own model cards). Each must reach its entry; the sites
// beside them must not classify.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';
import { longTailC25LeadsTools } from './data/long-tail-c25-leads';

describe('twenty-fifth-session hosts added to existing entries', () => {
  it('classifies the new hosts to their entries', () => {
    expectEachClassifiedAs({
      'https://dubbix.com/terms-conditions': 'dubbix',
      'https://www.dubbix.com/': 'dubbix',
      'https://arabic-gpt.ai/': 'inception-jais',
    });
  });

  it('classifies the rows met while checking leads, and the pages they cite', () => {
    expect(longTailC25LeadsTools.length).toBe(5);
    expectEachClassifiedAs(ownUrls(longTailC25LeadsTools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC25LeadsTools));
  });

  it('leaves the names beside them unclassified', () => {
    expectNoneClassified([
      'https://www.dubbing.com/', // a word, not the product
      'https://www.arabic.com/', // beside arabic-gpt.ai
      'https://www.whatsapp.com/', // the platform the assistants run on
      'https://business.whatsapp.com/', // WhatsApp Business, beside Wapai, Watsabi and waai
      'https://www.wabi.com/', // beside Wabble, not read
      'https://wabi-demos.pages.dev/privacy-policy.html', // a business-management platform's policy on a shared platform
    ]);
  });
});
