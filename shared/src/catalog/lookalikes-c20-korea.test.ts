// Traps beside the rows the twentieth session's Korea pass added (data/regional-c20-korea.ts): ordinary Korean sites
// next to each kind of AI service added (portal, cloud, law, music, video, books, English courses, weddings, office
// software), the parent of the one claimed subdomain, the shared-platform copies and the left-out hosts the pass read,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own
// entry, and every cited vendor page must reach the entry that cites it.
//
// At the merge of the twenty-second session: marketingstudios.ai (Marketing Studios AI) was listed from the vendor's
// own page (data/long-tail-c22-mergefix.ts), so its trap was dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC20KoreaTools } from './data/regional-c20-korea';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.naver.com/', // a portal, beside Papago Plus
  'https://www.ncloud.com/', // NAVER Cloud's cloud site, beside Papago Plus
  'https://www.kakaocorp.com/', // a messenger company, beside the Korean chatbots
  'https://www.law.go.kr/', // the national law information centre, beside Lawmadi
  'https://www.lawtalk.co.kr/', // a lawyer-matching platform, beside Lawmadi and MeshLaw
  'https://www.scourt.go.kr/', // the Supreme Court site, beside the legal AI tools
  'https://www.youtube.com/', // video hosting, beside the AI video makers
  'https://www.melon.com/', // music streaming, beside MuCheck and VOLI
  'https://www.komca.or.kr/', // the music copyright society, beside MuCheck
  'https://www.wanted.co.kr/', // a hiring platform, beside the AI tutors and interview tools met
  'https://www.ybmnet.co.kr/', // an English test and course site, beside Smooth AI, SUDA and Ringuage
  'https://www.hackers.co.kr/', // an English course site, beside the AI conversation tutors
  'https://www.ebpkorea.com/', // the parent of PSYDA's claimed subdomain
  'https://ebpkorea.com/', // the parent of PSYDA's claimed subdomain
  'https://www.kyobobook.co.kr/', // a bookstore, beside BookAR
  'https://www.hancom.com/', // an office suite, beside inline AI and AlphaJo
  'https://www.iwedding.co.kr/', // a wedding planner, beside Arrrda Studio
  'https://www.kmooc.kr/', // an online course platform, beside PSYDA
  'https://www.apple.com/kr/', // a phone maker, beside the voice apps
  'https://www.vimeo.com/', // video hosting, beside Aico and adobaRo
  'https://www.musicow.com/help/policy?lang=en', // a music-royalty marketplace, beside MuCheck
];

const SHARED_PLATFORMS = [
  'https://sub-page-ten.vercel.app/pages/privacy-policy.html', // a policy or page on a shared platform
  'https://dreamteller-pi.vercel.app/terms', // a policy or page on a shared platform
  'https://physicar-ai-site.pages.dev/legal/consent/cross-border/', // a policy or page on a shared platform
  'https://livesuggest-web.pages.dev/ko/consent', // a policy or page on a shared platform
  'https://k52524.notion.site/K-oach-Terms-of-Service-2f8a50f0761580338550fad7462a53e4', // a policy or page on a shared platform
  'https://current-lab.notion.site/Terms-of-Service-66016e2918e542c39aec932c0d194cca', // a policy or page on a shared platform
  'https://tainai.notion.site/Terms-of-Service-128beda6e49080d89ad1c31aa78806e0', // a policy or page on a shared platform
  'https://slashpage.com/veluga-policy/qpv5x42788q75mkyn3dw', // a policy or page on a shared platform
  'https://archive-84.vercel.app/terms-en.html', // a policy or page on a shared platform
  'https://xicon-web.vercel.app/terms', // a policy or page on a shared platform
  'https://heyjade.vercel.app/terms', // a policy or page on a shared platform
  'https://seoandoh-kr.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://keeneat.oopy.io/63b838ea-145e-481b-aaf6-37255fd21ec7', // a policy or page on a shared platform
  'https://lightning-fast-transcription.web.app/terms-of-service.html', // a policy or page on a shared platform
  'https://tfoseel.github.io/voice-shot/privacy.html', // a policy or page on a shared platform
  'https://delicious-korean.notion.site/Conditions-and-Terms-14dd86dcf5c4811bb02cc7deaec33c8a', // a policy or page on a shared platform
  'https://natural-square-6f8.notion.site/Terms-and-Conditions-of-Service-21d0463817fc4fd5bacc3cf94621d7e9', // a policy or page on a shared platform
  'https://woozy-quicksand-79f.notion.site/2ed3b20d197380b9b572fa437d80d534', // a policy or page on a shared platform
  'https://katalis-documentation.vercel.app/docs/product-copy-generation/api-parameter-structure', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://deepnote.ai/index.html', // meeting-minutes terms that do not say AI
  'https://www.tkita.ai/docs/service', // meeting-notes terms that do not say AI
  'https://www.airepoto.com/en/terms-of-service', // RSUPPORT's minutes terms that do not say AI
  'https://loveydovey.ai/128beda6-e490-80d8-9ad1-c31aa78806e0', // terms that do not say AI
  'https://www.chatgee.ai/en/terms', // terms that do not say AI
  'https://www.koriai.com/terms-en/', // terms that do not say AI
  'https://translator-pro.sapsaldog.com/en/terms', // PDF translation terms that do not say AI
  'https://munchskill.com/terms-of-use/', // hiring pre-screening terms that do not say AI
  'https://viiv.app/terms-and-agreements/', // video-content terms that do not say AI
  'https://www.keyfred.com/privacy', // a keyboard whose AI is one feature
  'https://taxpersoft.com/policy/terms.html', // an AI blog program that may be one of several
  'https://megazone.com/hk/case-stories/automotive-d-company', // a cloud integrator case study
  'https://www.redbrick.io/terms-of-service/1', // a general company site
  'https://www.leancoo.com/terms', // an operations tool whose AI is one feature
  'https://freeshell.co.kr/legal/terms', // a mixed search and remote-support service
  'https://www.oppalang.com/en/help-center/virtual-tutor-policy', // a tutoring platform's AI policy page
  'https://www.supercoder.co/en/legal/terms-of-service-ai-interviewer-candidates', // a hiring platform's AI-interviewer terms
  'https://soricue.com/terms', // a dictation app whose terms only say it may offer AI workflows
  'https://semore.net/legal/ai-disclosure', // a shop with an AI recommendation chat
  'https://yonkmc.com/en/doc/tos', // a clinic site with an AI booking chatbot
  'https://thewellsam.com/en/doc/tos', // a hospital site with an AI booking chatbot
  'https://terms2.line.me/SuperMates_tou/sp', // LINE's terms host
  'https://guide.gooroomee.com/hellomojeeterms_eng', // a video-meeting company's guide
  'https://firstage.ai/en/legals/ai-content', // region unclear
  'https://www.silmaril.io/en/projects/tenx/terms', // a company projects page, region unclear
  'https://touchizen.com/transnote/terms.html', // a translation app using Google Cloud Translation
  'https://mimilog.im/terms.html', // store-only app, as earlier passes decided
  'https://www.frompt.app/privacy', // a policy that does not say AI
  'https://voiccript.makrlabs.kr/privacy.html', // a voice memo app using platform speech recognition
  'https://otoworks.ai/en/terms', // RPA, not AI
  'https://focuspang.ai/terms.html', // terms that do not say AI
  'https://jobploy.kr/vi/policies/terms', // a job board
];

const NAMESAKES = [
  'https://www.factchat.com/', // beside FactChat (factchat.bot)
  'https://www.alphajo.com/', // beside AlphaJo (alphajo.ai)
  'https://www.inlineai.com/', // beside inline AI (inline-ai.com)
  'https://www.lawmadi.co.kr/', // beside Lawmadi OS (lawmadi.com)
  'https://www.meshlaw.com/', // beside MeshLaw (meshlaw.ai)
  'https://www.puzzleai.com/', // beside Puzzle AI (puzzle-ai.com)
  'https://www.trysmooth.com/', // beside Smooth AI (trysmooth.ai)
  'https://www.papagoplus.com/', // beside Papago Plus (papago-plus.com)
  'https://www.voli.com/', // beside VOLI (voli.ai)
  'https://www.mucheck.com/', // beside MuCheck (mucheck.app)
  'https://www.aivatar.com/', // beside AiVATAR (aivatar.ai)
  'https://www.waynehills.com/', // beside TTV A.I (waynehills.co)
  'https://www.aico.com/', // beside Aico (aico.tv)
  'https://www.adobaro.co.kr/', // beside adobaRo (adobaro.com)
  'https://www.bookar.com/', // beside BookAR (bookar.ai)
  'https://www.arrrda.co.kr/', // beside Arrrda Studio (arrrda.com)
  'https://www.koreanmate.com/', // beside Mate (koreanmate.app)
  'https://www.sudatalk.com/', // beside SUDA (sudatalk.app)
  'https://www.ringuage.co.kr/', // beside Ringuage (ringuage.com)
  'https://www.psyda.com/', // beside PSYDA (psyda.ebpkorea.com)
];

describe('twentieth-session Korea traps', () => {
  it('adds 20 Korean rows, each with one domain and no prefix', () => {
    expect(regionalC20KoreaTools.length).toBe(20);
    expect(regionalC20KoreaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC20KoreaTools.every((t) => catalogRegion(t.id) === 'korea')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC20KoreaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite to the rows that cite them', () => {
    expectEachClassifiedAs(sourceUrls(regionalC20KoreaTools));
    expectEachClassifiedAs({
      'https://help.inline-ai.com/ko/articles/2014534-inline-aiga-deiteo-boaneul-jikineun-bangbeob':
        'inline-ai',
      'https://stg-fe.bookar.ai/policies/terms': 'bookar-ai',
      'https://psyda.ebpkorea.com/en/legal/terms': 'psyda',
      'https://www.waynehills.co/terms': 'ttv-ai-waynehills',
      'https://papago-plus.com/service-policy': 'papago-plus',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
