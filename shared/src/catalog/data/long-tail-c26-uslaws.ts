// Twenty-sixth session, long-tail pass `uslaws` (2026-12-07): AI products found through the wording US AI laws push
// vendors to put on their own pages — NYC Local Law 144 bias audits and AEDT notices, the Colorado AI Act's
// high-risk-system statements, the Illinois AI Video Interview Act, California's companion-chatbot (SB 243),
// training-data (AB 2013) and ADMT rules, Utah's generative-AI and mental-health-chatbot disclosures (SB 149, HB 452),
// New York's AI-companion law (GBL Art. 47), Texas TRAIGA, FTC "AI claims" and endorsement rules, TCPA and Regulation F
// for AI voice calls, Fair Housing and FCRA for tenant and applicant screening, and HIPAA plus state all-party-consent
// recording laws for AI scribes. Here: an AI background-screening service with a published AI transparency report
// (VerifAI); an AI companion whose crisis protocol is published under Washington's companion law (MyBrainBestie); AI
// scribes that publish state-by-state recording-consent guides (Doctora, AI Doctor Notes, Chartnote); K-12 AI
// instruction (ArthurAI); an AI drafting platform for defence lawyers (The IMC Machine); AI insurance-policy and claim
// explainers (PolicySaaf, PolicyPal.Dev, InsurifyAI, PolicyLens); an AI self-help immigration platform (Visa Nexus AI);
// and AI medical-bill auditors (Bill Bodyguard, Medical Bill Reader, ClaimGuard, Jaanch).
//
// Leads and method. 39 look-ups, all in the stored `pages` corpus, counted as they were made. Queries worded as the
// laws word vendors' duties (LL144 bias-audit summaries and candidate notices, AIVIA consent, Colorado developer
// statements, SB 243 crisis protocols and "not human" notices, AB 2013 training-data summaries, Utah "you are
// interacting with generative AI", NY Art. 47 three-hour reminders, TRAIGA, Operation AI Comply, FTC endorsement guides
// for AI avatars, TCPA and Reg F for AI voice agents, Fair Housing for AI leasing, ECOA adverse action for AI
// underwriting, COPPA for AI tutors, all-party consent for AI scribes), then by product kind with the same law words
// ("you are responsible for patient consent", "not a law firm", "upload your policy / medical bill and our AI"). The
// law-worded queries returned statute copies, law-firm and bar articles, news, and compliance and AI-governance vendors
// almost only (the LL144, Colorado, AB 2013, Utah, TRAIGA, Illinois WOPR and insurance-bulletin look-ups gave no new
// product at all); the product-kind queries with the law words added found the rows. Every row cites a page with a path
// on the product's own host where the vendor says the product works with AI, an LLM or a named model provider. Hosts
// were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other c26 helpers' files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 233 hosts the searches returned (vendors, statute copies, law
// firms, bar and news sites, compliance vendors, blogs and shared hosts alike, in /work/helpers/out/uslaws-hosts.txt):
// 30 classified before (12.9%), 46 after (19.7%).
//
// Already listed and left to their entries: InterviewAgent.ai, AIHirer, HireVue, Chatty Hiring, PlacementFlow,
// Transcribe Health, Scribing.io, Mediscribe Pro, aiStudyBuddy.academy, Digital Dog Tech, Thoughtly, CallSphere,
// Smallest.ai, Haven (usehaven.ai), RentalRelay, Zuma, CoveredIf, Excluria, ClearCost Appeals, PowerUW
// (powerunderwriter.com), Visa Sherpa, visaworker.ai, VisaMap AI, Immigration Copilot, Companion Connect, the Navitech
// AI Companion subdomain, Open (open.cx) and Ophie (ophie.app, whose SB 243 safety protocol was met as a pre-launch
// draft) as their hosts classify.
//
// Doubtful rows: AI Doctor Notes is read from its own guide to recording consent for AI clinical scribing, which
// invites the reader to try the product and scripts the clinician's "AI assistant" notice; the product is not described
// apart from that. Chartnote is claimed whole from its help centre's article on consent for "Chartnote AI Scribe":
// Chartnote began as clinical charting software, and the AI scribe is what the help centre now sells. ClaimGuard is a
// subdomain of poweredbyerika.com, claimed alone; its page says it accepts only de-identified documents until BAAs are
// signed. PolicySaaf, PolicyLens and Jaanch are Indian and take that region.
//
// Left out for the merge to decide. Three vendor pages the searches returned are traps in earlier passes' tests, so no
// row is added here although each page names its product as AI: FluxNote's FTC guide (fluxnote.io, which says the
// product makes videos with an AI voice and AI-generated visuals; its other guide is a trap in
// lookalikes-c21-adsugc.test.ts), UGCGen's blog on AI avatars in ads (ugcgen.ai, whose widget makes UGC ads with
// avatars from a product URL; the same page is a trap there), and TutorLucid's post on AI tutors and student privacy
// (tutorlucid.com, ending "the AI tutor that teaches kids how to think"; the same page is a trap in the c21 localbiz,
// c22 eduhr and c23 edu3 tests). If the merge lists them, those traps go.
//
// Left out. Drafts and placeholders: rentfax.io's AI transparency page ("[Insert Date]"), myloaniq.ai ("[DATE]", as the
// c23 finance2 pass found), myofficehour.techwireapp.com ("draft notice ... local product build"),
// lumi-tutor.vercel.app. Shared platforms: the crushon-ai-*.pages.dev review clones, prevention-school.pages.dev,
// proofscribe.pages.dev, plainstamp.pages.dev, utahlexgraph.pages.dev, ai-tools-for-lawyer.pages.dev,
// soma-dws.pages.dev, hr-fidelity-schu.fly.dev, stunning-dasik-1d2b1c.netlify.app (Companion Connect's copy),
// yaar-pro.web.app, sites.google.com/view/aigirlfrnd and a Cloudways staging host. An IP address: Listen MD AI's terms
// on 192.99.127.208 (a Canadian AI scribe; a lead once its own host is seen). Pilot and app hosts whose product is
// unclear: pilot.insuresweeper.com (a time-limited pilot of an AI insurance-requirements checker: a lead),
// hiring.zeroreq.ai (an AIVIA consent screen naming "Neuroxa AI Interview Agent" in an empty dashboard: a lead).
// Mobile-only apps, as earlier passes decided: aicompaniondev.com. Pages that do not say the product uses AI:
// medwriter.ai's terms (as c17 found), calmspacesupport.com (as c17 found). General products where AI is one feature:
// VidCruiter (AI statement for a video-interview platform), VerticalRent (tenant screening with an AI risk score),
// app.ai4i.io (immigration practice management with AI features), equitypilot.org (an AI coach inside a
// mortgage-planning funnel), thestandardcrm.io, biglysales.com. AI governance, audit and compliance vendors and
// checkers (not AI tools themselves): hael.ai, areebi.com, warden-ai.com, aiassetassurance.com, auditll144.com,
// aiauditsusa.com, employarmor.com, avaas.ai, verinika.com, onhirely.com, hireaiscore.com, xira-ai.com, regulon.ai,
// aipolicydesk.com, gridex.dev, foundersled.studio, magist.io, checkaiclaims.com, complycode.app, nope.net (a
// crisis-screening API for companion apps: a lead if it says it is AI), deepinspect.ai, phiguard.app,
// agentgoverning.com. Statute readers: lexace.ai (statute pages with an "ask the AI" link: a lead for a legal-AI pass),
// self-law.org, ca.codecond.com, californiastateauthority.com, writandwire.com, policywindow.org. Vendor blogs that do
// not describe their own product, left as leads: videoai.me (AI UGC ads FTC guide), socialoperator.ai, vinsi.ai and
// collectdebt.ai (AI debt-collection compliance guides), newvoices.ai (only a `?p=` page), startkadence.com (Kadence's
// AI voice agents for insurance agencies, still a lead as in c22 sales2), notch.cx, castellan.so and propelhq.io (AI
// leasing, as c21 found), pocketanimus.com (a post on AI companions' 988 flows), blog.mnmnote.com, jobswift.ai,
// theneuralbase.com, and addy.so (Addy AI's mortgage-AI guide, a lead). Agencies and consultancies: kanopylabs.com,
// terms.law, firmadapt.com (as before), theagenticagent.ai, unicornfactories.com.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const longTailC26UslawsTools: Tool[] = defineTools(
  'other',
  [
    // --- hiring and applicant screening ---
    { id: 'tryverifai', name: 'VerifAI', vendor: 'VerifAI', domains: ['tryverifai.com'], source: 'https://tryverifai.com/ai-transparency' }, // AI transparency report: AI-powered candidate screening that matches records and weighs over 200 factors into a 0–100 risk score with a plain-English breakdown, tested quarterly for disparate impact, adverse actions left to humans
    // --- companion chat ---
    { id: 'mybrainbestie', name: 'MyBrainBestie', vendor: 'MyBrainBestie', category: 'chat', domains: ['mybrainbestie.com'], source: 'https://mybrainbestie.com/crisis-protocol' }, // crisis protocol (Washington HB 2225): the AI companion "BB", whose every message is screened by keyword scoring and an optional Claude-based check, handing crises to 988 and human lines
    // --- health: AI scribes ---
    { id: 'doctora', name: 'Doctora', vendor: 'Doctora', category: 'meeting', domains: ['doctora.io'], source: 'https://doctora.io/compliance' }, // compliance guide: state-by-state recording-consent rules for clinicians using AI scribes like Doctora, which works under a BAA and does not train models on PHI
    { id: 'ai-doctor-notes', name: 'AI Doctor Notes', vendor: 'AI Doctor Notes', category: 'meeting', domains: ['aidoctornotes.com'], source: 'https://aidoctornotes.com/patient-consent-recording-medical-visit.html' }, // vendor guide: recording consent for AI clinical scribing, with a script telling patients an AI assistant listens and drafts the chart note, and a call to try AI Doctor Notes
    { id: 'chartnote', name: 'Chartnote', vendor: 'Chartnote', category: 'meeting', domains: ['chartnote.com'], source: 'https://help.chartnote.com/portal/en/kb/articles/sample-consent-form-for-ai-scribe' }, // help centre: a consent form for Chartnote AI Scribe, which audio-records in-person, telehealth and phone visits to create the note
    // --- health: medical bills and claims ---
    { id: 'bill-bodyguard', name: 'Bill Bodyguard', vendor: 'Bill Bodyguard', domains: ['billbodyguard.com'], source: 'https://billbodyguard.com/ai-governance/' }, // AI governance page: an AI hospital-bill auditor powered by Anthropic's Claude that reads billing codes and line items and flags likely overcharges in plain language
    { id: 'medical-bill-reader', name: 'Medical Bill Reader', vendor: 'Medical Bill Reader', domains: ['medicalbillreader.com'], source: 'https://medicalbillreader.com/methodology' }, // methodology: uploaded bills and EOBs are sent to the Anthropic Claude API, which returns a five-part plain-English breakdown with possible billing errors
    { id: 'claimguard-erika', name: 'ClaimGuard (poweredbyerika.com)', vendor: 'Erika', domains: ['claimguard.poweredbyerika.com'], source: 'https://claimguard.poweredbyerika.com/security' }, // security page: uploaded documents are audited in-context by Anthropic's Claude Messages API and return summaries and scores; de-identified documents only until BAAs are signed (subdomain only)
    { id: 'jaanch', name: 'Jaanch', vendor: 'Jaanch', region: 'india', domains: ['jaanch.app'], source: 'https://jaanch.app/how-it-works' }, // how it works: Claude reads each line of an Indian hospital bill, deterministic rules check it against NPPA, CGHS and IRDAI lists, and the paid tier drafts a dispute letter
    // --- insurance ---
    { id: 'policysaaf', name: 'PolicySaaf', vendor: 'PolicySaaf', region: 'india', domains: ['policysaaf.com'], source: 'https://www.policysaaf.com/privacy/index.html' }, // privacy: a free AI-powered tool that explains Indian insurance and loan documents in plain language, stripping identifiers before the AI reads them
    { id: 'policypal-dev', name: 'PolicyPal.Dev', vendor: 'PolicyPal.Dev', domains: ['policypal.dev'], source: 'https://policypal.dev/privacy' }, // privacy: an AI-assisted tool that analyses uploaded insurance policies and claims and keeps AI-generated reports in the account
    { id: 'insurifyai', name: 'InsurifyAI', vendor: 'InsurifyAI', domains: ['insurifyai.app'], source: 'https://insurifyai.app/privacy' }, // privacy: an insurance-claim helper whose uploaded claim documents and call-coaching recordings are transcribed for AI analysis
    { id: 'policylens', name: 'PolicyLens', vendor: 'PolicyLens', region: 'india', domains: ['policylensai.com'], source: 'https://www.policylensai.com/privacy' }, // privacy: an AI-powered insurance-policy analysis platform operated from India, whose AI engine extracts coverage, exclusions and claim steps from uploaded PDFs
    // --- legal and immigration ---
    { id: 'imc-machine', name: 'The IMC Machine', vendor: 'IMC Machine', category: 'productivity', domains: ['imcmachine.com'], source: 'https://imcmachine.com/products/imc-defense-small-firm-2-5/' }, // product page: a defence-practice platform whose drafts, worksheets and transcripts are AI proposals routed through OpenAI's ChatGPT, Anthropic's Claude and Google's Gemini, with every AI call logged
    { id: 'visa-nexus-ai', name: 'Visa Nexus AI', vendor: 'Build Champions', domains: ['immigrationexpertai.com'], source: 'https://immigrationexpertai.com/privacy' }, // privacy: an educational, self-help AI immigration platform run by a US nonprofit, taking uploaded documents and voice recordings; not a law firm
    // --- education ---
    { id: 'arthurai-k12', name: 'ArthurAI (K-12 instruction)', vendor: 'ArthurGrid', category: 'productivity', domains: ['arthurgrid.ai'], source: 'https://www.arthurgrid.ai/sle/safety-and-disclosure/' }, // safety and disclosure page: ArthurAI's in-line disclosures wherever AI assists instruction or assessment for districts, with COPPA handled through the school
  ],
  { checked: CHECKED_C26 },
);
