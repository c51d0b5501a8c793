// Traps beside the rows the twenty-sixth session's second browser-extension pass added
// (data/long-tail-c26-exts2.ts): the ordinary sites next to each kind of tool it added (LinkedIn, YouTube, TradingView
// and market sites, arXiv and paper indexes, search consoles and SEO suites, a terms-of-service rating site, job
// boards and applicant-tracking hosts, the extension store and payment providers), the extension policies on shared
// platforms and on company, developer or unrelated hosts that the pass read and left out, and sites whose names sit
// close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26Exts2Tools } from './data/long-tail-c26-exts2';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.linkedin.com/feed/', // the social site beside Linkora
  'https://www.youtube.com/', // the video site beside Chat with YouTube
  'https://www.tradingview.com/', // the chart site NovaTrader AI runs on
  'https://www.investing.com/', // a market site, beside NovaTrader AI
  'https://arxiv.org/', // the preprint server beside Paper Explainer
  'https://pubmed.ncbi.nlm.nih.gov/', // a paper index whose name sits close to pubpaperexplainer.com
  'https://www.semanticscholar.org/', // a paper index named in a policy read
  'https://search.google.com/search-console/about', // the search console beside the SEO auditors
  'https://developers.google.com/search/docs', // search documentation beside the SEO auditors
  'https://ahrefs.com/', // an SEO suite, beside AI SEO Auditor and SEOGEO360
  'https://moz.com/', // an SEO suite, beside AI SEO Auditor and SEOGEO360
  'https://tosdr.org/', // terms-of-service ratings, beside Termzy AI
  'https://boards.greenhouse.io/', // an applicant-tracking host the fillers fill
  'https://jobs.lever.co/', // an applicant-tracking host the fillers fill
  'https://www.myworkdayjobs.com/', // an applicant-tracking host the fillers fill
  'https://www.indeed.com/', // a job board, beside FillJob AI
  'https://chromewebstore.google.com/', // the Chrome extension store
  'https://extensionpay.com/', // an extension payment service named in the policies
  'https://stripe.com/', // a payment provider named in the policies
  'https://polar.sh/', // a payment provider named in the policies
  'https://www.emailgistics.com/ai-security', // a shared-mailbox product's AI page, AI one feature
  'https://emailgistics.com/ai-security', // the same page without www
];

const SHARED_PLATFORMS = [
  'https://product-detector-site.pages.dev/privacy.html', // a price-comparison extension's policy
  'https://snaptocode-nine.vercel.app/privacy.html', // SnapToCode's policy
  'https://privacy-deploy-five.vercel.app/', // JobPilot AI's policy
  'https://apply-ai-extension.vercel.app/privacy', // ApplyAI's policy
  'https://etsyextension0.web.app/privacy.html', // Etsy Listing SEO Copilot's policy
  'https://etsy-b22ad.web.app/privacy', // MakeBox.ai's Etsy SEO AI Plugin policy
  'https://x-reply-guy.web.app/privacy', // X-Reply Guy's policy
  'https://termsread.pages.dev/', // TermsRead's policy
  'https://ai-code-reviewer-privacy.netlify.app/', // AI Code Reviewer's policy
  'https://tab-organizer-server.onrender.com/privacy', // Tab Organizer AI's policy
  'https://chromespeaks-223e6.web.app/privacy/', // Speakaboo's policy
  'https://clipmemo-landing.pages.dev/privacy', // ClipMemo's policy
  'https://highlight-cloud-viewer.pages.dev/privacy.html', // Chat Highlight's policy
  'https://tv-web-omega.vercel.app/legal/privacy', // a TradingView co-pilot's policy
  'https://ghostwriter-backend-mu.vercel.app/privacy.html', // Ghostwriter's policy
  'https://commentaihome.vercel.app/privacy-policy', // CommentAI's policy
  'https://textinlevels-landing.pages.dev/privacy.html', // TextInLevels Reader's policy
  'https://easyview.vercel.app/privacy-policy', // EasyView's earlier policy
  'https://svocat.pages.dev/sitemap.xml', // a Korean sentence analyser's policy
  'https://smart-meet.pages.dev/privacy', // Smart Meet's policy
  'https://agmeet-privacy.pages.dev/', // agmeet's policy
  'https://meeting-note-production.up.railway.app/privacy', // Meeting Notes Assistant's policy
  'https://copper-carolina-19.tiiny.site/', // Meeting Copilot's policy
  'https://sites.google.com/view/tradevision-ai-privacy/home', // TradeVision AI's policy
  'https://dluoft.notion.site/AI-Reply-Privacy-Policy-2cbc27ffd0cc8050ab1ad23d0daf583e', // a mail reply extension
  'https://galvanized-pyjama-162.notion.site/AI-Prompt-Broadcaster-Privacy-Policy-3349ae0ad8db80839efcecec9eab7103', // a prompt broadcaster
  'https://ai-reply-generator-1f1.pages.dev/privacy.html', // a Gmail add-on's policy
  'https://privacy-policy-tnvc.onrender.com/', // a phishing detector's policy
  'https://sidegpt.openlaunch.ai/policies/privacy', // SideGPT (sidegpt.app) on a launch platform
  'https://solobuildtw.github.io/difflens-privacy/', // DiffLens's policy
  'https://unaveenj.github.io/Youtube-Summary-Chrome-Plugin/privacy-policy.html', // a YouTube summariser
  'https://eugder.github.io/ai-for-ebay-seller-pages/privacy.html', // eBay Listing AI's policy
  'https://sone31.github.io/jobagent-ai/privacy-policy.html', // JobAgent AI's policy
  'https://conor-code.github.io/X-Reply-Assistant-Privacy', // X Reply Assistant's policy
  'https://web3aibot.github.io/Web3AIBot/privacypolicy.html', // Web3 AI Reply's policy
  'https://cheverino.github.io/ai-metadata-assistant-privacy', // AI Metadata Assistant's policy
  'https://rohan-dua.github.io/GEO-1-click/', // GEO 1-Click Audit's policy
  'https://davidboyun.github.io/teraseo-extension/privacy-policy.html', // teraSEO's policy
  'https://codemaestrorishit.github.io/Privacy_Policy_Page', // a phishing detector's policy
  'https://4-dhi.github.io/webshield-privacy-policy/privacy-policy', // WebShield.AI's policy
  'https://jimnaff.github.io/AISnip/privacy-policy.html', // AI Code Analyzer's policy
  'https://hodgewen.github.io/translator/privacy-policy.html', // a translator's policy
  'https://liuss66.github.io/LLM-Translator/', // LLM Translator's policy
  'https://manishreddy01.github.io/connectnote-ai/PRIVACY', // ConnectNote AI's policy
  'https://praveenprojectsgit.github.io/ignovalabs-privacy-policy/', // JobAssist AI's policy
  'https://2pylab.github.io/midler-privacy-policy/privacy-policy.html', // midler's policy
  'https://uamyangel.github.io/voice-translator-site/privacy.html', // Voice Translator's policy
  'https://nexbit-art.github.io/nexbit-privacy', // Real-Time Translator's policy
  'https://mnitin39.github.io/shopsense-privacy', // ShopSense's policy
  'https://davidebuldrini.github.io/AI-Phishing-Guard/privacy-policy.html', // AI Phishing Guard's policy
];

const LEFT_OUT = [
  'https://pixel.matpb.com/privacy.html', // Pixel, on a subdomain of a personal host
  'https://matpb.com/', // the personal host itself
  'https://torbenit.dk/proofpilot-privacy-policy', // ProofPilot on a company host
  'https://validate.torbenit.dk/privacy-policy.html', // ProofPilot's copy on a company subdomain
  'https://www.utilitygods.com/fillo-privacy', // Fillo on a developer's host
  'https://smartfill.app/privacy.html', // a field-classification backend not said to be AI
  'https://muchita.ai/shopping/privacy', // a price checker not said to be AI
  'https://www.extendforge.com/privacy/selection-translate', // AI only as an opt-in fallback
  'https://www.extendforge.com/privacy/simplify', // AI only as an opt-in feature
  'https://exte-player.com/privacy.html', // neural voices as a premium option
  'https://easyview.in/privacy-policy', // an accessibility reader, AI one feature
  'https://www.commentgem.com/privacy', // comment analytics, AI chat one feature
  'https://www.giauco.vn/privacy-policy', // a comment extension on a company host
  'https://easypalmreadings.com/privacy_whatsapp.html', // WABoost AI on an unrelated host
  'https://alexsantos.pro/politica-de-privacidade.html', // a résumé extension on a personal host
  'https://www.rubayethassan.me/projects/skiptheterms', // a portfolio project page
  'http://digitally.id/ai4tradingview/privacy.html', // AI for TradingView on a company host
  'https://www.thinktrailstudio.com/review-harvest/privacy-policy', // a studio's extension page
  'https://jollygoodapps.com/review-radar-amazon/privacy', // review analysis not said to be AI
  'https://loopheadlabs.com/reviewshield/privacy/', // on-device analysis on a company host
  'https://www.papercat.xyz/privacy.html', // recommendations through embeddings
  'https://nexudesk.com/ai-summary/privacy', // a helpdesk vendor's product path
  'https://stikinjespeeksel.nl/', // an internal tool on an unrelated host
  'https://distillery-lab.fyi/dev/privacy-policy', // a development page
  'https://www.phishguard.sakarya.edu.tr/', // a university project
  'https://cyberlifecoach.pro/Tools/about-privacy-summarizer.html', // a heuristic summariser, no AI
  'https://sowards.ai/legal/outlook-ext-privacy', // a draft prototype without AI
  'https://www.pricespilot.com/privacy-policy.html', // price comparison without AI
  'https://www.ourchromewebapp.xyz/read-text-out-loud/privacy-policy.html', // read-aloud without AI
  'https://www.rathsh.app/seo-meta-snap/privacy-policy.html', // local SEO checks without AI
  'https://sidethreadgpt.com/privacy', // a ChatGPT branching UI that calls no AI itself
  'https://zhs-privacy-policy.digitalcare.cc/', // a Zendesk helper without AI
  'https://www.expertinsightlimited.com/privacy/subtitles-translator', // left out by an earlier pass
  'https://translive.voicetube.com/privacy', // left out by an earlier pass
];

const NAMESAKES = [
  'https://www.novatrader.com/', // beside NovaTrader AI (novatrader.ai)
  'https://www.linkora.com/', // beside Linkora (linkora.makersmanlab.com)
  'https://makersmanlab.com/', // the parent of Linkora's claimed subdomain, not read
  'https://www.superfill.com/', // beside Superfill.ai (superfill.ai)
  'https://www.fillai.com/', // beside FillAI (fillai.site)
  'https://www.filljob.com/', // beside FillJob AI (filljobai.com)
  'https://www.termzy.com/', // beside Termzy AI (termzyai.com)
  'https://www.screentoprompt.ai/', // beside ScreenToPrompt (screentoprompt.com)
  'https://www.seogeo.com/', // beside SEOGEO360 (seogeo360.com)
  'https://www.auditseo.com/', // beside AI SEO Auditor (auditaiseo.com)
  'https://www.paperexplainer.com/', // beside Paper Explainer (pubpaperexplainer.com)
  'https://www.tunepaw.com/', // beside Chat with YouTube (tunepaw.io)
  'https://www.sidegpt.com/', // beside SideGPT (sidegpt.net)
];

describe('twenty-sixth-session second browser-extension traps', () => {
  it('adds 12 rows, each with one domain, no prefix and no store id, in the global region', () => {
    expect(longTailC26Exts2Tools.length).toBe(12);
    expect(
      longTailC26Exts2Tools.every(
        (t) => t.domains.length === 1 && t.urlPrefixes.length === 0 && t.extensionIds.length === 0,
      ),
    ).toBe(true);
    expect(longTailC26Exts2Tools.every((t) => catalogRegion(t.id) === 'global')).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26Exts2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26Exts2Tools));
    expectEachClassifiedAs({
      'https://screentoprompt.com/privacy.html': 'screentoprompt',
      'https://filljobai.com/privacy': 'filljob-ai',
      'https://fillai.site/': 'fillai-site',
      'https://www.termzyai.com/blog/articles/ai-privacy-policy-reader.php': 'termzy-ai',
      'https://pubpaperexplainer.com/privacy': 'paper-explainer-pubpaperexplainer',
      'https://www.seogeo360.com/privacy-policy': 'seogeo360',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
