// Traps beside the rows the twentieth session's japan pass added (data/regional-c20-japan.ts): the ordinary sites next
// to each kind of Japanese AI business service (Slack, LINE, Google's business profiles, YouTube, Azure), the parents of
// the claimed paths and subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC20JapanTools } from './data/regional-c20-japan';

const GENERAL_SITES = [
  'https://slack.com/', // a team chat, beside GACHI.ai's Slack bot
  'https://line.me/ja/', // a messenger, beside the multilingual chatbot
  'https://business.google.com/', // Google's business profiles, beside the AI review-reply writers
  'https://www.youtube.com/', // video hosting, beside Slide2Video
  'https://azure.microsoft.com/ja-jp/', // a cloud, beside FUKURO AI STUDIO and AZUSA
  'https://www.sourcenext.com/', // SourceNext's company site, beside Artist AI
  'https://www.seraku.co.jp/', // Seraku's company site, beside AZUSA
  'https://www.ccc.seraku.co.jp/', // the parent of AZUSA's claimed path
  'https://www.ccc.seraku.co.jp/service/', // the parent of AZUSA's claimed path
  'https://kotozna.com/', // the parent of ConcierGAI's claimed path
  'https://kotozna.com/ja/', // the parent of ConcierGAI's claimed path
  'https://lateblu.com/', // the parent of クチコピ's claimed subdomain
  'https://rep-ful.com/', // the parent of VoiceUp's claimed subdomain
  'https://valueupdate.net/', // the parent of Slide2Video's claimed subdomain
  'https://www.delight-tube.co.jp/', // beside FUKURO AI STUDIO's vendor
  'https://www.tokyo-shoseki.co.jp/', // a textbook publisher met in the searches
];

const SHARED_PLATFORMS = [
  'https://musubot.pages.dev/tokushoho', // a policy or page on a shared platform
  'https://ksense.notion.site', // a policy or page on a shared platform
  'https://mayai-chan.notion.site/7fc38882dd0046e9bb590ef304039f03', // a policy or page on a shared platform
  'https://spiralai.notion.site/Kotodama-28e7fe6ac35380b7ad84ded491533c37', // a policy or page on a shared platform
  'https://livesuggest-web.pages.dev/ja/terms', // a policy or page on a shared platform
  'https://policy-lineai.web.app/terms', // a policy or page on a shared platform
  'https://replate-service-production.up.railway.app/terms', // a policy or page on a shared platform
  'https://sugata38.github.io/app-docs/shukudai-oshiete/terms.html', // a policy or page on a shared platform
  'https://ai-persona-taupe.vercel.app/privacy', // a policy or page on a shared platform
  'https://sites.google.com/view/medical-record-mate/2nd/2nd-settings', // a policy or page on a shared platform
  'https://metro-a81c1b-terms.carrd.co', // a policy or page on a shared platform
  'https://kotodama-terms-and-privacy.s3.eu-central-1.amazonaws.com/terms-conditions-dark.html', // a page in a storage bucket
];

const LEFT_OUT = [
  'https://www.ai-messenger.jp/terms-of-service/', // met only as a plain-http page that does not say AI
  'https://kotae.ai/privacy', // a privacy policy that does not say AI
  'https://kocoro.ai/zh/terms/', // terms that do not say AI
  'https://lr.run/p0-terms-of-service', // an add-in's terms on its maker's company site
  'https://www.88service.biz/', // a general company site with a trial under a non-ASCII path
  'https://www.lignapps.co.jp/aivmtermofservice/', // voice-mail transcription terms that do not say AI
  'https://texta.cloud/user-policy/', // terms that do not say AI
  'https://taskul-ai.com/privacy.html', // a privacy policy that does not say AI
  'https://www.chattee-ai.com/terms.html', // speech-to-text terms that do not say AI
  'https://vitworks.xyz/terms.html', // terms that do not say AI
  'https://medley-cloud.com/ai-terms', // a medical platform whose AI is one feature
  'https://nulab.com/ja/terms/ai-assistant', // a project tool whose AI is one feature
  'https://www.governancecloud.jp/notice/change-of-terms-2508', // a governance product whose AI is one feature
  'https://www.techfun.co.jp/services/ai/diagnosis/terms', // a consulting package
  'https://kuchitoru.com/terms', // terms that do not say AI
  'https://app.formhire.net/legal/terms', // terms that do not say AI
  'https://akasach.io/ja/ai-privacy-policy', // unclear what the product is
  'https://saiyo-hack.com/terms', // a recruiting site whose terms cover one team's product
  'https://www.lp.tonome.ricoh.com/betatos', // beta terms that do not say AI
  'https://mediasprint.jp/article/ai-article-proofreading-style-guide', // seen only on its articles
  'https://www.stepai.co.jp/', // seen only on its blog
  'https://chatgpt-enterprise.jp/blog/chatgpt-risk', // seen only on its blog
  'https://ai-sensei.biz/pages/term', // a content marketplace whose terms do not say AI
  'https://spisma-share.com/tokushoho', // a sales notice that does not say AI
  'https://www.k-intl.co.jp/minna_mt_kiyaku', // machine-translation terms that do not say AI
  'https://www.science.co.jp/nmt/terms.html', // machine-translation terms that do not say AI
  'https://jp.softbankrobotics.com/support/pepper/chat-eula/', // a robot's app
  'https://virtualoffice.dmm.com/column/754', // a virtual-office add-on
  'https://aitelefonista.com/support-page/faq/', // a FAQ that does not say AI
  'https://sansho.fun/terms-animeka/', // a phone-only app
  'https://anyaneko.com/nda', // an unclear operator
  'https://questions-craft.com/tos', // a whiteboard add-on whose terms do not say AI
  'https://logicalaischool.com/guidance', // a school
];

const NAMESAKES = [
  'https://www.lightblue.com/', // beside Lightblue Assistant (lightblue-tech.com)
  'https://www.lightblue.jp/', // beside Lightblue Assistant (lightblue-tech.com)
  'https://www.fukuro.com/', // beside FUKURO AI STUDIO (fkr.ai)
  'https://www.fkr.com/', // beside FUKURO AI STUDIO (fkr.ai)
  'https://www.azusa.com/', // beside AZUSA
  'https://www.gachi.com/', // beside GACHI.ai
  'https://www.gachi.jp/', // beside GACHI.ai
  'https://www.conciergai.com/', // beside Kotozna ConcierGAI
  'https://www.kotozna.jp/', // beside Kotozna ConcierGAI
  'https://www.kuchikopi.com/', // beside クチコピ
  'https://www.voiceup.com/', // beside VoiceUp
  'https://www.artistai.com/', // beside Artist AI (artistai.jp)
  'https://www.artist.ai/', // beside Artist AI (artistai.jp)
  'https://www.slide2video.com/', // beside Slide2Video
];

describe('twentieth-session japan traps', () => {
  it('adds 9 rows, each with one domain or one prefix', () => {
    expect(regionalC20JapanTools.length).toBe(9);
    expect(regionalC20JapanTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC20JapanTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and paths', () => {
    expectEachClassifiedAs({
      'https://www.lightblue-tech.com/lightblue-assistant-termsofuse/': 'lightblue-assistant',
      'https://fkr.ai/fukuro-ai-chat-terms-of-service': 'fukuro-ai-studio',
      'https://www.ccc.seraku.co.jp/service/azusa/termstrial': 'seraku-azusa',
      'https://gachi.ai/en/tos.html': 'gachi-ai',
      'https://kotozna.com/ja/conciergai/terms': 'kotozna-conciergai',
      'https://kuchikopi.lateblu.com/terms': 'kuchikopi',
      'https://voiceup.rep-ful.com/terms': 'voiceup-rep-ful',
      'https://www.artistai.jp/terms-of-service': 'artist-ai-sourcenext',
      'https://slide2video.valueupdate.net/terms': 'slide2video',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
