// Traps beside the rows the twenty-eighth session's third office pass added (data/long-tail-c28-office3.ts): the
// parent of the one subdomain claimed alone, the general products, records services and platforms met beside each
// kind of tool it added (purchase-order and invoice extraction, PDF chat and redaction, file renaming, timesheets, Jira
// and Trello apps, inbox and meeting tools), and the drafts, on-device tools and pages without AI it left out. None of
// them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls, sourceUrls } from '../../testing/lookalikes';

import { longTailC28Office3Tools } from './data/long-tail-c28-office3';

const PARENTS = [
  'https://portall.in/', // the parent of Portall's document-processing subdomain, not read
];

const GENERAL_SITES = [
  'https://www.restore.co.uk/Digital/Test/Enhanced-AI-digital-mailroom', // a records and scanning company's service page
  'http://iguana-idm.com/digital-mailroom-services/', // a scanning bureau's digital-mailroom service
  'https://idp-software.com/guides/digital-mailroom', // a guide site on document processing
  'https://www.visual-paradigm.com/guide/how-ai-powered-nlp-is-revolutionizing-text-to-bpmn-generation-for-enterprise-process-modeling/', // a modelling suite's guide
  'https://help.timechimp.com/en/articles/15431366-how-suggestions-works', // a time-tracking suite's help, beside TimeSentry
  'https://screenful.com/blog/card-dependencies-privacy-policy', // a Trello Power-Up without AI
  'https://consulity.de/MMTrello/Privacy?lang=en', // a Trello meeting-minutes Power-Up without AI
  'https://www.mailslurp.com/blog/ai-email-parser', // an email-testing platform's guide
  'https://www.meetingwiz.com/terms', // a scheduling poll without AI, beside the meeting tools
  'https://excel-works.com/home/privacy365', // a calculus add-in for Excel, no AI
  'https://pilabs.app/privacy.html', // an Excel project-controls add-in that processes workbooks in place
  'https://www.greataicoding.com/drive-auditor/privacy-policy', // a Drive search add-in that sends nothing to AI
];

const LEFT_OUT = [
  'https://pdfpilot4u.com/privacy', // a PDF toolkit where AI chat is one feature
  'https://www.sprobot.io/security/info-processing', // SharePoint governance with an AI assessment feature
  'https://creativedynamicinc.com/simplegpt-terms-of-use/', // a company site, SimpleGPT's terms
  'https://agentur.cloudox.de/jira/plugin/privacy-policy', // an agency's Jira app, on the user's AI key
  'https://todoazai.com/en/privacy', // a policy marked as a draft
  'https://myofficehour.techwireapp.com/legal', // a draft notice for a local build
  'https://rename.click/privacy', // a local renamer on the user's own API keys
  'https://mail.vftools.us/privacy.html', // a task app on the user's own OpenAI key
  'https://www.foundryone.tech/ATD/privacy.html', // TaskAI, an iOS app, on its maker's site
  'https://app.despamr.com/privacy', // an inbox sorter whose policy does not say AI
  'https://atlas.quantaura.in/privacy', // a header indexer, no AI
  'https://www.roadmapperai.com/privacy.html', // a roadmap tool whose policy does not say AI
  'https://docusift.co/privacy', // a document platform whose policy does not say it extracts with AI
  'https://fileorganizer.odsantos.com/privacy.php', // a local file organiser without AI
  'https://getstatementconverter.com/tools/testing-engine', // a local geometric extractor, no AI
  'https://www.ragdemo.omega-x.com/privacy-policy.html', // a demo host
];

describe('twenty-eighth-session office3 pass: back-office extraction, files, PDFs, timesheets and inbox tools', () => {
  it('adds the expected rows', () => {
    expect(longTailC28Office3Tools.map((t) => t.id)).toEqual([
      'purchase-order-converter',
      'po2order',
      'hyperfox',
      'rechnungs-portal-smart-document-analyzer',
      'eldoc',
      'portall-document-processing',
      'dokumentas',
      'contractparser-ai',
      'parsesphere',
      'banktosheet',
      'chatpdfplus',
      'redact-pdf-ai',
      'ai-renamer-aiautorenamer',
      'file-renamer-ai',
      'filex-ai',
      'timesentry',
      'jirvana',
      'graphum',
      'inbox-copilot-xyz',
      'agendapilot',
    ]);
  });

  it('classifies each new host and each page read to its entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC28Office3Tools), { api: true });
    expectEachClassifiedAs(sourceUrls(longTailC28Office3Tools));
    expectEachClassifiedAs({
      'https://preview.chatpdfplus.com/legal/privacy': 'chatpdfplus',
      'https://www.parsesphere.com/privacy': 'parsesphere',
    });
  });

  it('leaves parents, general sites, and left-out pages unclassified', () => {
    expectNoneClassified([...PARENTS, ...GENERAL_SITES, ...LEFT_OUT]);
  });
});
