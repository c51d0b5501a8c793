// Traps beside the rows the twenty-fifth session's South Asia pass added (data/regional-c25-southasia.ts): the ordinary
// sites next to each kind of AI tool it added (regulators and tax and exam bodies, payment wallets and gateways named
// in the policies read, marketplaces and seller-help sites styled after Daraz, job boards, health platforms, messaging),
// the shared-platform copies, drafts, odd hosts and left-out hosts the pass read, and the developer's site whose
// subdomain is claimed. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { regionalC25SouthasiaTools } from './data/regional-c25-southasia';
import { catalogRegion } from './data/regions';

const GENERAL_SITES = [
  'https://www.secp.gov.pk/ur//privacy-policy/', // Pakistan's company regulator, met in the searches
  'https://www.pta.gov.pk/', // Pakistan's telecom regulator, beside the WhatsApp and voice bots
  'https://www.fbr.gov.pk/', // Pakistan's tax authority, beside Karsaaz AI's finance tools
  'https://www.fpsc.gov.pk/', // the CSS exam body, met in the searches
  'https://www.nums.edu.pk/', // the MDCAT exam body, beside the study tools
  'https://www.neb.gov.np/', // Nepal's exam board, beside EduBoost Nepal
  'https://www.doenets.lk/', // Sri Lanka's exams department, beside the A/L tutors met
  'https://www.jazzcash.com.pk/', // a Pakistani wallet named in the refund pages
  'https://www.easypaisa.com.pk/', // a Pakistani wallet named in the refund pages
  'https://www.getsafepay.pk/terms-of-service-and-use', // a Pakistani payment gateway, met in the searches
  'https://www.bkash.com/', // the Bangladeshi wallet Rewamil and ShobdoAI are paid through
  'https://www.nagad.com.bd/', // a Bangladeshi wallet named by ShobdoAI
  'https://www.sslcommerz.com/', // a Bangladeshi payment gateway, met in the searches
  'https://www.payhere.lk/legal/', // Sri Lanka's payment gateway, met in the searches
  'https://khalti.com/info/tnc', // a Nepali wallet, met in the searches
  'https://esewa.com.np/', // a Nepali wallet, beside Khalti
  'https://www.daraz.pk/', // the marketplace, beside the sellers' tools
  'https://www.daraz.com.bd/', // the marketplace in Bangladesh
  'https://darazsellerhelp.com/blogs/', // a seller-help site styled after Daraz
  'https://www.daraztoolkit.com/how-to-familiarize-yourself-with-daraz-policies/', // a seller-help site styled after Daraz
  'https://daraz.msjtrader.com/daraz-guidelines/', // a fulfilment service's Daraz page
  'https://www.rozee.pk/', // a Pakistani job board, beside the hiring tools
  'https://www.bdjobs.com/', // a Bangladeshi job board, beside the hiring tools
  'https://www.marham.pk/', // a Pakistani doctor-booking site, beside NirogiAI and the receptionists
  'https://www.oladoc.com/', // a Pakistani doctor-booking site, beside the receptionists
  'https://www.whatsapp.com/', // the messaging platform the business bots run on
];

const SHARED_PLATFORMS = [
  'https://kathasync-frontend.pages.dev/terms', // KathaSync's terms on a shared platform
  'https://pvp-web-2.pages.dev/blog/building-ai-first-products-in-emerging-markets/', // a blog on a shared platform
  'https://kaarya-ai.pages.dev/privacy', // a policy on a shared platform
  'https://nepmeals-website.pages.dev/privacy-policy', // a food-delivery policy on a shared platform
  'https://diwadi.pages.dev/ur/privacy', // a desktop app's policy on a shared platform
  'https://mbs-app.vercel.app/privacy-policy', // a clinic app's policy on a shared platform
  'https://sites.google.com/view/matchwise-ai/terms', // Phebsoft's MatchWise AI terms on a shared platform
  'https://sites.google.com/view/smart-bcs/home', // Smart BCS Preparation's policy on a shared platform
  'https://vibyapp.blogspot.com/p/privacy-policy.html', // an app's policy on a shared platform
  'https://studio--studio-9741291258-b9421.us-central1.hosted.app/privacy-policy', // a Firebase studio copy
];

const LEFT_OUT = [
  'https://www.jobies.pk.immigarments.com.pk/privacy', // Jobies.pk on another company's domain
  'https://www.meetpakistan.com/privacy', // a marketplace whose policy calls itself a template
  'https://new-resume.com/legal/terms.php', // "a practical first draft"
  'https://aiteacher.fit/privacy', // AI only in the name
  'https://papergenius.pk/privacy', // a test-paper builder that does not say AI
  'https://pakelp.com/privacy', // a services marketplace
  'https://www.paktaleem.com/local/staticpage/view.php?page=privacy', // an LMS that does not say AI
  'https://www.chatalya.com/bn/privacy', // an anonymous chat site
  'https://bdchat.app/privacy-and-policy', // a messaging app
  'https://funneliq.site/terms', // a funnel builder that does not say AI
  'https://bkotipoti.com/terms-conditions', // an earning platform
  'https://scholarx.pk/privacy-policy', // a tutoring platform, AI one feature
  'https://mylawyers.pk/ai-policy/', // a lawyers' directory and forum, AI one feature
  'https://www.mederium.com/privacy', // telehealth, AI one feature
  'https://safelanka.lk/privacy-policy', // a police app, AI one feature
  'https://prepmdcat.com/privacy-policy', // MDCAT practice, AI one feature (as before)
  'https://mdcathelper.com/privacy-policy.html', // MDCAT practice, AI one feature (as before)
  'https://www.iidslabs.org/privacy', // a lab's site
  'https://www.zensebot.com/privacy-policy/', // an automation agency
  'https://cleverhub.lk/refund', // a development consultancy
  'https://praxiumlabs.com/blog/ai-chatbot-banking-nepal/', // a consultancy's blog
  'https://iterosys.com/case-studies/bangla-tts', // an in-house R&D case study
  'https://nabint.com.np/', // parent of the claimed eduboostnepal.nabint.com.np
];

describe('twenty-fifth-session South Asia traps', () => {
  it('adds 18 rows, each with one domain and no prefix, South Asian rows in the india region', () => {
    expect(regionalC25SouthasiaTools.length).toBe(18);
    expect(regionalC25SouthasiaTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
    expect(regionalC25SouthasiaTools.filter((t) => catalogRegion(t.id) === 'india').length).toBe(12);
    expect(catalogRegion('receptra-ai')).toBe('middle-east');
    expect(catalogRegion('babbly-ai')).toBe('southeast-asia');
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC25SouthasiaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs(sourceUrls(regionalC25SouthasiaTools));
    expectEachClassifiedAs({
      'https://www.karsaazai.com/subscription-and-billing-policy': 'karsaaz-ai',
      'https://nirogiai.com/': 'nirogiai',
      'https://shobdoai.com/': 'shobdoai',
      'https://chatwit.ai/': 'chatwit',
      'https://resumepro.win/': 'resumepro-win',
      'https://ruvyapp.com/': 'ruvy',
    });
  });

  it('leaves general sites, shared platforms and left-out hosts unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT]);
  });
});
