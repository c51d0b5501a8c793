// Traps beside the rows the twenty-sixth session's `uslaws` pass added (data/long-tail-c26-uslaws.ts): the regulators,
// legislatures and statute sites whose wording the pass searched with, the ordinary sites next to each kind of AI
// tool it added (background checks, crisis lines, HIPAA and medical bodies, billing and drug-price authorities,
// insurance regulators and marketplaces, immigration and bar sites, student-privacy bodies), the
// shared-platform copies, drafts, compliance vendors and left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
//
// aicompaniondev.com dropped: listed in data/long-tail-c27-reconcile.ts (session 27).
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC26UslawsTools } from './data/long-tail-c26-uslaws';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.nyc.gov/site/dca/about/automated-employment-decision-tools.page', // the city's AEDT page, LL144
  'https://leg.colorado.gov/bills/sb24-205', // the Colorado AI Act's bill page
  'https://www.ilga.gov/documents/legislation/104/HB/10400HB1806.htm', // the Illinois WOPR Act, met in the searches
  'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260SB243', // California SB 243
  'https://le.utah.gov/~2024/bills/static/SB0149.html', // the Utah AI Policy Act
  'https://www.nysenate.gov/legislation/laws/GBS/1702', // New York's AI-companion notice, met in the searches
  'https://capitol.texas.gov/', // the Texas legislature, beside TRAIGA
  'https://www.ftc.gov/', // the FTC, beside the AI-claims and endorsement searches
  'https://www.eeoc.gov/', // the EEOC, beside the hiring and screening rows
  'https://www.consumerfinance.gov/', // the CFPB, beside the screening and lending searches
  'https://www.hud.gov/', // HUD, beside the tenant-screening searches
  'https://checkr.com/', // a background-check company, beside VerifAI
  'https://988lifeline.org/', // the crisis line the companion protocols refer to
  'https://www.crisistextline.org/', // the crisis text line the companion protocols refer to
  'https://www.hhs.gov/hipaa/index.html', // HIPAA, beside the AI scribes
  'https://www.ama-assn.org/', // a medical association, beside the AI scribes
  'https://www.cms.gov/', // Medicare's agency, whose billing rules the bill auditors check against
  'https://www.nppaindia.nic.in/', // India's drug-price authority, beside Jaanch
  'https://irdai.gov.in/', // India's insurance regulator, beside Jaanch, PolicySaaf and PolicyLens
  'https://content.naic.org/', // the insurance commissioners' association, met in the searches
  'https://www.policybazaar.com/', // an Indian insurance marketplace, beside the policy explainers
  'https://www.uscis.gov/', // the immigration agency, beside Visa Nexus AI
  'https://www.texasbar.com/', // the State Bar of Texas, beside The IMC Machine
  'https://studentprivacy.ed.gov/', // student privacy (FERPA), beside ArthurAI
  'https://www.commonsense.org/', // a children's media-safety body, beside ArthurAI
  'https://self-law.org/code/ca/business-and-professions-code/22602', // a statute reader, met in the searches
  'https://ca.codecond.com/codes/bpc/division-8-special-business-regulations/chapter-22-6-companion-chatbots', // a statute reader
  'https://californiastateauthority.com/laws/state_statute/BPC-22601/', // a statute reader
  'https://www.jdsupra.com/', // legal news, met in the searches
  'https://www.mondaq.com/', // legal news, met in the searches
  'https://www.brickunderground.com/rent/rental-apartment-application-AI-artificial-intelligence-screening', // news
];

const SHARED_PLATFORMS = [
  'https://crushon-ai-best.pages.dev/responsible-use/', // a review clone on a shared platform
  'https://crushonai-review.pages.dev/responsible-use/', // a review clone on a shared platform
  'https://prevention-school.pages.dev/teenology/', // a teen companion page on a shared platform
  'https://proofscribe.pages.dev/blog/no-surprise-meeting-bots-consent-guide', // a notetaker blog on a shared platform
  'https://plainstamp.pages.dev/rules/us-ny-ai-companion-models-art47/', // a rules list on a shared platform
  'https://utahlexgraph.pages.dev/Code/Title-13/13-Ch13_72a', // a statute copy on a shared platform
  'https://ai-tools-for-lawyer.pages.dev/jurisdictions/texas/', // a directory on a shared platform
  'https://soma-dws.pages.dev/ll144.html', // an LL144 explainer on a shared platform
  'https://hr-fidelity-schu.fly.dev/', // a résumé-screener audit demo on a shared platform
  'https://stunning-dasik-1d2b1c.netlify.app/ethics', // a copy of Companion Connect's page on a shared platform
  'https://yaar-pro.web.app/privacy.html', // a companion app's policy on a shared platform
  'https://sites.google.com/view/aigirlfrnd/privacy', // a companion app's policy on a shared platform
  'https://lumi-tutor.vercel.app/legal/privacy', // a placeholder tutor policy on a shared platform
  'https://phpstack-319768-1579534.cloudwaysapps.com/ats-testing/recruiterandhr/', // a staging host
];

const LEFT_OUT = [
  'https://www.rentfax.io/trust/ai-transparency', // "[Insert Date]"
  'https://myloaniq.ai/ai-disclaimer', // "[DATE]", pending counsel review
  'https://myofficehour.techwireapp.com/legal', // a draft notice for a local build
  'http://192.99.127.208/terms', // an AI scribe's terms on a bare IP address
  'https://medwriter.ai/terms', // terms that do not say AI
  'https://www.calmspacesupport.com/privacy.html', // a policy that does not say AI
  'https://vidcruiter.com/privacy/ai-statement', // a video-interview platform, AI one feature
  'https://www.verticalrent.com/ai-tenant-screening', // tenant screening with an AI score as one feature
  'https://app.ai4i.io/privacy/', // immigration practice management, AI one feature
  'https://equitypilot.org/legal/data-use', // a mortgage-planning funnel with an AI coach
  'https://thestandardcrm.io/blog/is-ai-calling-legal-for-insurance-agents-2026', // a CRM's blog
  'https://biglysales.com/tcpa-consent-ai-voice-calls/', // a dialer's blog
  'https://www.hael.ai/frameworks/nyc-ll-144', // AI governance, not an AI tool
  'https://www.areebi.com/compliance/nyc-local-law-144', // AI governance, not an AI tool
  'https://www.warden-ai.com/resources/independent-bias-auditor', // AI assurance, not an AI tool
  'https://aiassetassurance.com/nyc-local-law-144.html', // an AI auditor
  'https://auditll144.com/aedt-bias-audit-process.html', // an AI auditor
  'https://aiauditsusa.com/bias-audit/', // an AI auditor
  'https://employarmor.com/blog/video-interview-ai-compliance', // a hiring-compliance vendor
  'https://avaas.ai/housing.html', // an AI validation vendor
  'https://verinika.com/services/cv-parsing', // an AI auditor
  'https://onhirely.com/checklists/colorado-ai-act-compliance-checklist', // a bias-audit vendor
  'https://www.hireaiscore.com/regulations/colorado-ai-act', // a compliance guide
  'https://xira-ai.com/regulation/ca-sb243-chatbots', // a regulation scanner
  'https://www.regulon.ai/bills/UT-HB-452/', // a bill tracker
  'https://www.aipolicydesk.com/regulations/colorado-sb-205', // a regulation guide
  'https://gridex.dev/answers/ai-adverse-action-notices-fair-lending/', // a compliance guide
  'https://foundersled.studio/ai-compliance/colorado-ai-act', // a compliance service
  'https://www.magist.io/reverse-lookup?control=ai-companion-safety-protocol', // a controls library
  'https://checkaiclaims.com/guides/ftc-ai-claims', // a claims checker
  'https://complycode.app/for/ai-legal-tools', // a compliance scanner
  'https://www.deepinspect.ai/blog/healthcare-soap-notes-ai-hipaa', // an AI-security vendor's blog
  'https://phiguard.app/learn/phi-workflows/phi-in-ambient-ai-documentation', // a HIPAA-compliance guide
  'https://agentgoverning.com/protocols/AG-518-candidate-communication-transparency-governance.html', // governance protocols
  'https://kanopylabs.com/blog/how-to-build-an-ai-tenant-screening-platform/markdown', // an agency
  'https://terms.law/AI-Implementation-Legal-Hub/', // a lawyer's build service
  'https://unicornfactories.com/playbook/capabilities/ai-assisted-resume-screening-with-bias-audit', // a playbook
];

const NAMESAKES = [
  'https://poweredbyerika.com/', // the parent of the ClaimGuard subdomain, not read
  'https://www.insurify.com/', // an insurance comparison site, beside InsurifyAI (insurifyai.app)
  'https://www.policypal.com/', // beside PolicyPal.Dev (policypal.dev)
  'https://www.policylens.com/', // beside PolicyLens (policylensai.com)
  'https://www.jaanch.com/', // beside Jaanch (jaanch.app)
  'https://www.doctora.com/', // beside Doctora (doctora.io)
  'https://www.verifai.com/', // beside VerifAI (tryverifai.com)
  'https://www.brainbestie.com/', // beside MyBrainBestie (mybrainbestie.com)
  'https://www.arthurgrid.com/', // beside ArthurAI (arthurgrid.ai)
  'https://www.imc.com/', // beside The IMC Machine (imcmachine.com)
  'https://www.visanexus.com/', // beside Visa Nexus AI (immigrationexpertai.com)
  'https://www.billguard.com/', // beside Bill Bodyguard (billbodyguard.com)
];

describe('twenty-sixth-session uslaws traps', () => {
  it('adds 16 rows, each with one domain and no prefix, global but for the three Indian rows', () => {
    expect(longTailC26UslawsTools.length).toBe(16);
    expect(longTailC26UslawsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    const indian = new Set(['jaanch', 'policysaaf', 'policylens']);
    expect(
      longTailC26UslawsTools.every((t) => catalogRegion(t.id) === (indian.has(t.id) ? 'india' : 'global')),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC26UslawsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(longTailC26UslawsTools));
    expectEachClassifiedAs({
      'https://www.chartnote.com/': 'chartnote',
      'https://www.doctora.io/': 'doctora',
      'https://arthurgrid.ai/': 'arthurai-k12',
      'https://www.billbodyguard.com/': 'bill-bodyguard',
      'https://www.jaanch.app/': 'jaanch',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
