// Traps beside the rows the twenty-first session's user research, feedback and accessibility pass added
// (data/long-tail-c21-uxforms.ts): the ordinary sites next to each kind of tool it added (accessibility guidelines and
// checkers, the WordPress and Shopify app directories, survey, research and review platforms, plain-language guidance,
// a design tool, a messenger), the parent of the claimed subdomain and the plugin maker's site, the shared-platform
// copies and the left-out pages the pass read, and sites whose names sit close to the new entries. None of them may
// classify; every new host must reach its own entry.
//
// At the merge of the twenty-second session: candidate.talentsystems.ai (Talent Systems) was listed from the vendor's
// own page (data/long-tail-c22-mergefix.ts), so its trap was dropped.
//
// At the merge of the twenty-third session: scoutup.ai (ScoutUp, an AI interviewer) was listed from its own pages
// (data/long-tail-c23-hr2.ts), so its trap was dropped.
//
// getreviewai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists User Intuition
// (userintuition.ai) from its founder's guide to AI-moderated interviews; the guide trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21UxformsTools } from './data/long-tail-c21-uxforms';

const GENERAL_SITES = [
  'https://www.w3.org/WAI/standards-guidelines/wcag/', // the WCAG guidelines, beside the AI accessibility checkers
  'https://www.deque.com/axe/', // a rule-based accessibility engine, beside the AI accessibility checkers
  'https://wave.webaim.org/', // a rule-based accessibility checker, beside the AI accessibility checkers
  'https://pdfua.foundation/', // the PDF/UA standard, beside the AI PDF remediation service
  'https://wordpress.org/plugins/', // the plugin directory, beside the AI alt-text plugins
  'https://apps.shopify.com/', // the Shopify app store, beside the AI alt-text Shopify app
  'https://www.surveymonkey.com/', // a survey platform, beside the AI interview and survey tools
  'https://www.typeform.com/', // a form builder, beside the AI interview and survey tools
  'https://www.userinterviews.com/', // research participant recruiting, beside the AI interviewers
  'https://www.nngroup.com/articles/', // UX research articles, beside the synthetic users
  'https://www.trustpilot.com/', // a review site, beside the AI review analyser
  'https://www.plainlanguage.gov/', // plain-language guidance, beside the plain-language rewriters
  'https://www.leichte-sprache.org/', // the Easy Read network, beside the plain-language rewriters
  'https://telegram.org/', // the messenger the feedback widget reports to
  'https://www.figma.com/', // a design tool, beside the AI usability reviewers
  'https://zerobearing.com/', // the parent of The Feedback Agent's claimed subdomain
  'https://www.zerobearing.com/', // the parent of The Feedback Agent's claimed subdomain
  'https://fueled.com/', // the maker of ClassifAI, a general agency site
  'https://10up.com/', // the maker of ClassifAI, a general agency site
];

const SHARED_PLATFORMS = [
  'https://acquahio.github.io/alt-text-generator-legal', // a policy on a shared platform
  'https://feebee-94b09.web.app/legal/privacy-policy', // a template policy on a shared platform
  'https://clarity-website-791.pages.dev/blog/automating-user-research-synthesis-from-50-interviews-to-insights-in-minutes/', // a blog on a shared platform
  'https://kadenhartleyyokota.github.io/HUD-Live-Captioning-Support/privacy.html', // a policy on a shared platform
  'https://easy-credit-3b9.notion.site/Privacy-Policy-for-LiveCaption-AI-Translator-2dee59b5bd0080b5aab4f2913d6c8f17', // a policy on a shared platform
  'https://captionpip.pages.dev/privacy/', // a policy on a shared platform
  'https://alexgoen.wixsite.com/my-site-1/post/easyread-artificial-intelligence-chatgpt', // a blog on a shared platform
  'https://wikiplus-web.pages.dev/en/blog/audio-transcription-accessibility-captions-subtitles/', // a blog on a shared platform
  'https://admin-docs-ai5.pages.dev/general/feedback-widget/', // developer docs on a shared platform
  'https://factiq.pages.dev/feedback-data.html', // a policy on a shared platform
  'https://theaccessiibilityhighlander.github.io/apg-auditor/privacy.html', // a policy on a shared platform
  'https://testagent-io.pages.dev/terms.html', // terms on a shared platform
  'https://thuongtin.github.io/privacy-policy.html', // a policy on a shared platform
  'https://alt-generator-doiv.onrender.com/privacy', // a policy on a shared platform
  'https://wikty.github.io/bigai-seo-docs/privacy.html', // a policy on a shared platform
  'https://imagetextlab-com.pages.dev/privacy', // a copy of ImageTextLab's policy on a shared platform
  'https://alt-text-optimization.fly.dev/privacy-policy.html', // a policy on a shared platform
];

const LEFT_OUT = [
  'https://help.surveymonkey.com/articles/de/kb/Automatic-Insights', // a survey platform, AI one feature
  'https://typeform.com/help/a/clarify-with-ai-privacy-considerations-31070315600020', // a form builder, AI one feature
  'https://easy-feedback.com/privacy/ai-data-protection', // a survey platform, AI one feature
  'https://docs.nps.today/ai/ai-feedback-assistant/', // an NPS platform, AI one feature
  'https://support.customergauge.com/support/solutions/articles/5000893296-system-settings-ai-privacy-settings', // a CX platform, AI one feature
  'https://doc.experquiz.com/category/enquetes/', // a quiz and survey platform, AI one feature
  'https://www.zonkafeedback.com/blog/how-ai-is-impacting-customer-service', // a feedback platform, AI one feature
  'https://www.sopact.com/use-case/customer-feedback-analysis', // a data platform, AI one feature
  'https://help.siteimprove.com/support/solutions/articles/80001215024-how-pdf-remediation-works', // a web governance suite, AI one feature
  'https://userlytics.com/?p=26041', // a usability testing platform, AI one feature
  'https://help.respondent.io/en/articles/15688979-session-privacy-notice', // a recruiting platform, AI moderator one feature
  'https://maze.co/collections/ai/ai-moderation', // a research platform's guide, AI one feature
  'https://cleverx.com/guides/how-to-run-ai-moderated-interviews-a-complete-guide-for-research-teams', // a research platform's guide
  'https://app.feedbaxster.com/privacy', // a feedback platform, AI assistant one feature
  'https://docs.krafter.dev/surveys/guide/ai-features.html', // a general platform's survey module
  'https://www.questionpunk.com/support/ai-how-it-works', // a survey editor, AI interview one question type
  'https://api.wcagaudit.io/privacy', // a rule-based checker, optional AI review on the user's key
  'https://www.accesslumens.com/ai-disclosure', // a rule-based checker, AI writes only the summary
  'https://alttextgenerator.ai/privacy-policy', // a policy that does not say AI
  'https://imagedescriberai.com/terms-of-service', // AI only in the brand name
  'https://chattysurvey.com/privacy', // a policy that does not say AI
  'https://survai.io/policies/privacy-policy', // a policy that does not say AI
  'https://www.formcreatorai.com/Security-Privacy', // AI only in the brand name
  'https://personagen.dev/terms', // terms that do not say AI
  'https://hearcaptions.com/privacy-policy.html', // on-device captions, no AI named
  'https://www.cleverpixel.com/simple-captions-privacy.html', // captions with speech recognition, no AI named
  'https://websitefeedback.tools/privacy-policy/', // a feedback extension that does not say AI
  'https://leichte-sprache.io/faq/', // a closed tool's FAQ that does not say AI
  'https://smartlyteai.com/privacy', // a template "product starter policy"
  'https://chatbot.eyratech.com/company/privacy-policy', // a template policy with placeholders
  'https://imgaltgen.com/?p=7249', // a bare `?p=` page
  'https://mnmoo.com/image-alt-text-ai-privacy.html', // a Shopify app's policy on its developer's site
  'https://general-app-docs.s3.ap-south-1.amazonaws.com/extension/privacy-policy.html', // an internal admin tool
  'https://ai.xcode.ae/docs/creating-interviews/interview-settings', // docs that name no product
  'https://llm-enabled-development-41d6d8.pages.cms.hu-berlin.de/en/usage/ki-umfrage', // a university prototype
  'https://docs.insightagent.io/product-guides/interviews/conducting', // a name shared with a listed entry, not told apart
  'https://help.coodesh.com/en/articles/14452435-ai-conversational-interview-voice-call-mode', // a hiring tool, another kind
  'https://specifythat.com/privacy', // a developer spec tool, another kind
  'https://spekto.ai/learn/usability', // agent-readiness grades, another kind
  'https://unstar.app/blog/ai-powered-app-review-analysis-2026', // seen only on its blog
  'https://uxghost.ai/article/88/why-static-microcopy-struggles-in-a-segmented-world', // seen only on its articles
  'https://replism.com/knowledgebase/what-is-a-synthetic-respondent', // seen only on its knowledge base
  'https://relichecksurvey.com/posts/practical-ai-in-survey-work.html', // seen only on its posts
  'https://surveyextreme.com/blog/using-ai-to-analyze-open-ended-survey-responses', // seen only on its blog
  'https://remedocs.com/blog/automated-pdf-ua-remediation', // seen only on its blog
  'https://www.deepsight.de/blog/was-ist-ki-gestuetzte-textanalyse', // seen only on its blog
  'https://statgenius.io/stop-synthetic', // seen only on a position page
  'https://blog.vidulk.com/wcag-compliant-ai-video-captions/', // seen only on its blog
  'https://okmiku.com/blog/live-captions-not-accessible-captions', // seen only on its blog
  'https://www.extendforge.com/privacy/simplify', // an extension documented on its developer's general site
  'https://docs.anglin.com/projects/pdf-converter/admin/accessibility-skill/', // developer docs on the maker's general site
  'https://demeillat.com/ressources/lab-plugin-alt-via-gp', // an agency's own lab plugin
  'https://svaerm.com/blog/leichte-sprache-uebersetzer/', // an Easy Read agency's article
  'https://ezud.com/ai-content-simplification-plain-language', // an article
  'https://www.a11ybob.com/writing/reviews/69b59237c7628eb983579c06', // an article
  'https://ixdf.org/literature/article/ai-vs-researched-personas', // an article
  'https://waic.jp/?p=6992', // public guidance
  'https://www.bfit-bund.de/DE/Publikation/Stellungnahme-ki-tools.html', // public guidance
  'https://markezine.jp/article/detail/49590?p=3', // news
  'https://rgaa-checker.com/blog/ia-accessibilite-opportunite-menace', // an article
];

const NAMESAKES = [
  'https://www.altkit.com/', // beside Alt Kit (altkit.app)
  'https://www.alttextapi.io/', // beside AltText API (alttextapi.com)
  'https://www.alttextstudio.io/', // beside Alt Text Studio (alttextstudio.com)
  'https://www.alttextmaker.io/', // beside AltTextMaker (alttextmaker.com)
  'https://www.quickalttext.io/', // beside QuickAltText (quickalttext.com)
  'https://www.autoalt.com/', // beside autoalt.eu
  'https://www.imagetextlab.io/', // beside ImageTextLab (imagetextlab.com)
  'https://www.classifaiplugin.org/', // beside ClassifAI (classifaiplugin.com)
  'https://www.checksiteada.io/', // beside CheckSiteADA (checksiteada.com)
  'https://www.theaccessible.com/', // beside TheAccessible.org
  'https://www.certvo.io/', // beside Certvo (certvo.com)
  'https://www.ereadable.io/', // beside eReadable (ereadable.com)
  'https://www.simplepolicy.com/', // beside Simple Policy (simplepolicy.ca)
  'https://www.microcopyfixer.io/', // beside Microcopy Fixer (microcopyfixer.com)
  'https://www.trypillow.com/', // beside Pillow (trypillow.ai)
  'https://www.convosurvey.com/', // beside Convo (convosurvey.ai)
  'https://www.hallwayai.io/', // beside Hallway (hallwayai.com)
  'https://www.fyreside.com/', // beside Fyreside (fyreside.chat)
  'https://www.usertold.com/', // beside UserTold.ai (usertold.ai)
  'https://www.aseed.com/', // beside Aseed (aseed.ai)
  'https://www.darcyiq.ai/', // beside DarcyIQ (darcyiq.com)
  'https://www.atypica.com/', // beside Atypica (atypica.ai)
  'https://www.autousers.com/', // beside Autousers (autousers.ai)
  'https://www.personabuilder.com/', // beside Persona Builder (persona-builder.com)
  'https://www.thematic.com/', // beside Thematic (getthematic.com)
  'https://www.specific.com/', // beside Specific (specific.app)
  'https://www.reviewlenz.com/', // beside ReviewLenz (doreviews.site)
  'https://www.feedgram.com/', // beside Feedgram (feedgram.app)
  'https://www.feedbackagent.com/', // beside The Feedback Agent (feedback.zerobearing.com)
];

describe('twenty-first-session user research, feedback and accessibility traps', () => {
  it('adds 29 rows, each with one domain and no prefix', () => {
    expect(longTailC21UxformsTools.length).toBe(29);
    expect(longTailC21UxformsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21UxformsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.autousers.ai/help/autousers/what-are-autousers': 'autousers',
      'https://docs.trypillow.ai/concepts/conversations': 'pillow-research',
      'https://docs.hallwayai.com/docs/help/insights/understanding-insights': 'hallway-ai',
      'https://docs.aseed.ai/projects/ai-interviewer.md': 'aseed',
      'https://docs.darcyiq.com/workspace/projects/interviews': 'darcyiq',
      'https://help.getthematic.com/article/81-sentiment': 'thematic-feedback',
      'https://www.specific.app/es/blog/open-ended-feedback-questions-how-ai-analysis-of-feedback-turns-qualitative-responses-into-actionable-insights-1':
        'specific-app',
      'https://certvo.com/blog/ai-wcag-code-fixes-explained': 'certvo',
      'https://feedback.zerobearing.com/privacy': 'feedback-agent-zerobearing',
      'https://www.doreviews.site/privacy-extension.html': 'reviewlenz',
      'https://classifaiplugin.com/features/alt-text-generation/': 'classifai',
      'https://theaccessible.org/legal/ai-ml-disclosure': 'theaccessible-org',
      'https://www.imagetextlab.com/privacy': 'imagetextlab',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
