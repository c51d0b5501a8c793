// Traps beside the rows the twenty-fifth session's browser-extension pass added (data/long-tail-c25-exts.ts): the
// ordinary sites next to each kind of extension it added (the video, mail and social sites they run on, the extension
// stores and their policies, spreadsheets, marketplaces and seller consoles, job boards and applicant-tracking hosts,
// fact-checking sites, reference and exam sites, payment providers named in the policies), the extension policies on
// shared platforms and on developers' personal or general hosts that the pass read and left out, and sites whose
// names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC25ExtsTools } from './data/long-tail-c25-exts';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.youtube.com/', // the video site the summarisers run on
  'https://www.netflix.com/', // the streaming site beside SmartLearner
  'https://mail.google.com/', // the mail site beside the sidebars
  'https://www.linkedin.com/feed/', // the social site the reply extensions met run on
  'https://www.reddit.com/', // beside the Reddit summarisers met
  'https://chromewebstore.google.com/', // the Chrome extension store
  'https://addons.mozilla.org/en-US/firefox/', // the Firefox add-on store
  'https://microsoftedge.microsoft.com/addons/', // the Edge add-on store
  'https://developer.chrome.com/docs/webstore/program-policies/limited-use', // the store policy every page cites
  'https://docs.google.com/spreadsheets/', // the spreadsheet app beside Offset Sheets Assistant
  'https://sellercentral.amazon.com/', // the seller console beside SellerForge and AmzTool
  'https://www.amazon.com/', // the marketplace beside SellerForge and AmzTool
  'https://boards.greenhouse.io/', // an applicant-tracking host Open Applier fills
  'https://jobs.lever.co/', // an applicant-tracking host Open Applier fills
  'https://www.myworkdayjobs.com/', // an applicant-tracking host Open Applier fills
  'https://www.indeed.com/', // a job board, beside Open Applier
  'https://www.snopes.com/', // a fact-checking site, beside factcheckit
  'https://www.politifact.com/', // a fact-checking site, beside factcheckit
  'https://www.factcheck.org/', // a fact-checking site whose name sits close to factcheckit
  'https://www.wikipedia.org/', // reference, beside Explain Selected
  'https://www.examtopics.com/', // an exam-question site, beside the quiz answerers
  'https://www.pinterest.com/', // an image site, beside the image-to-prompt extensions
  'https://www.lemonsqueezy.com/', // a payment provider named in the policies
  'https://polar.sh/', // a payment provider named in the policies
  'https://stripe.com/', // a payment provider named in the policies
  'https://www.gumroad.com/', // a payment provider named by Promptank
  'https://extensionpay.com/', // an extension payment service named in the policies
  'https://www.paddle.com/', // a payment provider named in the policies
];

const SHARED_PLATFORMS = [
  'https://fineanmol.github.io/linkedin-ai-reply/privacy-policy.html', // a LinkedIn reply extension's policy
  'https://parth-mangal.github.io/ai-tab-organizer/privacy-policy.html', // a tab organiser's policy
  'https://limboys.github.io/chrome-tab-grouper/privacy-policy.html', // a tab grouper's policy
  'https://0xmokuren.github.io/TabClusterAI/PRIVACY.html', // a tab grouper's policy
  'https://nolonnevereven.github.io/ScreenshotToAI/', // a screenshot extension's policy
  'https://deepseek-ai-lab.github.io/privacy-policy/privacy-policy.html', // a sidebar's policy naming its store id
  'https://josser02.github.io/Clear-Consent/', // a consent-banner explainer's policy
  'https://masadaqmk.github.io/upwork/privacy.html', // an Upwork assistant's policy
  'https://thuongtin.github.io/privacy-policy.html', // a review analyser's policy
  'https://siteaisummary.pages.dev/privacy', // AI Summary's policy, away from aisummary.site
  'https://landingpage-yt-summary.vercel.app/policy.html', // a YouTube summariser's policy
  'https://privacy-ruddy.vercel.app/', // a screenshot extension's policy
  'https://screenshot-analyzer-api.vercel.app/privacy.html', // a screenshot analyser's policy
  'https://fillmate-landing.pages.dev/privacy-policy', // a form filler's policy
  'https://factchecker-ai.pages.dev/privacy.html', // a fact-checker's policy
  'https://zesty-valkyrie-673f9d.netlify.app/', // a Gmail reply extension's policy
  'https://form-pilot.netlify.app/privacy.html', // a form filler's policy
  'https://xreplyai.netlify.app/privacy', // an X reply extension's policy
  'https://subtitleai.notion.site/SubtitleAI-Privacy-Policy-37412fe6e46d8027b7f5ea092b8fc424', // a subtitle translator
  'https://amjadaliem.notion.site/Privacy-Policy-for-LinkedIn-AI-Reply-Composer-1ff74762255c80c5b721fe657ad0fba4', // a reply composer
  'https://video-translate-ai.up.railway.app/privacy', // a video translator's policy
  'https://applyday-backend-production.up.railway.app/privacy', // a job autofill's policy
  'https://upwork-proposal-writer-production.up.railway.app/privacy', // a proposal writer's backend copy
  'https://maximum-karna-nyau-c9e85a17.koyeb.app/privacy', // an email assistant's policy
  'https://linkedin-reply.azurewebsites.net/privacy', // a LinkedIn reply extension's policy
  'https://mango-ocean-0f1de6810.2.azurestaticapps.net/privacy', // a job autofill's policy
  'https://pale-coral-ftzavjsikt.edgeone.app/', // a LinkedIn post summariser's policy
  'https://pirvacy-policy.tiiny.site/', // a bookmark organiser's policy
  'https://rentry.org/ai-tab-organizer-privacy', // a tab organiser's policy on a paste site
  'https://telegra.ph/Privacy-Policy-for-Screen-Text-Extractor-04-03', // an OCR extension's policy
  'https://privacypolicy-omeworkai.blogspot.com/', // a homework app's policy
  'https://sites.google.com/view/ai-bookmark-privacy', // a bookmark organiser's policy
  'https://mrponder.gitbook.io/ai-reply/getting-started/privacy-policy', // a Gmail reply extension's policy
];

const LEFT_OUT = [
  'http://mohdanas.me/apps/formAI', // FormAI on a developer's personal host
  'https://www.julianbesteiro.com/privacy-policy-gmail-extension', // a Gmail extension on a personal host
  'https://cemkoyluoglu.codes/yt-ai-summarizer/privacy-policy.html', // a summariser on a personal host
  'https://fredericlegrand.me/x-ai-assistant/privacy', // X AI Assistant on a personal host
  'https://jaycedl.dev/privacy-policy-rewrite-me', // ReWrite: ME on a personal host
  'https://www.jacksu.tw/privacy/textSummarizer', // a summariser on a personal host
  'https://jefflouella.com/gshoplens-privacy', // GShopLens on a personal host
  'https://huzi-baozi.com/xxx/ai_summary_extension_policy.html', // a summariser on a personal host
  'https://www.internetadvertisingsolutions.nl/yt-extension-privacy-policy.html', // an agency's host
  'https://prosperitysolutions.in/extensions/job-application-assistant/privacy.html', // a company's general host
  'https://thehelpfultipper.com/prompt-optimizer/privacy.html', // a key-only extension on a blog's host
  'https://www.alicemrongovius.com/ai-sheets/privacy-policy', // a Sheets add-on on a personal host
  'https://jiangren.com.au/en/privacy/chrome-extensions/ai-tutor', // an academy's extension page
];

const NAMESAKES = [
  'https://www.usu.edu/', // beside usum (usum.io)
  'https://www.explainxkcd.com/', // beside Explain Selected
  'https://www.answers.com/', // beside AnswerIt AI (answerit.pro)
  'https://sellerlegend.com/terms-of-service', // Amazon sales analytics without AI, beside SellerForge
];

describe('twenty-fifth-session browser-extension traps', () => {
  it('adds 21 rows, each with one domain, no prefix and no store id, in the global or Japan region', () => {
    expect(longTailC25ExtsTools.length).toBe(21);
    expect(
      longTailC25ExtsTools.every(
        (t) => t.domains.length === 1 && t.urlPrefixes.length === 0 && t.extensionIds.length === 0,
      ),
    ).toBe(true);
    expect(longTailC25ExtsTools.filter((t) => catalogRegion(t.id) === 'japan').map((t) => t.id)).toEqual([
      'modenote',
    ]);
    expect(longTailC25ExtsTools.filter((t) => catalogRegion(t.id) === 'global').length).toBe(20);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC25ExtsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC25ExtsTools));
    expectEachClassifiedAs({
      'https://www.speaktobrowse.com/privacy': 'speaktobrowse',
      'https://usum.io/privacy.html': 'usum-extension',
      'https://www.sellerforge.ai/privacy': 'sellerforge',
      'https://sideai.app/terms': 'sideai-app',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
