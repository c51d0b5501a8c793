// Traps beside the rows the twentieth session's email pass added (data/long-tail-c20-email.ts): the ordinary sites next
// to each kind of AI email and personal-productivity tool (webmail, calendars, schedulers, to-do apps, newsletters and
// CRMs, messaging apps, mail clients, inbox cleaners and follow-up tools), the parents of the claimed subdomains and of
// the claimed prefix, the shared-platform copies and the left-out hosts the pass read, and sites whose names sit close
// to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC20EmailTools } from './data/long-tail-c20-email';

const GENERAL_SITES = [
  'https://mail.google.com/', // webmail, beside the AI inbox and reply tools
  'https://outlook.live.com/', // webmail, beside the AI inbox and reply tools
  'https://calendar.google.com/', // a calendar, beside the AI calendar assistants
  'https://www.calendly.com/', // a scheduling link, beside the AI schedulers
  'https://cal.com/', // a scheduling link, beside the AI schedulers
  'https://todoist.com/', // a to-do app, beside the AI task tools
  'https://www.any.do/', // a to-do app, beside the AI task tools
  'https://www.ticktick.com/', // a to-do app, beside the AI task tools
  'https://www.fantastical.app/', // a calendar app, beside the AI calendar assistants
  'https://www.cozi.com/', // a family calendar, beside the family calendar assistants
  'https://www.substack.com/', // newsletters, beside the AI newsletter digests
  'https://www.mailchimp.com/', // email marketing, beside the AI email writers
  'https://www.hubspot.com/', // a CRM, beside the AI follow-up tools
  'https://web.telegram.org/', // messaging, beside the Telegram assistants
  'https://web.whatsapp.com/', // messaging, beside the WhatsApp assistants
  'https://www.twilio.com/', // SMS delivery, beside the messaging assistants
  'https://www.zapier.com/', // automation, beside the agent platform
  'https://www.thunderbird.net/', // a mail client, beside the left-out add-ons
  'https://www.emclient.com/', // a mail client whose AI is one feature
  'https://www.unroll.me/', // an unsubscribe tool, beside the inbox triage tools
  'https://www.sanebox.com/', // an inbox filter, beside the inbox triage tools
  'https://www.boomeranggmail.com/', // follow-up reminders, beside the AI follow-up tools
  'https://www.mixmax.com/', // email scheduling, beside the AI reply writers
  'https://www.zillow.com/', // real estate, beside EmailWrite AI
  'https://appsrecord.com/', // the general site under AI Assistant for Gmail's prefix
  'https://www.appsrecord.com/', // the general site under AI Assistant for Gmail's prefix
  'https://appsrecord.com/gmail-ai-assistant-pro', // a sibling path beside the claimed prefix
  'https://appsrecord.com/?p=94331', // a ?p= copy of the policy on the general site
  'https://voicetext.world/', // the parent of a claimed subdomain
  'https://www.voicetext.world/', // the parent of a claimed subdomain
  'https://beamercloud.com/', // the parent of a claimed subdomain
  'https://www.beamercloud.com/', // the parent of a claimed subdomain
  'https://lettherebe.io/', // the parent of a claimed subdomain
  'https://www.lettherebe.io/', // the parent of a claimed subdomain
  'https://mynewtons.com/', // the parent of a claimed subdomain
  'https://www.mynewtons.com/', // the parent of a claimed subdomain
];

const SHARED_PLATFORMS = [
  'https://dmsuitemonorepo.pages.dev/calendarai/privacy.html', // a policy or page on a shared platform
  'https://assistant-2d7.pages.dev/privacy', // a policy or page on a shared platform
  'https://clarity-website-theta.vercel.app/privacy.html', // a policy or page on a shared platform
  'https://ai-email-writer-dzv.pages.dev/privacy/', // a policy or page on a shared platform
  'https://mindpad-ai-five.vercel.app/ai-data-notice', // a policy or page on a shared platform
  'https://zesty-valkyrie-673f9d.netlify.app/', // a policy or page on a shared platform
  'https://harveybl.github.io/aitodo-legal/privacy-policy.html', // a policy or page on a shared platform
  'https://orkurtz.github.io/Todobot/PRIVACY', // a policy or page on a shared platform
  'https://gmassist-lp.web.app/en/privacy.html', // a policy or page on a shared platform
  'https://email-cleaner-108504551030.europe-west1.run.app/privacy.html', // a policy or page on a shared platform
  'https://maximum-karna-nyau-c9e85a17.koyeb.app/privacy', // a policy or page on a shared platform
  'https://dluoft.notion.site/AI-Reply-Privacy-Policy-2cbc27ffd0cc8050ab1ad23d0daf583e', // a policy or page on a shared platform
  'https://sites.google.com/diazdiaz.com/acortador-privacy-policy/home', // a policy or page on a shared platform
  'https://aan-site.pages.dev/privacy.html', // a policy or page on a shared platform
  'https://kithkeep-site.pages.dev/en/privacy', // a policy or page on a shared platform
];

const LEFT_OUT = [
  'https://hypercalendar.app/privacy', // a personal project, as in the meetings pass
  'https://gmail.rela.uy/privacy-policy', // a personal project, as in the meetings pass
  'https://ai-email.dhakalnirajan.com.np/privacy', // a demonstration project, as in the meetings pass
  'https://www.zhipeng.dev/policy', // a personal developer site
  'https://manases.space/ai/privacy-policy', // a personal WhatsApp bot
  'https://www.lwyz.org/privacy.html', // a personal script run locally
  'https://akrafts.com/calendar/email-llm', // a personal ideas site
  'https://www.aliciacheung.com/privacy-p', // a personal SMS assistant
  'https://calendar-agent.saanchalrentals.com/privacy', // a private family assistant
  'https://legal.vantil.xyz/sms-privacy', // a private SMS tool
  'https://joshuaknapp.me/privacy', // a personal scheduler, no AI
  'https://www.julianbesteiro.com/privacy-policy-gmail-extension', // a personal site
  'https://www.wardwoodshop.com/privacy-policy', // a template policy with placeholders
  'https://alpha.forage.xyz/privacy-policy', // an alpha host whose parent was not read
  'https://todosai.org/privacy.html', // an iOS app
  'https://task-breaker.app/privacy', // an iOS app
  'https://getkeep.xyz/privacy.html', // an iOS app
  'https://keepah.com/privacy', // a mobile app
  'https://joinkept.app/privacy', // a mobile app that does not say AI
  'https://keepkonnect.com/privacy-policy.html', // a mobile app with on-device search only
  'https://www.maildigest.app/privacy.html', // a desktop app
  'https://www.jacdouy.com/chiefofstaffprivacypolicy', // an on-device iOS app, as in the meetings pass
  'https://ai-task-hisho.com/terms.html', // a mobile app, as in the meetings pass
  'https://truedayapp.com/en/privacy', // a mobile app, as in the office pass
  'https://whisperdirect.oci.mydns.jp/privacy.html', // an iOS app
  'https://micz.it/thunderbird-addon-thunderai/privacy-permissions', // a Thunderbird add-on on its developer's site
  'https://otomail.ai/politique-de-confidentialite/', // a policy that does not say AI
  'https://dakodakapp.com/privacy', // a policy that does not say AI
  'https://mail.paicha.cloud/privacy', // a policy that does not say AI
  'https://calendardigest.app/privacy', // a policy that does not say AI
  'https://calendar.jhunterpro.ru/privacy', // a policy that does not say AI
  'https://www.schedulebyemail.com/privacy-policy-2/', // a policy that does not say AI
  'https://nudgeyai.com/privacy-policy', // a policy that does not say AI
  'https://www.notenugget.com/privacy', // a policy that does not say AI
  'https://sentboxhq.com/terms-of-service', // terms that do not say AI
  'https://chief-of-staff.moonbowai.com/privacy', // a policy that does not say the product uses AI
  'https://thegist.tech/privacy', // a policy that does not say AI
  'https://calendar-assistant.click/privacy', // a draft with a placeholder address
  'https://www.gpt-calendar-manager.com/privacy', // a backend for ChatGPT apps, no product of its own
  'https://www.cxdatalab.com/privacy-policy', // a family assistant on its maker's company site
  'https://agreeontime.com/?p=privacy', // a ?p= policy
  'https://emailai.me/app-guide/ai-email-privacy', // seen only on its guides
  'https://flymail.ai/app/outlook-ai-email-app-permissions', // seen only on its guides
  'https://brainpage.com/blog/ai-email-data-privacy', // seen only on its blog
  'https://inboxwright.com/blog/email-ai-and-privacy-what-to-ask.html', // seen only on its blog
  'https://www.mail2do.org/guides/ai-email-assistant-explained', // seen only on its guides
  'https://zerofriction.app/blog/ai-task-summaries-privacy', // seen only on its blog
  'https://launchlemonade.app/blog/how-can-an-ai-calendar-assistant-know-my-schedule-better-than-i-do-without-compromising-privacy', // seen only on its blog
  'https://innerzero.com/blog/ai-google-calendar-privately', // seen only on its blog, a local assistant
  'https://sparkmailapp.com/help/spark-ai/spark-ai-security-and-data', // an email client whose AI is one feature
  'https://emclient.jp/help/ai', // an email client whose AI is one feature
  'https://automaticleader.com/privacy-policy', // a Sheets add-on on its maker's general site
  'https://reloadium.com/help/reloadium-projects/breakdownTask.html', // a general product whose AI is one feature
  'https://kdfortress.com/privacy_policy.html', // a cleanup tool whose AI needs the user's own key
];

const NAMESAKES = [
  'https://www.taurin.com/', // beside Taurin (taurin.io)
  'https://www.emailtriage.com/', // beside Email Triage AI (email-triage.app)
  'https://www.inboxie.com/', // beside inboxie (inboxie.ai)
  'https://www.inboximp.io/', // beside Inboximp
  'https://www.sumletter.io/', // beside Sumletter
  'https://www.daybrief.com/', // beside Daybriefer
  'https://www.aiinmail.ai/', // beside AI in Mail (aiinmail.com)
  'https://www.assistantai.com/', // beside AssistantAI (assistantai247.com)
  'https://www.logamail.io/', // beside LogaMail
  'https://www.emailaihelper.ai/', // beside Email AI Helper
  'https://www.emailwrite.com/', // beside EmailWrite AI (emailwriteai.com)
  'https://www.freelancemail.com/', // beside FreelanceMail (freelancemails.com)
  'https://www.followupeasy.io/', // beside FollowUpEasy
  'https://www.autoremind.com/', // beside AutoRemind.ai
  'https://www.taskally.com/', // beside Task Ally (tasksally.app)
  'https://www.taskspot.com/', // beside TaskSpot (taskspot.app)
  'https://www.calenai.ai/', // beside CalenAI (calenai.com)
  'https://www.agentenvoy.com/', // beside AgentEnvoy (agentenvoy.ai)
  'https://www.skylar.com/', // beside Skylar (ccskylar.com)
  'https://www.caliapp.com/', // beside calcommand (caliapp.co)
  'https://www.telegramcalendar.com/', // beside Telegram Calendar Bot
  'https://www.mailtocal.io/', // beside MailToCal
  'https://www.school2calendar.io/', // beside School2Calendar
  'https://www.resonar.com/', // beside ResonarAI (resonar.ai)
  'https://www.jootle.ai/', // beside Jootle (jootle.com)
  'https://www.nappai.com/', // beside Nappai (nappai.ai)
];

describe('twentieth-session email traps', () => {
  it('adds 31 rows, each with one domain or one prefix', () => {
    expect(longTailC20EmailTools.length).toBe(31);
    expect(longTailC20EmailTools.every((t) => t.domains.length + t.urlPrefixes.length === 1)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC20EmailTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, prefix and subdomains', () => {
    expectEachClassifiedAs({
      'https://appsrecord.com/gmail-ai-assistant/privacy': 'appsrecord-gmail-ai-assistant',
      'https://mail.voicetext.world/privacy': 'voicetext-mail',
      'https://reach.beamercloud.com/help/privacy-and-security/': 'reach-beamercloud',
      'https://email.lettherebe.io/privacy': 'lettherebe-email',
      'https://chief.mynewtons.com/privacy': 'chief-staff-mynewtons',
      'https://docs.jootle.com/integrations/calendar/': 'jootle',
      'https://daybriefer.com/privacy/google-api-data-use': 'daybriefer',
      'https://www.taskspot.app/legal/ai': 'taskspot',
      'https://nappai.ai/plantillas/Chat-with-GMail--Calendar': 'nappai',
      'https://inboximp.com/static/privacy.html': 'inboximp',
    });
  });

  it('leaves general sites, parents, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
