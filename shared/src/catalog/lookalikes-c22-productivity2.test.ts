// Traps beside the rows the twenty-second session's second productivity pass added (data/long-tail-c22-productivity2.ts):
// the ordinary sites next to each kind of AI tool it added (mail services, scheduling links, team wikis and chat, file
// stores, PDF tools, a messenger, a newsletter platform, the Workspace add-on store, a spreadsheet, construction ERPs, a
// French cloud host), the rest of the site beside the one URL prefix, the shared-platform copies and left-out hosts the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry.
//
// getaudionote.com and pdfchatai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC22Productivity2Tools } from './data/long-tail-c22-productivity2';

const GENERAL_SITES = [
  'https://mail.google.com/', // a mail service, beside the AI email assistants
  'https://outlook.live.com/', // a mail service, beside the AI email assistants
  'https://www.fastmail.com/', // a mail service, beside the AI inbox triage
  'https://proton.me/mail', // a mail service, beside the AI inbox triage
  'https://calendly.com/', // a scheduling-link service, beside the AI scheduling agents
  'https://cal.com/', // a scheduling-link service, beside the AI scheduling agents
  'https://www.doodle.com/', // a meeting-poll service, beside the AI scheduling agents
  'https://www.atlassian.com/software/confluence', // a team wiki, beside the AI knowledge bases
  'https://slack.com/', // a team chat, beside the AI knowledge bases answering in Slack
  'https://www.dropbox.com/', // a file store, beside the AI knowledge bases
  'https://www.notion.com/', // a workspace, beside the AI knowledge bases
  'https://www.ilovepdf.com/', // a PDF tool site, beside the AI PDF chats
  'https://www.sejda.com/', // a PDF editor, beside the AI PDF chats
  'https://www.whatsapp.com/', // a messenger, beside the WhatsApp summariser
  'https://substack.com/', // a newsletter platform, beside the newsletter summariser
  'https://workspace.google.com/marketplace', // the Workspace add-on store, beside the Sheets, Docs and Slides add-on
  'https://www.microsoft.com/microsoft-365/excel', // a spreadsheet, beside the AI data tools
  'https://www.procore.com/', // a construction ERP, beside the LLM query tool over construction data
  'https://www.oracle.com/construction-engineering/aconex/', // a construction ERP, beside the LLM query tool over construction data
  'https://www.ovhcloud.com/', // a French cloud host, beside the French AI knowledge base
];

const PARENTS = [
  'https://www.duggai.com/', // the rest of the site beside the claimed duggai.com/email prefix
  'https://duggai.com/', // the rest of the site beside the claimed duggai.com/email prefix
];

const SHARED_PLATFORMS = [
  'https://assistant-2d7.pages.dev/privacy', // a policy or page on a shared platform
  'https://mail-organiser-frontend.pages.dev/ai-policy', // a policy or page on a shared platform
  'https://butler-ypc.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://dmsuitemonorepo.pages.dev/calendarai/privacy.html', // a policy or page on a shared platform
  'https://ovapp-training-curriculum.pages.dev/ai-for-project-planning/', // a policy or page on a shared platform
  'https://agate-spoon-bc6.notion.site/Maxima-App-for-Slack-Guidelines-for-Sub-Processors-2e9d99f0f42d8034a3cce56f450bbac4', // a policy or page on a shared platform
  'https://annusensei.notion.site/Whispnotes-App-Privacy-policy-250a883f75648075918cd4fc10fa1582', // a policy or page on a shared platform
  'https://bugslayerzoro.github.io/second-brain/privacy-policy.html', // a policy or page on a shared platform
  'https://cristowi.github.io/readlater-site/privacy-policy.html', // a policy or page on a shared platform
  'https://minghualiu1977.github.io/web-copilot/privacy.html', // a policy or page on a shared platform
  'https://harveybl.github.io/aitodo-legal/privacy-policy.html', // a policy or page on a shared platform
  'https://appstoreapps2025.blogspot.com/p/privacy-policy-speech-notes-ai-note.html', // a policy or page on a shared platform
  'https://sites.google.com/view/todoitsterms', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://studentsync.ai/terms', // terms naming TEAMCAL AI on a host not claimed (a lead)
  'https://hellobutler.app/blog/what-is-an-ai-chief-of-staff.html', // seen only on its guide
  'https://meetstreamline.com/privacy', // a scheduler whose product name the page leaves unclear
  'https://mx.wovn.io/product/aisokres/terms', // terms that say only that drafts are generated automatically
  'https://wovn.io/', // the parent of the AI Sokres page, a website-translation company
  'https://pdftoepub.org/info/refund', // a converter with an AI tier
  'https://dev.wikisage.io/privacy-policy', // a dev host
  'https://sortie.cloud/privacy', // a policy with a placeholder link
  'https://mailpilot.tedbotai.com/privacy', // a policy with a placeholder note
  'https://automail.jacktest.net/privacy', // a test-like host
  'https://alpha.forage.xyz/privacy-policy', // an alpha host
  'https://demo.lumarox.com/security', // a demo host
  'https://new.neatmail.app/privacy', // a policy that does not say AI
  'https://www.email-labeler.com/en/faq', // a FAQ that does not say AI
  'https://www.cloudappsmastery.com/privacy', // a Microsoft partner's site
  'https://www.zobyt.com/blog/mxgo-ai-privacy-first-ai-layer-for-your-emails-that-works-without-any-installation', // a studio's blog about MXGo
  'https://perform.digital/products/second-brain-agent/', // an agency's product page
  'https://talk-docs.saninternet.com/base-de-conhecimento/documentos', // docs whose product host the searches did not return
  'https://www.consultingaios.com/privacy', // a policy still awaiting counsel review
  'https://www.joysuite.com/fr/blog/ai-powered-internal-knowledge-base', // seen only on its blog
  'https://algomind.ai/ressources/base-connaissance-ia-entreprise', // seen only on its guide
  'https://www.girardai.com/blog/ai-wiki-documentation-automation', // seen only on its blog
  'https://keepreader.com/privacy/', // a reader with optional AI summaries
  'https://www.itmplatform.com/en/teams-privacy/', // a project platform's Teams bot, AI one feature
  'https://docs.nforged.com/collaboration/email-forwarding/', // a project platform's inbox, AI one feature
  'https://atender.com/docs/knowledge/knowledge-base/use-ai-to-draft-an-article', // a support suite's editor, AI one feature
  'https://www.aidd.app/terms', // a mobile-only app
  'https://intentifyx.com/es/terms', // a browser extension
  'https://ai-lab.com.au/assistant/en/privacy-policy.html', // a desktop and mobile app
  'https://roboticulous.com/privacy-policy', // a policy with a placeholder contact
  'https://gmail.rela.uy/privacy-policy', // a personal project
  'https://ai-email.dhakalnirajan.com.np/privacy', // a demo project
  'https://www.calendaraiml.com/terms', // terms that do not say AI
  'https://www.formulapilot.com/privacy-policy', // a policy that does not say AI
  'https://www.auto-scheduler.net/datenschutz', // a policy that does not say AI
  'https://www.auto-cron.com/privacy', // a policy that does not say AI
  'https://ganttpilot.com/privacy', // a Gantt planner, AI one feature
  'https://www.onlinegantt.com/privacy.html', // a Gantt planner, AI one feature
  'https://tabon.io/qa/aiName.html', // a table exporter, AI optional
  'https://www.plutio.com/help/wiki-overview', // a business suite's wiki
  'https://www.mxgo.ai/blogs/privacy-in-the-inbox-evaluating-how-ai-email-tools-can-respect-your-data', // seen only on a general blog post
  'https://www.replyless.ai/guides/ai-email-tool-that-learns-writing-style', // a one-line guide, as before
  'https://www.abogadogpt.org/terms', // a mobile-only app
  'https://agreeontime.com/?p=privacy', // a bare `?p=` page
  'https://appsrecord.com/?p=94331', // a bare `?p=` page
  'https://indigoedocs.com/?p=2980', // a bare `?p=` page
  'https://www.dyyota.com/use-cases/knowledge-base-search', // an agency
  'https://www.2vautomation.ai/systems/internal-ai-knowledge-base', // an agency
  'https://xither.com/resources/buyers-guides/ai-search-slack-confluence', // a buyer's guide
];

const NAMESAKES = [
  'https://www.mailbutler.io/', // beside Butler (butler.ai) and Butler OS (useinboxbutler.com)
  'https://www.butler.com/', // beside Butler (butler.ai)
  'https://www.butlerapp.com/', // beside Butler (butler.ai)
  'https://postscript.io/', // an SMS marketing platform, beside Postscript (usepostscript.com)
  'https://www.newmail.com/', // beside NewMail AI (newmail.ai)
  'https://www.teamcalendar.com/', // beside TEAMCAL AI (teamcalendar.ai)
  'https://www.teamcal.com/', // beside TEAMCAL AI (teamcal.ai)
  'https://www.qanswer.com/', // beside QAnswer (qanswer.ai)
  'https://www.assist.com/', // beside Assist (tryassist.in)
  'https://www.exahia.com/', // beside Exahia (exahia.fr)
  'https://www.aurora.tech/', // beside Aurora AI (aurora-ai.co)
  'https://www.unless.io/', // beside Unless (unless.com)
  'https://www.quickpdf.com/', // beside QuickChatPDF (quickchatpdf.com)
  'https://www.aidocx.com/', // beside AiDocX (aidocx.ai)
  'https://www.arcsolve.com/', // beside ArcSolve (arcsolve.ai)
  'https://www.papum.com/', // beside PapumBot (papumbot.com)
  'https://www.summarize.com/', // beside SummarAIzeIT (summaraizeit.com)
  'https://www.adara.com/', // beside Adara AI Assistant (adaraaiassistant.com)
  'https://www.idb.org/', // beside IDBQuery (idbquery.com)
];

describe('twenty-second-session productivity (productivity2) traps', () => {
  it('adds 18 rows: one with a URL prefix, one with two domains and the rest with one domain each', () => {
    expect(longTailC22Productivity2Tools.length).toBe(18);
    const prefixed = longTailC22Productivity2Tools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixed.map((t) => t.id)).toEqual(['duggai-email']);
    expect(prefixed[0]!.domains).toEqual([]);
    expect(longTailC22Productivity2Tools.find((t) => t.id === 'teamcal-ai')!.domains).toEqual([
      'teamcalendar.ai',
      'teamcal.ai',
    ]);
    expect(
      longTailC22Productivity2Tools
        .filter((t) => t.urlPrefixes.length === 0 && t.id !== 'teamcal-ai')
        .every((t) => t.domains.length === 1),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC22Productivity2Tools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.newmail.ai/privacy': 'newmail-ai',
      'https://guide.butler.ai/features/automations': 'butler-ai-inbox',
      'https://app.useinboxbutler.com/privacy': 'butler-os-inboxbutler',
      'https://www.usepostscript.com/gmail/how-to-label-gmail-with-ai': 'postscript-email',
      'https://www.duggai.com/email/docs/smart-inbox': 'duggai-email',
      'https://duggai.com/email': 'duggai-email',
      'https://teamcalendar.ai/llm': 'teamcal-ai',
      'https://trust.teamcal.ai/': 'teamcal-ai',
      'https://doc.qanswer.ai/fr/tutorial-ui/data-source/email': 'qanswer',
      'https://docs.tryassist.in/data-flows': 'assist-tryassist',
      'https://exahia.fr/docs/02-rag-features': 'exahia',
      'https://docs.aurora-ai.co/geral/pt-BR/documents/introduction': 'aurora-ai-agents',
      'https://blog.unless.com/en/platform/third-party-usage-policies': 'unless-ai',
      'https://www.quickchatpdf.com/terms': 'quickchatpdf',
      'https://aidocx.ai/terms': 'aidocx',
      'https://arcsolve.ai/terms': 'arcsolve',
      'https://papumbot.com/terms': 'papumbot',
      'https://kamal.summaraizeit.com/privacy': 'summaraizeit',
      'https://www.adaraaiassistant.com/privacy': 'adara-ai-assistant',
      'https://idbquery.com/security': 'idbquery',
    });
  });

  it('leaves general sites, the rest of the prefixed site, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
