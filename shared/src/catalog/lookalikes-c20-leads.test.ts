// Traps beside the rows the twentieth session's leads pass added (data/long-tail-c20-leads.ts): the ordinary sites next
// to each kind of tool it added (mail clients, e-signature and document tools, team boards, dictionaries, Moonshot's
// code host), the parent of the claimed Moonbow AI subdomain, the shared-platform copies and the left-out pages the
// pass read, and sites whose names sit close to the new entries. None of them may classify; every new host must reach
// its own entry. The alias leads (taibot.sk, help.sally.io, bytez.com, classmateai.in, maketalk.app) are deliberately not
// listed: they belong to existing entries and may be added to them later.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20LeadsTools } from './data/long-tail-c20-leads';

const GENERAL_SITES = [
  'https://mail.google.com/', // a mail client, beside MailDigest AI, MailOver and PrometheusMail
  'https://outlook.live.com/', // a mail client, beside the AI email assistants
  'https://www.thunderbird.net/', // a mail client, beside the AI email assistants
  'https://www.hey.com/', // a mail service, beside the AI email assistants
  'https://www.docusign.com/', // e-signature, beside Contract Intelligence
  'https://www.pandadoc.com/', // document workflows, beside Contract Intelligence
  'https://trello.com/', // a team board, beside Chief's AI workers
  'https://asana.com/', // work management, beside Chief's AI workers
  'https://www.linguee.com/', // a dictionary, beside baba
  'https://www.wordreference.com/', // a dictionary, beside baba
  'https://github.com/MoonshotAI', // Moonshot's code host, beside Kimi K2 on kimik2.org
  'https://moonbowai.com/', // the parent of Contract Intelligence's claimed subdomain
  'https://www.moonbowai.com/', // the parent of Contract Intelligence's claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://omni-public.pages.dev/terms/', // a policy or page on a shared platform
  'https://sora2api-pro.pages.dev/privacy', // a policy or page on a shared platform
  'https://fineprinted.vercel.app/s/openai.com', // a policy or page on a shared platform
  'https://oy-dev.vercel.app/privacy/lingo', // a policy or page on a shared platform
  'https://localize-today.pages.dev/privacy', // a policy or page on a shared platform
  'https://muktharamesh20.github.io/converso/privacy-policy.html', // a policy or page on a shared platform
  'https://subtitleai.notion.site/SubtitleAI-Privacy-Policy-37412fe6e46d8027b7f5ea092b8fc424', // a policy on a shared platform
  'https://dubular-front.pages.dev/en/privacy-policy', // a policy or page on a shared platform
  'https://itransbook.pages.dev/privacy', // a policy or page on a shared platform
  'https://shiny-frost-be63.vpnserver-aca.workers.dev/', // a policy or page on a shared platform
  'https://sites.google.com/view/privacy-policy-islens/home', // a policy or page on a shared platform
  'https://tms-internal.pages.dev/chief-of-staff/', // a policy or page on a shared platform
  'https://ddv-website.pages.dev/blog/how-to-build-an-ai-chief-of-staff/', // a policy or page on a shared platform
  'https://bizai-pages.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://ai-email-writer-dzv.pages.dev/privacy/', // a policy or page on a shared platform
  'https://nudgeapp.pages.dev/tos', // a policy or page on a shared platform
  'https://masoningithub.github.io/email-assistant/privacy-policy.html', // a policy or page on a shared platform
  'https://maximum-karna-nyau-c9e85a17.koyeb.app/privacy', // a policy or page on a shared platform
  'https://remix-clone-hacker-news.flameddd1.workers.dev/item/47452726', // a policy or page on a shared platform
  'https://flexfly-website.pages.dev/privacy.html', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://juridico.ai/juridico/lgpd-juridico-ai-protecao-dados', // seen only on its blog
  'https://omnigpt.co/privacy-policy', // a privacy policy that does not say AI
  'https://lingopal.ai/terms', // terms that do not say AI
  'https://localhero.ai/blog/translate-i18n-with-claude-code-cursor', // seen only on its blog
  'https://converso.cloud/en/blog/i-vostri-dati-sono-al-sicuro', // seen only on its blog
  'https://signer.ai/2021/07/15/our-position-on-the-use-of-signing-avatars/', // seen only on a position post
  'https://nudgeyai.com/privacy-policy', // a privacy policy that does not say AI
  'https://chief-of-staff.moonbowai.com/privacy', // a policy that says only that data is not used to train AI
  'https://www.maildigest.app/privacy.html', // a desktop app with no hosted service
  'https://www.jacdouy.com/chiefofstaffprivacypolicy', // an on-device app
  'https://kimi-app.com/terms', // a third-party guide to Kimi's terms
  'https://fguimaraesadv.com/politica-de-uso-de-inteligencia-artificial-ia', // a law firm's AI-use policy
  'https://bassildower.com/politica-de-uso-de-ia', // a law firm's AI-use policy
];

const NAMESAKES = [
  'https://www.maildigest.com/', // beside MailDigest AI (maildigest.ai)
  'https://www.maildigest.io/', // beside MailDigest AI (maildigest.ai)
  'https://www.mailover.com/', // beside MailOver (mailover.ai)
  'https://www.mailover.io/', // beside MailOver (mailover.ai)
  'https://www.prometheusmail.io/', // beside PrometheusMail (prometheusmail.com)
  'https://www.prometheus-mail.com/', // beside PrometheusMail (prometheusmail.com)
  'https://www.contractintelligence.com/', // beside Contract Intelligence (Moonbow AI)
  'https://www.moonbow.com/', // beside Moonbow AI
  'https://www.chief.com/', // beside Chief (letchief.work)
  'https://www.letchief.com/', // beside Chief (letchief.work)
  'https://www.letcairn.com/', // beside Chief (letcairn.work)
  'https://www.cairn.work/', // beside Chief (letcairn.work)
  'https://www.baba.com/', // beside baba (itsbaba.com)
  'https://www.itsbaba.net/', // beside baba (itsbaba.com)
  'https://www.kimik2.com/', // beside Kimi K2 (kimik2.org)
  'https://www.kimik2.net/', // beside Kimi K2 (kimik2.org)
  'https://kimi-k2.org/', // beside Kimi K2 (kimik2.org)
];

describe('twentieth-session leads traps', () => {
  it('adds 7 rows, with no prefix or endpoint', () => {
    expect(longTailC20LeadsTools.length).toBe(7);
    expect(
      longTailC20LeadsTools.every((t) => t.urlPrefixes.length === 0 && t.apiEndpoints.length === 0),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20LeadsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, and their staging or app hosts', () => {
    expectEachClassifiedAs({
      'https://www.maildigest.ai/privacy': 'maildigest-ai',
      'https://staging.maildigest.ai/privacy': 'maildigest-ai',
      'https://mailover.ai/help/privacy/training': 'mailover',
      'https://mailover.ai/security': 'mailover',
      'https://prometheusmail.com/privacy': 'prometheusmail',
      'https://contract-intelligence.moonbowai.com/privacy': 'moonbow-contract-intelligence',
      'https://letcairn.work/privacy': 'chief-letchief',
      'https://letchief.work/': 'chief-letchief',
      'https://itsbaba.com/privacy': 'baba-itsbaba',
      'https://kimik2.org/privacy-policy': 'kimi-k2-kimik2-org',
    });
  });

  it('leaves general sites, the parent, shared platforms, left-out pages and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
