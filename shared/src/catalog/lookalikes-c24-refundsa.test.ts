// Traps beside the rows the twenty-fourth session's refund-wording pass A added (data/long-tail-c24-refundsa.ts): the
// ordinary sites next to each kind of AI tool it added (homework and flashcard sites, tutoring and language-lesson
// marketplaces, exam boards, reference managers, job boards and résumé guides, mail and calendar services, meeting and
// scheduling tools, human translation services, book-summary services), the parents and siblings of the claimed
// subdomain and path, the shared-platform copies, drafts, placeholders and other left-out hosts the pass read, and sites
// whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC24RefundsaTools } from './data/long-tail-c24-refundsa';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.chegg.com/', // a homework-help site, beside the homework helpers
  'https://quizlet.com/', // a flashcard site, beside the flashcard generators
  'https://apps.ankiweb.net/', // the Anki flashcard app, beside Flashcards AI and PDF to Study Cards
  'https://www.italki.com/', // a language-lesson marketplace, beside the AI language tutors
  'https://preply.com/', // a tutoring marketplace, beside the AI tutors
  'https://www.ets.org/', // an exam board, beside the mock-test generator
  'https://www.ielts.org/', // an exam board, beside the mock-test generator
  'https://www.zotero.org/', // a reference manager, beside the thesis drafter
  'https://www.proquest.com/', // a thesis database, beside the thesis drafter
  'https://www.indeed.com/', // a job board, beside the résumé and interview tools
  'https://www.glassdoor.com/', // a job board with interview reviews, beside the interview tools
  'https://www.themuse.com/', // career advice, beside the cover-letter tools
  'https://outlook.live.com/', // a mail service, beside the email assistant
  'https://calendly.com/', // a scheduling tool, beside the meeting note-takers
  'https://doodle.com/', // a scheduling tool, beside the meeting note-takers
  'https://www.proz.com/', // a translators' community, beside the AI translator
  'https://www.gengo.com/', // a human translation service, beside the AI translator
  'https://www.getabstract.com/en/pages/jsp/Moneyback.jsp', // book summaries, met in the searches
  'https://www.gcse.co.uk/refund-policy/', // revision notes and tutor questions, met in the searches
  'https://newsinslowfrench.com/refund-policy', // language lessons, met in the searches
  'https://englishpioneer.com/subscription-policy', // remote English lessons, met in the searches
  'https://fluency2speak.com/cancellation-policy/', // online language sessions, met in the searches
  'https://knowledge.octb.us/requesting-a-refund', // human lessons, met in the searches
  'https://support.fantasypros.com/hc/en-us/articles/115001318267-What-is-your-premium-subscription-refund-policy', // met in the searches
  'https://www.simplevle.com/payment-policy.jsp', // a learning platform, met in the searches
  'https://freeessaywriter.net/refunds-and-cancellations', // a human essay service, met in the searches
];

const PARENTS = [
  'https://lensetek.com/', // the parent of DocuCraft AI's claimed path, not read
  'https://www.lensetek.com/', // the parent of DocuCraft AI's claimed path, not read
  'https://lensetek.com/about', // a sibling path of the claimed /ai
  'https://chat-apps.ai/', // the parent of the claimed chat. subdomain, not read
  'https://www.chat-apps.ai/', // the parent of the claimed chat. subdomain, not read
  'https://tools.aifreedomclub.com/legal/refund-policy.html', // the company tools site behind AI Vid Summary
];

const SHARED_PLATFORMS = [
  'https://youtube-summary-plum.vercel.app/refund-and-cancellation', // a summariser on a shared platform
  'https://moonlit-pithivier-d1804e.netlify.app/refund-policy', // an extension's policy on a shared platform
  'https://siteaisummary.pages.dev/privacy', // the AI Summary extension's policy on a shared platform
  'https://poetry-platform.pages.dev/refund-policy', // a copy of a translation service's policy
  'https://aivideotranslator.pages.dev/legal/refund', // a draft on a shared platform
  'https://uni-docs-staging.pages.dev/billing/refunds/', // staging docs on a shared platform
  'https://atsresumepro.onrender.com/refund-policy', // a résumé tool on a shared platform
  'https://synthmail.vercel.app/refund-policy', // an assistant on a shared platform
];

const LEFT_OUT = [
  'https://www.aiunio.com/refund-policy', // says only "tokens", as the c19 pass decided
  'https://www.gotoai.one/legal/refund.html', // a {{legal_version}} placeholder
  'https://indigoedocs.com/?p=2980', // a ?p= page
  'https://www.essayservice.ai/refunds-and-cancellations', // essay generation that never says AI
  'https://essay-wise.com/refund', // "paper generation" that never says AI
  'https://pdftoepub.org/info/refund', // the AI Pro tier of a converter
  'https://www.tailoresumeai.com/refund', // AI only in the brand
  'https://humanizerai.ai/refund-policy', // AI only in the brand
  'https://airesumes.app/shipping', // AI only in the brand
  'https://airesume.cc/refunds.php', // AI only in the brand
  'https://www.summarifyai.com/refund-policy', // AI only in the brand
  'https://humanizeaitool.com/refund', // "Loading..." and AI only in the brand
  'https://designinterview.ai/refund-policy', // AI only in the brand
  'https://wizprep.ai/en/policy/refund', // AI only in the brand
  'https://clearscript.ai/pt/legal/refund', // AI only in the brand
  'https://openllm.site/refund-policy', // AI only in the brand
  'https://www.ainotetaker.app/refund-policy', // AI only in the brand
  'https://www.sumyai.com/about/terms', // terms that do not say the product uses AI
  'https://ilovetranslator.ai/payments-refund', // AI only in the brand
  'https://aitranslatevideo.org/refund-policy', // a page that does not say AI
  'https://www.shabdly.online/refund-policy', // "computational resources", not AI
  'https://mangatranslate.com/en/refund', // a page that does not say AI (not the listed mangatranslate.app)
  'https://www.vidigo.online/refund-policy', // a page that does not say AI
  'https://www.vozparatexto.com.br/help/politica-reembolso', // a page that does not say AI
  'https://www.insightnotes.in/refund-policy', // a page that does not say AI
  'https://www.meetingsync.app/refunds', // a page that does not say AI
  'https://voice-api.app/refund-policy.txt', // a page that does not say AI
  'https://api.sonorixapp.com/refund', // an API host whose page does not say AI
  'https://justsummarized.com/refund-policy', // a page that does not say AI
  'https://www.notesummari.com/refund-policy', // a page that does not say AI
  'https://www.interviewhub.io/refund-policy', // a page that does not say AI
  'https://mockinterview.site/refund', // a page that does not say AI
  'https://badgeboundprep.com/refunds', // a page that does not say AI
  'https://www.todoaxis.com/interviewplatformUI/refund-policy.html', // a page that does not say AI
  'https://birdybot.com/page/refund', // says only "tokens"
  'https://mawcloud.com/refund/', // says only "tokens"
  'https://codevox.lat/p/refund', // a word quota, not AI
  'https://zora2.com/ja/refund', // "generate content", not AI
  'https://academichelp.net/refund-policy', // credits, not AI
  'https://discourseanalyzer.com/docs/cancellation-policy', // credits, not AI
  'https://www.paraphrase-online.com/refund-policy', // a page that does not say AI
  'https://paraphrasely.com/refund-policy', // a page that does not say AI
  'https://mathwaysolver.com/subscription-terms', // a page that does not say AI
  'https://www.sofi.chat/refund-policy', // a page that does not say AI
  'https://aisona.tech/refund-policy', // "monthly AI services" of an unnamed kind
  'https://www.chat.trendwaveconnect.com/billing/help', // a page that does not say AI
  'https://gabai.tagpros.us/refund-policy', // a page that does not say AI
  'https://24chatbots.com/refunds', // only "standard for AI tools" (a lead)
  'https://homeworkai.com/refund-policy', // a custom-writing marketplace with a free AI tool
  'https://rminnovationbd.com/refund-policy', // a company site selling an AI homework solver (a lead)
  'https://assistio.info/refund', // an assistant service that does not separate AI from human work
  'https://www.remembrancejournal.com/refund-policy', // AI usage as one feature
  'https://carveco.com/faq/can-i-get-a-refund-for-my-credit-use', // CNC software with an AI feature
  'https://help.flexclip.com/en/articles/9373539-can-i-get-a-refund-for-ai-credits-packages-or-ai-credits-subscriptions', // a video editor's AI credits
  'https://jetcralt.com/return.html', // a "LinguaAI" policy on another brand's host
  'https://tryframebase.com/refund-policy', // a pre-launch page
  'https://filefixerai.com/refund-policy', // "should be" wording
  'https://dev.aicademy.study/ko/refund', // a development host
  'https://www.evalhub.tech/en/refund-policy', // "[Your Contact Email]"
  'https://aichefgpt.com/refund-policy', // Chef GPT, not shown to be the listed ChefGPT (a lead)
  'https://finderio.ai/refund-policy', // an "AI service" of unknown kind (a lead)
  'https://scene-q.com/refund', // an API gateway, left to a developer-platform pass
  'https://go.digitalclub.biz/dc/politica-reintegro-tokens', // a shared tools host
  'https://iarevolucion.com/refund-policy.html', // AI news
  'https://iaultimahora.com/refund-policy.html', // AI news
  'https://poalnakedehub.com/refund-policy.html', // an AI education blog
  'https://www.misar.blog/@misar/articles/how-to-get-ai-refund-guide-2026', // a blog
  'https://monee-app.com/fr/blog/comment-utiliser-les-abonnements-a-lia-sans-laisser-votre-budget-deraper', // a blog
  'https://www.frenzel-publikationen.com/vom-test-zum-teuren-abo-ohne-zustimmung', // a blog
  'https://www.joinchargeback.com/refunds/how-to-get-an-openrouter-refund', // a guide
  'https://conductatlas.com/platform/openrouter/openrouter-terms-of-service/24-hour-refund-window-and-non-refundable-credits/', // a guide
  'https://www.cancelatlas.com/c/openrouter', // a guide
  'https://everydaytech.org/accounts-subscriptions/refunds-disputes/how-many-times-can-you-refund-openrouter', // a guide
  'https://www.postclic.com/en-nz/letters/software-saas/cancel-cal-ai', // a cancellation-letter service
  'https://samples.technavio.com/?p=13758', // a guide
];

const NAMESAKES = [
  'https://www.interviewprep.co.in/', // InterviewPrep of India, left out by earlier passes, beside InterviewPrep (interview-prep.app)
  'https://mangatranslate.com/', // not the listed mangatranslate.app
  'https://www.multiple.com/', // beside MultipleChat (multiple.chat)
  'https://www.meetminutes.com/', // beside MeetMinutes (meetminutes.ai, meetminutes.in)
  'https://www.meetkat.com/', // beside MeetKat (meetkat.app)
  'https://www.actionmail.com/', // beside ActionMail (actionmail.ai)
  'https://www.speaknotes.com/', // beside SpeakNotes (speaknotes.xyz)
  'https://www.homework.com/', // beside Homiwork (homiwork.com)
  'https://www.pareto.com/', // beside ParetoThesis (paretothesis.com)
  'https://www.eastongue.org/', // beside EasTongue (eastongue.com)
  'https://www.summon.com/', // beside Summon Translator (summontranslator.com)
];

const INDIA = new Set(['nextstep-ai-interview', 'ai-vid-summary']);

describe('twenty-fourth-session refund-wording pass A traps', () => {
  it('adds 31 rows: 29 with one domain, MeetMinutes with two, DocuCraft AI with one path; two in India', () => {
    expect(longTailC24RefundsaTools.length).toBe(31);
    const oneDomain = longTailC24RefundsaTools.filter(
      (t) => t.domains.length === 1 && t.urlPrefixes.length === 0,
    );
    expect(oneDomain.length).toBe(29);
    expect(longTailC24RefundsaTools.find((t) => t.id === 'meetminutes')?.domains).toEqual([
      'meetminutes.ai',
      'meetminutes.in',
    ]);
    const docucraft = longTailC24RefundsaTools.find((t) => t.id === 'docucraft-ai');
    expect(docucraft?.domains).toEqual([]);
    expect(docucraft?.urlPrefixes).toEqual(['lensetek.com/ai']);
    expect(
      longTailC24RefundsaTools.every((t) => catalogRegion(t.id) === (INDIA.has(t.id) ? 'india' : 'global')),
    ).toBe(true);
  });

  it('classifies every new host and path to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC24RefundsaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs(sourceUrls(longTailC24RefundsaTools));
    expectEachClassifiedAs({
      'https://www.meetminutes.in/refund-policy': 'meetminutes',
      'https://meetminutes.in/refund-policy': 'meetminutes',
      'https://lensetek.com/ai/': 'docucraft-ai',
      'https://homiwork.com/en/payments/robokassa/4/1': 'homiwork',
      'https://pdftostudycards.com/zh/refund': 'pdf-to-study-cards',
      'https://www.coverletter4u.com/refund-policy': 'coverletter4u',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
