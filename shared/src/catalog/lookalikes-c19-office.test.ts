// Traps beside the rows the nineteenth session's office pass added (data/long-tail-c19-office.ts): the ordinary sites
// next to each kind of AI office tool (spreadsheets, scheduling links, accounting, resume builders, job boards, slide
// templates, PDF suites, workspaces), the parents of the subdomains claimed alone and a sibling path beside the one
// prefix, the shared-platform copies and left-out hosts the pass read, and sites whose names sit close to the new
// entries. None of them may classify; every new host must reach its own entry.
// InboxRobot (inboxrobot.de) is now listed from its own software agreement, which says KI-based inbox management on
// Mistral AI or OpenAI (data/long-tail-c27-agents5.ts), so its trap was dropped.
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists InPolicy (inpolicy.ai), whose
// docs call PolicyBot the AI system that detects policy violations; the PolicyBot Word trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19OfficeTools } from './data/long-tail-c19-office';

const GENERAL_SITES = [
  'https://www.smartsheet.com/', // a spreadsheet-style work platform, beside the AI Sheets assistants
  'https://www.calendly.com/', // a booking-link scheduler, beside the AI scheduling assistant and planners
  'https://www.freshbooks.com/', // accounting software, beside the AI invoice and receipt extractors
  'https://www.zety.com/', // a resume builder, beside the AI resume and cover-letter services
  'https://www.indeed.com/', // a job board, beside the AI resume tools and the AI interview service
  'https://slidesgo.com/', // presentation templates, beside the AI slide makers
  'https://www.mindomo.com/', // a mind-map app with AI features, left out as a general product
  'https://sparkmailapp.com/', // a mail client with an AI assistant, left out as a general product
  'https://www.ganttpro.com/', // a Gantt planner, beside the AI planners
  'https://www.docusign.com/', // e-signatures, beside the AI PDF form filler
  'https://www.adobe.com/acrobat.html', // a PDF suite, beside the AI PDF and OCR tools
  'https://www.notion.com/', // a workspace, beside the AI knowledge-base tools
  'https://ailancers.com/', // the parent of assistant.ailancers.com, claimed alone
  'https://analogdigital.tech/', // the parent of planner.analogdigital.tech, claimed alone
  'https://jxxqtech.com/', // the parent of newdoor.jxxqtech.com, claimed alone
  'https://sarthum.com/', // the parent of resuma.sarthum.com, claimed alone
  'https://jafflelabs.ai/', // Jaffle Labs' own site; only jafflelabs.ai/inkstone is claimed
  'https://jafflelabs.ai/about', // a sibling path beside jafflelabs.ai/inkstone
];

const SHARED_PLATFORMS = [
  'https://ai-planner-project-467800.web.app/privacy.html', // a copy of AI Planner's policy on web.app
  'https://bank2xl.pages.dev/privacy.html', // a copy of Bank2XL's policy on pages.dev
  'https://invoice-ocr-app-7zfa.vercel.app/privacy', // an invoice OCR app on vercel.app
  'https://cleancat-pink.vercel.app/privacy.html', // an inbox cleaner on vercel.app
  'https://aireply-backend.vercel.app/privacy.html', // a reply-writer backend on vercel.app
  'https://outlook-addins.vercel.app/privacy-policy.html', // Office add-ins on vercel.app
  'https://dluoft.notion.site/AI-Reply-Privacy-Policy-2cbc27ffd0cc8050ab1ad23d0daf583e', // a reply-writer policy on notion.site
  'https://sites.google.com/view/mailcleanergood', // a Gmail cleaner policy on Google Sites
  'https://wasimk0077.github.io/resume-optimizer-privacy', // a resume extension policy on github.io
  'https://killoffski.github.io/autoreceipt-privacy/', // a receipt app policy on github.io
  'https://pitchduck-real-deck-embed.pages.dev/privacy.html', // a deck maker policy on pages.dev
  'https://my-askai.gitbook.io/my-askai-docs-classic/security-+-privacy/privacy/your-content', // docs on gitbook.io
  'https://email-cleaner-108504551030.europe-west1.run.app/privacy.html', // an email cleaner on run.app
  'https://bugslayerzoro.github.io/second-brain/privacy-policy.html', // a second-brain extension on github.io
];

const LEFT_OUT = [
  'https://www.papertosheet.online/privacy', // a policy marked TODO before launch
  'https://slidecreator.app/privacy/', // a policy with a [City, Country] placeholder
  'https://geniusrfp.com/legal/terms', // terms marked as a placeholder draft
  'https://penstip.com/privacy', // a draft policy with an example.com address
  'https://www.jobhirepro.in/refund', // a refund policy giving another product's address
  'https://airesumegrader.com/privacy', // a policy that does not say the tool uses AI
  'https://southpolemob.com/policy.html', // a policy that does not say the cleaner uses AI
  'https://ganttchart.ai/privacy_policy', // a policy that does not say the tool uses AI
  'https://www.inboxcleaner.space/privacy', // an extension whose AI provider is optional and unnamed
  'https://aiplanner.rightbonds.com/privacy-policy/', // an extension with no backend, on its developer's host
  'https://rightbonds.com/ai-planner/privacy-policy/', // the same extension's policy on the developer's site
  'https://ai-lab.com.au/terms-of-service.html', // a macOS email app
  'https://rakuraku.info/manual-seikyu', // a Windows invoice reader
  'https://receiptbrain.app/privacy-policy', // an iOS receipt app
  'https://ai-receipts-to-excel.lomanapps.com/privacy', // an iOS receipt app
  'https://www.happypig.cloud/static/ReceiptScannerAIPro_PrivacyPolicy_en.html', // an iOS receipt app
  'https://fordnine.com/apps/ai-presentation-maker-slides/privacy-policy.html', // a mobile slide app on its studio's host
  'https://truedayapp.com/en/privacy', // an iOS planner
  'https://jobscalr.works/de/legal/privacy/', // a job app that reads as app-only
  'https://ganttpilot.com/privacy', // a Gantt workspace with an AI feature
  'https://www.onlinegantt.com/privacy.html', // a Gantt tool with optional AI
  'https://getoutrun.com/docs/ai/executive-assistant', // a general platform's AI agent docs
  'https://codesphere.app/en/tools/image-to-text/privacy-policy', // a general tools site
  'https://www.reskillr-club.de/datenschutz-ki-cv-analyse', // a coaching firm's CV check
  'https://www.ankerkopf.de/datenschutz-gpt', // a recruiting firm's GPT
  'https://pixel.se/terms-of-service-pixel-ai-plugin/', // an add-on documented on an agency's site
  'https://blog.contrl.ai/ai-proposal-writing-guide/', // seen only on its blog
  'https://www.processreel.com/blog/mastering-process-documentation-how-ai-writes-standard-opera', // seen only on its blog
  'https://doculens.net/blog/how-to-summarise-long-document-with-ai', // seen only on its blog
  'https://futurecoworker.ai/calendar-assistance', // seen only on its articles
  'https://smallai.in/blogs/diagram-anything-templates', // seen only on its blog
  'https://reflectmind.com/de/blog/ki-tools-dsgvo-datenschutz-praesentationen', // seen only on its blog
  'https://askqbot.com/how-to-wire-ai-to-your-docs-stack-without-leaking-sensitive-', // seen only on its blog
  'https://ganty.app/en/blog/ai-project-planning', // seen only on its blog
];

const NAMESAKES = [
  'https://www.intellislides.ai/', // beside IntelliSlides (intellislides.com)
  'https://www.presentable.com/', // beside Presentable (presentable.so)
  'https://www.pitchweave.com/', // beside PitchWeave (pitchweave.app)
  'https://www.buildmysheets.ai/', // beside BuildMySheets
  'https://www.sheetx.com/', // beside SheetXAi
  'https://www.bank2xl.com/', // beside Bank2XL (bank2xl.app)
  'https://www.mailboxunjunker.net/', // beside MailBox Unjunker
  'https://www.emailchain.com/', // beside AI Email Chain (emailchain.app)
  'https://www.planai.com/', // beside PlanAI (planai.live)
  'https://www.knownbase.com/', // beside KnownBase (knownbase.ai)
  'https://www.weam.com/', // beside Weam (weam.ai)
  'https://www.extractinvoice.com/', // beside ExtractInvoice (extractinvoice.app)
  'https://www.invoicebi.ai/', // beside InvoiceBI
  'https://www.pdffillr.com/', // beside PDFFillr (pdffillr.ai)
  'https://www.cursivetotext.ai/', // beside Cursive to Text
  'https://www.cvtailor.com/', // beside CVTailorAI (cvtailor.co.in)
  'https://www.coverletter4u.net/', // beside CoverLetter4U
  'https://www.resumewalk.ai/', // beside ResumeWalk
  'https://www.resumestore.com/', // beside ResumeStore (resumestore.ai)
  'https://www.heyjob.com/', // beside HeyJob (hey-job.biz)
];

describe('nineteenth-session office traps', () => {
  it('adds 24 rows: 23 with one domain, and Inkstone as one prefix', () => {
    expect(longTailC19OfficeTools.length).toBe(24);
    const prefixed = longTailC19OfficeTools.filter((t) => t.urlPrefixes.length > 0);
    expect(prefixed.map((t) => t.id)).toEqual(['inkstone-jafflelabs']);
    expect(prefixed[0]?.domains.length).toBe(0);
    expect(
      longTailC19OfficeTools.filter((t) => t.urlPrefixes.length === 0).every((t) => t.domains.length === 1),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19OfficeTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.pitchweave.app/legal/privacy-policy': 'pitchweave',
      'https://docs.weam.ai/learn-more/use-cases/web-proposal-agent': 'weam-ai',
      'https://jafflelabs.ai/inkstone/guide/security': 'inkstone-jafflelabs',
      'https://www.jafflelabs.ai/inkstone': 'inkstone-jafflelabs',
      'https://assistant.ailancers.com/privacy': 'ea-assistant-ailancers',
      'https://planner.analogdigital.tech/privacy.html': 'ai-planner-analogdigital',
      'https://resuma.sarthum.com/refund': 'resumeai-sarthum',
      'https://newdoor.jxxqtech.com/privacy': 'niudao-jxxqtech', // the China pass's row
      'https://www.bank2xl.app/privacy.html': 'bank2xl',
      'https://hey-job.biz/jp/dpa': 'heyjob-ai-interview',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
