// Traps beside the rows the twenty-first session's slides and office-documents pass added
// (data/long-tail-c21-slides.ts): the ordinary sites next to each kind of AI tool it added (slide, diagram, PDF,
// quiz and spreadsheet software, the add-on stores, ad and analytics consoles, a speaking club, CAD software), the
// open-source Mermaid project, the parents of the claimed subdomain and URL prefixes and sibling paths beside the
// prefixes, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
//
// pdfchatai.app dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
// The twenty-eighth session's reconcile2 pass (data/long-tail-c28-reconcile2.ts) lists InPolicy (inpolicy.ai), whose
// docs call PolicyBot the AI system that detects policy violations; the PolicyBot PowerPoint trap is dropped.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21SlidesTools } from './data/long-tail-c21-slides';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.microsoft.com/en-us/microsoft-365/powerpoint', // PowerPoint, beside the AI slide makers
  'https://www.google.com/slides/about/', // Google Slides, beside the AI slide makers and translator
  'https://www.apple.com/keynote/', // Keynote, beside the slide translator
  'https://mermaid.js.org/', // the open-source Mermaid project, beside Mermaid AI and the Mermaid generators
  'https://www.drawio.com/', // a diagram editor, beside the AI diagram and flowchart tools
  'https://app.diagrams.net/', // a diagram editor, beside the AI diagram and flowchart tools
  'https://www.lucidchart.com/pages/', // a diagram editor, beside the AI architecture tool
  'https://excalidraw.com/', // a whiteboard, beside the AI diagram tools
  'https://www.canva.com/infographics/', // infographic templates, beside the AI infographic makers
  'https://www.adobe.com/acrobat.html', // a PDF editor, beside the AI PDF editor
  'https://www.ilovepdf.com/', // PDF tools, beside the AI PDF editor and converters
  'https://smallpdf.com/', // PDF tools, beside the AI PDF editor and converters
  'https://quizlet.com/', // a study site, beside the AI quiz makers
  'https://kahoot.com/', // a quiz platform, beside the AI quiz makers
  'https://docs.google.com/document/', // Google Docs, beside the Docs tools
  'https://sheets.google.com/', // Google Sheets, beside the Sheets tools and the teacherize() function
  'https://workspace.google.com/marketplace', // the add-on store, beside the Google Workspace add-ons
  'https://appsource.microsoft.com/', // the Office add-in store, beside the add-ins
  'https://ads.google.com/', // an ad console, beside the AI marketing-report tool
  'https://analytics.google.com/', // an analytics console, beside the AI marketing-report tool
  'https://www.toastmasters.org/', // a speaking club, beside the AI speaking coaches
  'https://www.autodesk.com/products/autocad/', // CAD software, beside the AI architectural render app
  'https://champakyle.com/', // the parent of AI Word Cloud for Docs' claimed subdomain
  'https://www.champakyle.com/', // the parent of AI Word Cloud for Docs' claimed subdomain
  'https://edulovesai.kr/', // the parent of teacherize()'s prefix
  'https://www.edulovesai.kr/', // the parent of teacherize()'s prefix
  'https://www.edulovesai.kr/teacher', // a sibling path beside teacherize()'s prefix
  'https://docs-labs.com/', // the parent of the Excel Formula Generator's prefix
  'https://www.docs-labs.com/', // the parent of the Excel Formula Generator's prefix
  'https://docs-labs.com/formula-guide', // a sibling path beside the Excel Formula Generator's prefix
];

const SHARED_PLATFORMS = [
  'https://spankyxy.github.io/Infographic-Privacy-Policy/', // a policy or page on a shared platform
  'https://mindmapvault-www.pages.dev/terms/', // a policy or page on a shared platform
  'https://ai-flowchart-studio.vercel.app/ai-system-design-generator', // a policy or page on a shared platform
  'https://rehearsalroom.pages.dev/privacy/', // a policy or page on a shared platform
  'https://rehearse.up.railway.app/privacy', // a policy or page on a shared platform
  'https://mapen-web.pages.dev/policy/privacy', // a policy or page on a shared platform
  'https://aiunpacker.pages.dev/prompts/employee-handbook-policy-ai-prompts-for-hr', // a page on a shared platform
  'https://arch-cvo.pages.dev/security/', // a policy or page on a shared platform
  'https://tools-ex3.pages.dev/privacy', // a policy or page on a shared platform
  'https://opstatement.duckdns.org/privacy', // a draft policy on a dynamic-DNS host
];

const LEFT_OUT = [
  'https://slidecreator.app/privacy/', // a policy with a `[City, Country]` placeholder
  'https://mydecksmith.com/terms', // terms with an `[insert service address]` placeholder
  'https://www.spokescoach.com/privacy', // a policy with `[INSERT DATE]` placeholders
  'https://www.quicknotelm.com/privacy', // a pre-launch policy awaiting counsel
  'https://researcher.center/legal/privacy', // a placeholder policy
  'https://www.kisy-student-coaching.com/privacy-policy.html', // a policy with a `<Company>` placeholder
  'https://www.keynotetopowerpoint.com/privacy', // a converter policy copied from a spreadsheet tool
  'https://slidemaker.app/privacy-policy', // a personal portfolio project
  'https://therhetoricstudio.com/privacy', // an independent project naming no operator
  'https://aicanvas.donbarger.com/privacy-policy.html', // a personal canvas
  'https://fordnine.com/apps/ai-presentation-maker-slides/privacy-policy.html', // a phone-only app
  'https://imrashid.net/pdf/privacy-policy.html', // a phone-only app
  'https://imagetopptconverter.linkfunc.com/', // a desktop app known only from its home page
  'https://torontoinnovationlab.com/data-chat-policy.html', // a local-only extension
  'https://app.lideguang.com/gemini-graph-viewer/privacy.html', // a local-only extension
  'https://www.flow2chat.com/privacy-policy', // a local-only extension
  'https://www.pitches.ai/design-terms', // design terms that do not say AI
  'https://www.gopresent.ai/legal/aup', // an AUP that does not say AI
  'https://pitchdeck.io/terms.html', // terms that do not say AI
  'https://pdftoslides.in/privacy-policy', // a policy that does not say AI
  'https://pptmaker.ai/refund-policy', // a refund policy that does not say AI
  'https://flowcharts.ai/privacy.html', // a policy that does not say AI
  'https://pdf2spreadsheet.com/privacy-policy', // a policy that does not say AI
  'https://texttotableconverter.com/fr/pages/privacy', // a policy that does not say AI
  'https://www.slidestovideoapp.com/slidesToVideo_privacy_policy.html', // a converter that does not say AI
  'https://docgenerator.viddex.ink/privacy', // a template merge that does not say AI
  'https://docspdfmailmerge.xyz/api-compliance', // a mail merge that does not say AI
  'https://www.appsscript.co.kr/privacy', // an add-on policy that does not say AI
  'https://onlinewhiteboard.org/privacy', // a whiteboard that does not say AI
  'https://aigeneratedinfographic.com/privacy-policy', // AI only in the name
  'https://docs.intranet.ai/micro-learning/configuration/generation-rules', // generation rules that do not say AI
  'https://yv.boola.ai/docs/user-guide-pitch-analyzer', // one customer's deployment
  'https://www.mindomo.com/no/ai-terms', // a mind-map product, AI one feature
  'https://chartfactor.com/doc/latest/studio_ai_privacy', // a BI product, AI one feature
  'https://docs.holistics.io/docs/ai/data-policy', // a BI product, AI one feature
  'https://support.inmydata.com/support/solutions/articles/36000485925-is-my-data-safe-when-i-use-inmydata-copilot-', // a BI product, AI one feature
  'https://app.slidepractice.com/trust/ai-policy', // coaching software whose AI only writes recaps
  'https://2pptx.com/privacy', // a converter whose AI merge is optional
  'https://www.flowifie.com/privacy-policy', // a flowchart add-on, AI one feature
  'https://tabon.io/qa/aiName.html', // a table tool, AI one feature
  'https://demo.mescius.co.kr/spreadjs/docs/features/ai-assistant', // a spreadsheet component, AI one feature
  'https://pageface.com/es/pages/legal/ai-policy', // a design platform, AI one feature
  'https://www.domaintechnik.at/agb-anhang-6.html', // a site builder, AI one feature
  'https://www.33aais.com/our-creations/ai-formula-builder/privacy-policy', // an add-on on a developer's site
  'https://www.alicemrongovius.com/ai-sheets/privacy-policy', // an add-on on a developer's site
  'https://alexpaul.io/gpt-unleashed-google-sheets-addon/privacy', // an add-on on a developer's site
  'https://digitalonian.com/?p=3057', // an add-on on an agency's site
  'http://botcom.fi/aifg-privacy-policy', // an extension on a company's site
  'https://automaticleader.com/privacy-policy', // an add-on on a company's site
  'https://app.thoughtful-ai.com/privacypolicy.html', // a research add-in, as c19 decided
  'https://www.formulapilot.com/privacy-policy', // an add-on policy that does not say AI
  'https://formulaworkspace.com/privacy', // a formula site that does not say AI
  'https://chart-gpt.app/privacy-policy', // a Sheets add-on left out by c17
  'https://www.chartsai.com/privacy', // a chart site left out by c17
  'https://slideroom.ai/en/?p=26580539', // an Office add-in product left out by c17
  'https://karaf.ai/legal/refund-policy', // Slides AI, left out by c17
  'https://manual.seahorse.dnotitia.ai/agent-chat/toolbar/powerpoint.md', // a manual that does not say AI for slides
  'https://agentskills.market/skills/amo-tech-ai-rocket-path-ai-claude-pitch-deck', // a skill directory
  'https://www.skillhub.club/skills/openclaw-skills-kaudata-diagramgenerator', // a skill directory
  'https://skills.sh/onewave-ai/claude-skills/pitch-deck-reviewer', // a skill directory
  'https://skill4agent.com/en/skill/onewave-ai-claude-skills/pitch-deck-reviewer', // a skill directory
  'https://tendril.neural-forge.io/learn/adults/operations-AI-policy-handbook-drafting-r12a2-adults/print', // a course
  'https://freeacademy.ai/lessons/policy-writing', // a course
  'https://blogs.pageon.ai/mastering-chatgpt-prompts-for-automated-mermaid-diagrams-complete-guide', // seen only on its blog
  'https://reflectmind.com/de/blog/ki-tools-dsgvo-datenschutz-praesentationen', // seen only on its blog
  'https://procedurio.com/blog/ai-sop-generator-guide', // seen only on its blog
  'https://intuitional.io/blog/ai-sop-generator-internal-documentation', // seen only on its blog
  'https://www.graphmind.app/blog/the-ultimate-guide-to-ai-mind-map-generation', // seen only on its blog
  'https://edugenius.app/blog/guide-ai-presentation-slides-teaching', // seen only on its blog
  'https://aiqlabs.ai/blog/can-ai-write-an-employee-handbook-yesheres-how', // seen only on its blog
  'https://architecturediagram.ai/blog/how-to-create-architecture-diagrams-with-ai', // seen only on its blog
  'https://spreadapi.io/blog/es/chatgpt-excel-integracion-segura', // seen only on its blog
];

const NAMESAKES = [
  'https://www.slidegenius.com/', // beside SlideGenius AI (aitext2wordconverter.com)
  'https://www.ihateppt.net/', // beside I Hate PPT (ihateppt.com)
  'https://www.pptconversion.in/', // beside PPTConversion (pptconversion.com)
  'https://www.videoslides.com/', // beside VideoSlides AI (videoslidesai.com)
  'https://www.transagent.com/', // beside TransAgent (transagent.io)
  'https://www.atomstorm.com/', // beside AtomStorm (atomstorm.ai)
  'https://www.mermaid.com/', // beside Mermaid AI (mermaid.ai)
  'https://www.flowmapr.io/', // beside Flowmapr (flowmapr.com)
  'https://www.codelit.com/', // beside Codelit (codelit.io)
  'https://www.marvex.com/', // beside Marvex Studio (marvex.app)
  'https://www.infographicsmaker.net/', // beside InfographicsMaker.com
  'https://www.infogiph.io/', // beside Infogiph (infogiph.com)
  'https://www.diane.com/', // beside Diane (diane.app)
  'https://www.quizpilot.com/', // beside QuizPilot (pilotaisystems.com)
  'https://www.pilotai.com/', // beside Pilot AI Systems
  'https://www.edukali.com/', // beside Testify by Edukali (edukali.ai)
  'https://www.gptsheetsassistant.com/', // beside the Google Sheets Tool (gpt-sheets-assistant.com)
  'https://www.teacherize.com/', // beside teacherize() (edulovesai.kr/teacherize)
  'https://www.docslabs.com/', // beside Docs Labs' Excel Formula Generator
  'https://www.editmypdf.com/', // beside EditMyPDF (editmypdf.ai)
  'https://www.atmos.ai/', // beside Atmos AI (app-atmos.com)
  'https://www.app-atmos.net/', // beside Atmos AI (app-atmos.com)
];

describe('twenty-first-session slides traps', () => {
  it('adds 29 rows with one matcher kind each, prefixes only for teacherize() and the formula extension', () => {
    expect(longTailC21SlidesTools.length).toBe(29);
    const prefixed = longTailC21SlidesTools.filter((t) => t.urlPrefixes.length > 0).map((t) => t.id);
    expect(prefixed.sort()).toEqual(['docs-labs-excel-formula', 'teacherize-edulovesai']);
    expect(
      longTailC21SlidesTools.every((t) =>
        t.urlPrefixes.length > 0 ? t.domains.length === 0 : t.domains.length === 1,
      ),
    ).toBe(true);
    expect(catalogRegion('slidegenius-ai')).toBe('africa');
    expect(catalogRegion('teacherize-edulovesai')).toBe('korea');
    expect(catalogRegion('mermaid-ai')).toBe('global');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21SlidesTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and prefixes', () => {
    expectEachClassifiedAs({
      'https://studio.atomstorm.ai/en/privacy': 'atomstorm',
      'https://docs.ihateppt.com/zh/docs/pricing/points-system': 'ihateppt',
      'https://help.edukali.ai/docs/features/pdf-extraction': 'edukali-testify',
      'https://aiwordcloud.champakyle.com/privacy.html': 'ai-word-cloud-docs',
      'https://www.edulovesai.kr/teacherize/privacy-policy': 'teacherize-edulovesai',
      'https://docs-labs.com/formula/privacy-policy': 'docs-labs-excel-formula',
      'https://transagent.io/slides-translator/privacy': 'transagent-slides-translator',
      'https://mermaid.ai/docs/getting-started/generate-diagram-with-ai': 'mermaid-ai',
      'https://www.aitext2wordconverter.com/legal.html': 'slidegenius-ai',
      'https://www.diane.app/en/outils/pdf-en-quiz': 'diane-app',
      'https://pilotaisystems.com/en/research/not-a-wrapper': 'quizpilot',
      'https://app-atmos.com/en/privacidad': 'atmos-ai-render',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
