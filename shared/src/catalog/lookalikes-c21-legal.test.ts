// Traps beside the rows the twenty-first session's legal pass added (data/long-tail-c21-legal.ts): the ordinary sites
// next to each kind of AI legal tool it added (immigration and patent offices, courts and parking-appeal pages, practice
// management and e-signature software, legal publishers and directories, telephony, rental portals, Japanese and
// Brazilian legal bodies), the parent of the claimed LAWBO subdomain, the shared-platform copies and the left-out hosts
// the pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must
// reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC21LegalTools } from './data/long-tail-c21-legal';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.uscis.gov/', // the US immigration service, beside the AI petition drafters
  'https://www.uspto.gov/', // the US patent and trademark office, beside the AI trademark describer
  'https://tmsearch.uspto.gov/', // the USPTO trademark search, beside the AI trademark describer
  'https://www.courts.ca.gov/', // a state court portal, beside the small-claims and divorce drafters
  'https://www.gov.uk/appeal-parking-fine', // the UK parking-appeal page, beside the AI appeal writers
  'https://www.nyc.gov/site/finance/vehicles/dispute-a-ticket.page', // a city ticket-dispute page, beside Ticket Pilot
  'https://www.clio.com/', // practice management, beside the AI intake and drafting tools
  'https://www.mycase.com/', // practice management, beside the AI intake tools
  'https://www.docusign.com/', // e-signature, beside the AI contract reviewers
  'https://www.legalzoom.com/', // online legal documents, beside the consumer AI drafters
  'https://www.nolo.com/', // a legal self-help publisher, beside the consumer AI drafters
  'https://www.justia.com/', // a legal directory and case law, beside the legal research AI
  'https://www.findlaw.com/', // a legal directory, beside the AI legal Q&A
  'https://www.avvo.com/', // a lawyer directory, beside the AI intake tools
  'https://www.rocketlawyer.com/', // online legal documents, beside the contract reviewers
  'https://www.courtlistener.com/', // free case law, beside the legal research AI
  'https://www.law.cornell.edu/', // a legal information institute, beside the legal research AI
  'https://www.westlaw.com/', // a legal research service, beside the legal research AI
  'https://www.lexisnexis.com/', // a legal publisher, beside the legal research AI
  'https://www.ringcentral.com/', // business telephony, beside the AI phone intake
  'https://www.twilio.com/', // telephony APIs named in the intake policies
  'https://www.apartments.com/', // a rental portal, beside the AI lease reviewers
  'https://www.zillow.com/', // a property portal, beside the AI lease reviewers
  'https://elaws.e-gov.go.jp/', // Japanese statutes, beside the Japanese legal AI
  'https://www.nichibenren.or.jp/', // the Japan Federation of Bar Associations, beside the Japanese legal AI
  'https://www.jusbrasil.com.br/', // Brazilian case law, beside Cria.AI
  'https://www.oab.org.br/', // the Brazilian bar, beside Cria.AI
  'https://www.cnj.jus.br/', // the Brazilian judiciary council, beside Cria.AI
  'https://x-legal-association.org/', // the parent of LAWBO's claimed subdomain
  'https://www.x-legal-association.org/', // the parent of LAWBO's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://contractai-frontend.vercel.app/privacy', // a policy or page on a shared platform
  'https://website-maulylegal.pages.dev/blog/dsgvo-ki-dokumentenanalyse', // a policy or page on a shared platform
  'https://torch-ocarina-322.notion.site/ClauseGuard-Privacy-Policy-23c961b7eb45800eae23e669f0b5c360', // a policy or page on a shared platform
  'https://studio--jurisdictio-8316b.us-central1.hosted.app/terms', // a policy or page on a shared platform
  'https://dev.ddq66k6m3vlar.amplifyapp.com/public/terms', // a policy or page on a shared platform (and a dev host)
  'https://ukrainianlaw.blogspot.com/2024/09/the-role-of-ai-in-legal-document-review.html', // a page on a shared platform
  'https://beverlyhillsimmigrationlaw.blogspot.com/2023/09/immigration-lawyers-look-to-ai-to-make.html', // a page on a shared platform
];

const LEFT_OUT = [
  'https://www.callmy.attorney/legal/privacy', // a policy marked as a template notice
  'https://knowme.law/legal/privacy', // a notice marked as product scaffolding
  'https://ailegalchatbots.com/privacy-policy', // a policy with a bracketed placeholder date
  'https://www.sophiescribe.ai/privacy', // a privacy page marked as a draft for review
  'https://app.sophiescribe.ai/privacy', // the same draft on the app host
  'https://app.familycase.ai/privacy', // a policy marked as a counsel-review draft
  'https://einsicht.ink/privacy-policy.html', // a policy with a `[Name/Firma]` placeholder
  'https://netscape.co.jp/post/justyai_tos', // terms with a bracketed company name, off the product's host
  'https://app-staging.clmspace.com/docs/security/ai-handling', // a staging host
  'https://doculex.ai/?p=2214', // a bare `?p=` page
  'https://inventimm.com/?p=1949', // a law firm's AI policy at a bare `?p=` page
  'https://watchmefail.com/ticketfight/privacy', // a project on a personal site
  'https://datastack.academy/case-study-action-responder/', // a course project case study
  'https://occamimmigration.com/ai-responsibility', // a law firm's own AI page
  'https://mc-law.jp/?p=28410', // a law firm's custom GPT on chatgpt.com
  'https://legal-gpt.eu/privacy-policy', // a custom GPT on chatgpt.com
  'https://www.jurismarketinglab.com/legal/terms/ai-chatbot', // a marketing agency's chatbot service
  'https://www.legalsmart.de/casecheck/datenschutz.php', // a page that does not say the service uses AI
  'https://smallclaimshelper.com/trust', // a page that does not say AI
  'https://clauze.xyz/privacy', // a policy that does not say AI
  'https://help.patentbots.com/how-do-i-use-gen-ai-to-generate-patent-text', // patent software, AI one feature
  'https://app.ladra.io/legal/terms-of-service', // practice management, AI one feature
];

const NAMESAKES = [
  'https://redlinebot.com/', // beside RedlineBot (redlinebot.io)
  'https://www.redline.io/', // beside RedlineBot
  'https://www.unclaws.ai/', // beside Unclaws (unclaws.com)
  'https://www.guardclause.com/', // beside Guard-Clause (guard-clause.com)
  'https://www.clausewize.ai/', // beside ClauseWize (clausewize.com)
  'https://www.clauseai.com/', // beside ClauseAI (clauseai.live)
  'https://www.plainclause.com/', // beside PlainClause (getplainclause.com)
  'https://www.hiveacts.io/', // beside HiveActs (hiveacts.com)
  'https://www.leaselens.com/', // beside LeaseLens (leaselens.org)
  'https://www.lextract.com/', // beside Lextract (lextract.io)
  'https://www.lawbo.jp/', // beside LAWBO
  'https://www.robotlawyer.com/', // beside Robot Lawyer (robotlawyer.jp)
  'https://www.proplaintiff.com/', // beside ProPlaintiff (proplaintiff.ai)
  'https://www.anytimeai.com/', // beside Anytime AI (anytimeai.ai)
  'https://www.criaai.com.br/', // beside Cria.AI (criaai.app.br)
  'https://www.divorceportal.com/', // beside Divorce Portal (divorce-portal.com)
  'https://www.getsmallclaims.ai/', // beside GetSmallClaims (getsmallclaims.com)
  'https://www.ticketpilot.com/', // beside Ticket Pilot (useticketpilot.com)
  'https://www.fightmyfine.co.uk/', // beside Fight My Fine (fightmyfine.com)
  'https://www.quickpetition.ai/', // beside QuickPetition (quickpetition.com)
  'https://www.legistai.ai/', // beside LegistAI (legistai.com)
  'https://www.drafty.com/', // beside Drafty AI (draftyai.com)
  'https://www.descryber.ai/', // beside Descryber (descryber.com)
  'https://www.intakeai.com/', // beside Intake AI (intake-ai.com)
  'https://www.firmfront.com/', // beside FirmFront.ai (firmfront.ai)
  'https://www.legallady.com/', // beside LegalLady AI (legallady.ai)
];

describe('twenty-first-session legal traps', () => {
  it('adds 25 rows, each with one domain (PlainClause two) and no prefix, in the regions the rows name', () => {
    expect(longTailC21LegalTools.length).toBe(25);
    expect(
      longTailC21LegalTools.every(
        (t) => t.domains.length === (t.id === 'plainclause' ? 2 : 1) && t.urlPrefixes.length === 0,
      ),
    ).toBe(true);
    const regional: Record<string, string> = {
      lawbo: 'japan',
      'robot-lawyer-jp': 'japan',
      'cria-ai': 'latam',
      'fight-my-fine': 'europe',
    };
    expect(longTailC21LegalTools.every((t) => catalogRegion(t.id) === (regional[t.id] ?? 'global'))).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC21LegalTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://www.lawbo.x-legal-association.org/terms-public': 'lawbo',
      'https://www.redlinebot.io/privacy': 'redlinebot',
      'https://www.guard-clause.com/trust': 'guard-clause',
      'https://hiveacts.com/legal/ai-disclaimer': 'hiveacts',
      'https://leaselens.org/methodology': 'leaselens-org',
      'https://lextract.io/resources/articles/ai-lease-review': 'lextract',
      'https://www.robotlawyer.jp/terms-service': 'robot-lawyer-jp',
      'https://criaai.app.br/blog/ia-generativa-no-direito': 'cria-ai',
      'https://divorce-portal.com/ai-policy': 'divorce-portal',
      'https://getsmallclaims.com/how-it-works': 'getsmallclaims',
      'https://www.useticketpilot.com/privacy': 'ticket-pilot',
      'https://www.quickpetition.com/ai-transparency': 'quickpetition',
      'https://www.descryber.com/filing-guide': 'descryber',
      'https://intake-ai.com/privacy': 'intake-ai-irlegal',
      'https://www.legallady.ai/privacy': 'legallady-ai',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
