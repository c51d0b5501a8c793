// Traps beside the rows the twenty-sixth session's memory pass added (data/long-tail-c26-memory.ts) and the hosts it
// added to existing entries (worldlabs.ai to `marble-worldlabs`, tess.pareto.io to `tess-ai`): the ordinary sites next
// to each kind of tool (job boards and applicant-tracking systems beside the hiring tools, video and caption editors
// that are not AI rows, mail providers beside the email assistants, ad platforms beside the ad-creative tools, the
// companies behind the brief's names), the shared-platform copies, drafts, templates and left-out hosts the pass read,
// and namesakes of the new entries. None of them may classify; every new host must reach its own entry.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists CloudCruise (cloudcruise.com)
// from its agentic-system docs; the workflows trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26MemoryTools } from './data/long-tail-c26-memory';

const GENERAL_SITES = [
  'https://www.greenhouse.com/', // an applicant-tracking system, beside Pin and HrFlow.ai
  'https://support.greenhouse.io/hc/en-us/articles/39728312399771-Pin-integration', // the ATS's page about Pin
  'https://www.linkedin.com/jobs/', // a job board, beside Pin
  'https://www.pinterest.com/', // a pin-board site, beside Pin (pin.com)
  'https://help.pinpoint.support/en/articles/7858307-how-do-i-use-pinpoint-as-an-external-recruiter', // an ATS's help
  'https://dvinci.freshdesk.com/en/support/solutions/articles/75000026446-pin', // an ATS's "pin" keyword feature
  'https://www.apple.com/final-cut-pro/', // the video editor Capti captions for
  'https://www.capcut.com/', // a video editor, beside the caption tools
  'https://www.zapsubs.com/privacy', // a subtitle generator whose policy does not say AI
  'https://upload.captn.cc/legal/privacy', // a caption service whose policy does not say AI
  'https://www.capshun.cc/legal/privacy', // a caption service whose policy does not say AI
  'https://mail.google.com/', // the mailbox the email assistants connect to
  'https://outlook.live.com/', // the mailbox the email assistants connect to
  'https://www.mailscale.ai/terms-of-service', // email-account provisioning, not an AI tool
  'https://mailagents.net/terms', // transactional email infrastructure
  'https://www.adpersonam.io/help/media-planning/banner-generator', // a DSP with an AI banner feature
  'https://support.adcredo.com/how-does-the-ad-builder-work-media-ad-formats-ad-settings', // an ad platform
  'https://support.ipromote.com/hc/en-us/articles/28350903073684-Step-2-Creative', // an ad platform's builder
  'https://www.facebook.com/business/ads', // the ad platform the creative tools feed
  'https://www.rakuten.co.jp/', // the marketplace beside Rakuten AI
  'https://rakuten.today/blog/inside-rakuten-ai-maksim-tkachenko-on-the-path-to-personalized-ai-with-efficient-japanese-llms.html', // Rakuten's corporate blog
  'https://www.thomsonreuters.com/', // CoCounsel's maker, beside the `casetext` entry
  'https://www.lexisnexis.com/en-us/home.page', // Protégé's maker's general site
  'https://www.opera.com/', // Opera Neon's maker
  'https://www.jetbrains.com/', // Junie's maker
  'https://pareto.io/', // Tess AI's maker: only tess.pareto.io is claimed
  'https://yourpilla.com/docs/poppi-steps', // staff workflows with an AI assistant
  'https://docs.immersivefusion.com/IAPM/3D/Features/ai-assistant', // an APM tool's AI assistant
];

const SHARED_PLATFORMS = [
  'https://poppy-chat.pages.dev/legal/terms-of-service', // a copy of Ask Poppy's terms on a shared platform
  'https://ashtonvaughan.pages.dev/writeups/a-browser-runtime-for-agents', // a write-up on a shared platform
  'https://capture-deb0.pages.dev/privacy.html', // a policy on a shared platform
  'https://magicpixels-ai.pages.dev/terms', // terms on a shared platform
  'https://akillness.github.io/posts/worldlabs-marble-world-model', // a post about Marble on a shared platform
  'https://cognipeer.github.io/console/guide/browser.html', // docs on a shared platform
  'https://poppins-marketing-eta.vercel.app/privacy', // a policy on a shared platform
  'https://poppy-connection-keeper.netlify.app/terms', // terms on a shared platform
  'https://clipforge-ae4b2e.polsia.app/admin', // an app on a shared host
];

const LEFT_OUT = [
  'https://lensa-ai.com/', // no page of Prisma Labs' on this host
  'https://otherside.ai/', // no page of OthersideAI's on this host
  'https://jamie.ai/', // no page of jamie's on this host (meetjamie.ai is the entry)
  'https://mailmaestro.ai/', // no page found (maestrolabs.com is the entry)
  'https://rakuten.ai/', // no page found (ai.rakuten.co.jp is the entry)
  'https://director.ai/', // no page found
  'https://magicshot.ai/', // only a directory names its MCP host
  'https://opusclip.com/', // no page found (opus.pro is the entry)
  'https://icon.me/', // no page found (icon.com is the entry)
  'https://tess.pub/', // no page found (tess.im is the entry)
  'https://hour-one.ai/', // no page found (hourone.ai is the entry)
  'https://ya.ru/neuro', // no page of Yandex's naming it
  'https://gigachat.ru/', // no page found (giga.chat is the entry)
  'https://bharatgpt.ai/', // no page found (corover.ai is the entry)
  'https://cocounsel.com/', // no page found (the `casetext` entry holds Thomson Reuters' pages)
  'https://neon.opera.com/', // only pages about the 2017 concept browser
  'https://graphite.dev/', // general code-review software, as judged before
  'https://getpoppy.ai/', // only a user feature-request board was found
  'https://feedback.getpoppy.ai/', // a user feature-request board
  'https://webcrumbs.ai/', // Frontend AI is winding down
  'https://zeely.ai/terms-of-service', // AI only in the app's name
  'https://help.zeely.app/terms-of-service/', // AI only in the app's name
  'https://mailpilot.tedbotai.com/privacy', // a draft policy
  'https://shotai.org/terms', // sample terms of a starter kit
  'https://www.magicimage.app/terms-of-use', // terms copied from another product's wording
  'https://dejanu.app/en/terms-of-use', // terms that do not say what the AI does
  'https://g3nr8.ai/specification.html', // a specification that does not say AI
  'https://www.imagicai.net/commercial-license', // a licence naming another host
  'https://marketpli.com/', // a homepage, no path
  'https://subtitlesapp.site/privacy-policy.html', // a store-app policy, left out before
  'https://nothumanallowed.com/docs/webcraft', // one feature's docs; the wider product not read
];

const NAMESAKES = [
  'https://www.pin.it/', // Pinterest's short links, beside pin.com
  'https://www.hrflow.com/', // beside HrFlow.ai (hrflow.ai)
  'https://www.zapcap.com/', // beside ZapCap (zapcap.ai)
  'https://www.capti.com/', // beside Capti (usecapti.com)
  'https://www.captik.com/', // beside Captik (captik.in)
  'https://www.captioncut.app/', // beside Caption Cut (captioncut.com)
  'https://www.mailmate.com/', // beside MailMateAI (mailmateai.com)
  'https://www.mailgo.com/', // beside MailGo (mailgo.app)
  'https://www.maestro.com/', // beside Maestro AI (getmaestro.ai)
  'https://www.zeroish.com/', // beside Zeroish.ai (zeroish.in)
  'https://www.poppy.com/', // beside Ask Poppy (askpoppy.ai)
  'https://www.worldlabs.com/', // beside World Labs (worldlabs.ai)
  'https://www.tesslate.ai/', // beside Tesslate (tesslate.com)
  'https://www.hirerobots.com/', // beside Hire Robots (hirerobots.ai)
  'https://www.getmaestro.com/', // beside Maestro AI (getmaestro.ai)
];

describe('twenty-sixth-session memory traps', () => {
  it('adds 16 rows, each with one domain and no prefix', () => {
    expect(longTailC26MemoryTools.length).toBe(16);
    expect(longTailC26MemoryTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26MemoryTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26MemoryTools));
    expectEachClassifiedAs({
      'https://developers.hrflow.ai/docs/hrflowai-scoring-searching-oem-integration': 'hrflow-ai',
      'https://docs.pin.com/how-to-run-candidate-searches': 'pin-recruiting',
      'https://www.zapcap.ai/api/subtitle/': 'zapcap',
      'https://zapcap.ai/api/video-captioning/': 'zapcap',
      'https://askpoppy.ai/hr/legal/privacy-policy': 'ask-poppy',
    });
  });

  it('classifies the hosts added to existing entries', () => {
    expectEachClassifiedAs({
      'https://worldlabs.ai/': 'marble-worldlabs',
      'https://www.worldlabs.ai/': 'marble-worldlabs',
      'https://docs.worldlabs.ai/api': 'marble-worldlabs',
      'https://platform.worldlabs.ai/api-keys': 'marble-worldlabs',
      'https://marble.worldlabs.ai/': 'marble-worldlabs',
      'https://tess.pareto.io/': 'tess-ai',
      'https://docs.tess.pareto.io/api/endpoints/agents/execute': 'tess-ai',
      'https://tess.im/': 'tess-ai',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
