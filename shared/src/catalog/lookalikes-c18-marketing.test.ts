// Traps beside the rows the eighteenth session's marketing pass added (data/long-tail-c18-marketing.ts): the ordinary
// marketing, email, CRM and website-building sites next to each kind of AI marketing tool, the parents of the claimed
// subdomains, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close to the
// new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC18MarketingTools } from './data/long-tail-c18-marketing';

const GENERAL_SITES = [
  'https://mailchimp.com/', // email marketing, beside the AI newsletter and email writers
  'https://www.constantcontact.com/', // email marketing, beside the AI campaign tools
  'https://www.klaviyo.com/', // the ESP SendPersonal writes into
  'https://www.beehiiv.com/', // newsletter hosting, beside the AI newsletter writers
  'https://www.lemlist.com/', // cold-email sending, beside the AI outreach writers
  'https://www.apollo.io/', // a contact database, beside the AI lead-generation agents
  'https://www.pipedrive.com/', // a sales CRM, beside the AI-assisted CRMs
  'https://www.hubspot.com/', // a marketing CRM, beside the AI-assisted CRMs
  'https://www.wix.com/', // a website builder, beside the AI site builders
  'https://www.squarespace.com/', // a website builder with an AI feature, left out
  'https://www.surveymonkey.com/', // surveys, beside the AI customer-research tools
  'https://business.facebook.com/', // Meta's ad manager, beside the AI ad agents
  'https://ads.google.com/', // Google Ads, beside the AI ad agents
  'https://www.prnewswire.com/', // press-release distribution
];

const CLAIMED_SUBDOMAIN_PARENTS = [
  'https://loopstech.com/', // parent of aimail.loopstech.com
  'https://athium.ai/', // parent of app.athium.ai
  'https://www.athium.ai/',
  'https://ashbi.ca/', // parent of pibuild.ashbi.ca
  'https://tonimont.com/', // parent of saymail.tonimont.com
  'https://168.tokyo/', // parent of aireplygen.168.tokyo
  'https://ext-lab.xyz/', // parent of podcast.ext-lab.xyz
];

const SHARED_PLATFORMS = [
  'https://ai-email-writer-dzv.pages.dev/privacy/', // an AI email writer on pages.dev
  'https://sitegen-app.pages.dev/privacy.html', // an AI site editor on pages.dev
  'https://xicon-web.vercel.app/terms', // an AI marketing content tool on vercel.app
  'https://getaillm.vercel.app/terms', // an AI-visibility tool on vercel.app
  'https://maximum-karna-nyau-c9e85a17.koyeb.app/privacy', // an AI email assistant on koyeb.app
  'https://copydrop-ai-service-136440849704.europe-west1.run.app/privacy', // a Shopify importer on run.app
  'https://wooden-stork-8e7.notion.site/Privacy-Policy-for-AI-Description-Generator-2d6cf15c7d5680a6bad0c62ab0add7e9', // a Shopify app's policy on notion.site
  'https://hyperfyai.helpkit.so/getting-started/4qwoUoKsfCqGD72fPtNFVz/your-customer%E2%80%99s-sales-funnel/6JncJgRi7D8ZdyxXgZcWCT', // a help centre on helpkit.so
];

const LEFT_OUT = [
  'https://www.selvion.io/privacy', // a CRM with a bring-your-own-key assistant
  'https://www.laureo.io/help/ai-assistant/data-privacy', // a CRM's assistant feature
  'https://chatcrm.co/legal/privacy-policy', // a conversational CRM with AI features
  'https://undercopy.com/privacy', // a creative workspace with AI suggestions
  'https://playbookbuilder.com/privacy-policy', // a sales playbook tool with optional AI
  'https://landingi.com/help/credits/', // a landing-page builder with AI credits
  'https://mindbaz.com/data/intelligence-artificielle-emails-et-rgpd', // an email platform's AI article
  'https://help.edrone.me/en/articles/10264523-dynamic-subcject', // an e-commerce CRM's AI subject lines
  'https://www.domaintechnik.at/agb-anhang-6.html', // a host's homepage builder with AI functions
  'https://website-coder.de/agb', // a web agency that uses AI
  'https://smartsite-ai.com/privacy-policy', // a small-business web agency
  'https://www.anklopf.io/datenschutz', // a policy with a placeholder operator
  'https://www.proposalai.ai/privacy', // a template policy
  'https://varioads.com/terms', // terms that never mention AI
  'https://adsagent.md/terms', // terms that never mention AI
  'https://ads.vadiimi.com/acceptable-use', // a policy that never mentions AI
  'https://leadsgenpilot.com/privacy', // a policy that never mentions AI
  'https://survai.io/policies/privacy-policy', // a policy that never mentions AI
  'https://mail.paicha.cloud/privacy', // a mail summariser whose policy never mentions AI
  'https://ai-lab.com.au/terms-of-service.html', // a macOS-only email app
  'https://promptpage.site/en/terms', // its customers' sites are served from its subdomains
  'http://3.151.245.245/privacy-policy', // EmailPilot AI's policy on a bare IP address
  'https://staging.app.newsletterssuck.email/legal/privacy', // a staging host
  'https://staging.funnder.co/terms-of-service', // a staging host
  'https://test.ryterr.com/privacy', // a test host
  'https://erik-test2.de/AGB', // a test host
];

const NAMESAKES = [
  'https://www.coldmail.com/', // beside ColdMail and Cold Mailr
  'https://www.coldmailai.com/', // beside the two Cold Mail AI entries
  'https://www.outpulse.com/', // beside Outpulse
  'https://www.openway.com/', // beside OpenWay AI
  'https://www.genpage.com/', // beside GenPage
  'https://www.zapmark.com/', // beside Zapmark
  'https://www.fullrun.com/', // beside Fullrun
  'https://www.prospi.com/', // beside Prospi
  'https://www.youletter.com/', // beside YouLetter
  'https://www.knitly.com/', // beside Knitly
  'https://www.leadpilot.com/', // beside LeadPilot
  'https://www.leadsmart.com/', // beside LeadSmart AI
  'https://www.imagefarm.com/', // beside Image Farm
  'https://www.sendcopy.com/', // beside SendCopy
];

describe('eighteenth-session marketing traps', () => {
  it('adds 55 rows, each with its own domains and no prefix', () => {
    expect(longTailC18MarketingTools.length).toBe(55);
    expect(longTailC18MarketingTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC18MarketingTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://app.newsletteros.live/privacy': 'newsletteros',
      'https://docs.ecosysteme.ai/fr/articles/11675879-respect-de-la-vie-privee-donnees-personnelles':
        'ecosysteme-ai',
      'https://app.leadprospecting.ai/': 'lead-prospecting-ai',
      'https://aicontentplan.nl/': 'ai-content-plan',
      'https://aimail.loopstech.com/privacy-policy.php': 'ai-mailer-loopstech',
      'https://app.athium.ai/terms': 'sales-automation-athium',
      'https://pibuild.ashbi.ca/legal/privacy': 'pibuild-ashbi',
      'https://saymail.tonimont.com/legal/cookies': 'saymail',
      'https://aireplygen.168.tokyo/privacy': 'aireplygen-168',
      'https://podcast.ext-lab.xyz/terms-of-service': 'podcastmail-ext-lab',
      'https://www.gomarble.ai/ai-terms': 'gomarble-ai',
      'https://splashstreet.io/ai-content-policy': 'splashstreet',
      'https://www.coldmailai.uk/privacy.html': 'coldmailai-uk',
      'https://www.coldmailai.xyz/privacy': 'coldmailai-xyz',
    });
  });

  it('leaves general sites, subdomain parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([
      ...GENERAL_SITES,
      ...CLAIMED_SUBDOMAIN_PARENTS,
      ...SHARED_PLATFORMS,
      ...LEFT_OUT,
      ...NAMESAKES,
    ]);
  });
});
