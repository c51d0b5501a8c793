// The thirteenth session's alias pass: second hosts (and one Firefox id) that earlier passes handed over, each added to
// the entry already here after a pinned list line, a YC directory record or the vendor's own page tied it to the same
// product. Every added host must reach that entry; the handed-over hosts left out (namesakes: a different company or
// product on a similar name, parked or unconfirmed hosts) must stay unclassified, and so must the parents, siblings and
// near names beside the new hosts.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

import { classifyExtension } from './index';

describe('second hosts added by the alias pass', () => {
  it('reach the entries already here', () => {
    expectEachClassifiedAs({
      'https://www.trytruewind.com/': 'truewind',
      'https://aquavoice.com/': 'aqua-voice',
      'https://www.trysalient.com/': 'salient-ai',
      'http://www.helloaviary.ai/': 'aviary-ai',
      'https://www.gosameday.com/': 'sameday-ai',
      'https://healthharbor.co/': 'health-harbor',
      'https://clarionhealth.com/': 'clarion-ai',
      'https://hamming.ai/': 'hamming',
      'https://www.lmnr.ai/projects': 'laminar',
      'https://docs.lmnr.ai/': 'laminar',
      'https://bland.com/': 'bland',
      'https://ai.casibase.com/': 'casibase',
      'https://demo.casibase.com/': 'casibase',
      'https://www.realai.ai/': 'realai-cn',
      'https://docs.uneeq.io/': 'uneeq',
      'https://project.mix.audio/': 'mixaudio-agent',
    });
    expectEachClassifiedAs({ 'https://api.langbot.cloud/v1/chat/completions': 'langbot' }, { api: true });
  });

  it('reach them from the renamed or second hosts of the same YC company', () => {
    expectEachClassifiedAs({
      'https://usemosaic.ai/': 'mosaic-video',
      // The same YC companies' other hosts, applied by the lead from the alias pass's leads:
      'https://vantel.ai/': 'vantel',
      'https://tryoperand.com/': 'operand-com',
      'https://edexia.ai/': 'edexia',
      'https://governgpt.ai/': 'governgpt',
      'https://stardex.com/': 'stardex',
      'https://sphinxlabs.ai/': 'sphinxhq',
      'https://gopromptless.ai/': 'promptless',
      'https://designrails.com/': 'chordio',
      'https://nowadays.ai/': 'nowadays',
      'https://adamcad.com/': 'adam-cad',
      'https://dartai.com/': 'dart-pm',
      'https://shortbreadapp.com/': 'shortbread',
    });
  });

  it('keep the older hosts and the more specific entries beside them', () => {
    expectEachClassifiedAs({
      'https://www.truewind.ai/': 'truewind',
      'https://withaqua.com/': 'aqua-voice',
      'https://laminar.sh/': 'laminar',
      'https://bland.ai/': 'bland',
      'https://portal.nousresearch.com/': 'nous-portal',
      'https://hermes-agent.nousresearch.com/': 'hermes-agent',
      'https://studio.nxcode.io/': 'nxcode-studio',
      'https://casibase.org/': 'casibase',
      'https://real-ai.cn/': 'realai-cn',
      'https://uneeq.com/': 'uneeq',
      'https://chordmate.lazycomposer.com/': 'chordmate',
      'https://agent.mix.audio/': 'mixaudio-agent',
    });
    expectEachClassifiedAs({ 'https://api.deerapi.com/v1/chat/completions': 'deerapi' }, { api: true });
  });

  it('gives WebChatGPT its Firefox add-on id', () => {
    expect(classifyExtension({ id: '{b13d04e3-41db-48b3-842c-8079df93c7ad}' })?.toolId ?? null).toBe(
      'webchatgpt-extension',
    );
    expect(classifyExtension({ id: 'lpfemeioodjbpieminkklglpmhlngfcn' })?.toolId ?? null).toBe(
      'webchatgpt-extension',
    );
  });
});

describe('hosts left out and near names', () => {
  it('leave namesakes and unconfirmed second hosts unclassified', () => {
    expectNoneClassified([
      // www.cekura.ai left this list in the fifteenth-session re-check: `cekura` is now YC's Cekura on cekura.ai
      'https://www.usesimple.ai/', // Simple AI's phone agents; the entry is gcc3's simple-ai-chat (simple-ai.io)
      'https://soniahealth.com/', // Sonia's AI therapy; the entry's list line is a consumer-service voice platform
      'https://metal.ai/', // two YC companies named Metal, neither the developer platform on getmetal.io
      'https://www.metal.so/',
      'https://sonauto.app/', // no source ties it to Sonauto (sonauto.ai)
      'https://zoo.replicate.dev/', // no vendor page or list ties the host to Replicate
      'https://mlfoundry.com/', // GPU compute, not TrueFoundry
      'https://profound.ai/', // lists disagree; Profound's own pages are on tryprofound.com
      'https://athenahq.com/',
      'https://bluefish.ai/', // parked, per sources that name bluefishai.com as Bluefish's
      'https://goodie.ai/', // a domain-for-sale page; Goodie is on higoodie.com
      'https://liner.ai/', // not Liner's host (liner.com, getliner.com)
      'https://astral.now/', // a browser marketing agent, not shown to be Astral (tryastral.com)
      'https://www.deerapi.com/', // the relay's site: kept out by the fetch-d pass's trap (lookalikes-c12-fetch-d)
      'https://lazycomposer.com/', // the parent of Chordmate's host: kept out by the tenth pass's trap
      'https://nousresearch.com/', // the lab's own site: only the Portal, its API host and Hermes Agent are claimed
      'https://www.nxcode.io/', // NxCode's general site (news, resources); only the Studio subdomain is claimed
      'https://ai.casbin.com/', // Casibase's demo until 2024, dropped from its README
      'https://msg.ai/', // Netomi's name before 2018; nothing of Netomi's names the host now
      'https://browsegpt.ai/', // nothing ties it to the BrowserGPT extension id here
      'https://www.ribbon.careers/', // a career assistant, not Ribbon's recruiting voice agent (ribbon.ai)
      'https://www.usevacay.com/', // Vacay's chat path alone is claimed
      // the other host of a YC company that changed product: not the entry's product
      'https://opine.cool/',
      'https://poly.app/',
      'https://odo.do/',
      'https://praxos.ai/',
      'https://gauge.sh/',
      'https://heroui.com/', // a UI framework; only HeroUI Chat is claimed
      'https://useglass.ai/', // left out by lists-a: the host does not say Void
      'https://cedar.law/',
      'https://chatgptinfinity.com/', // Adam Lui's extension sites: his repos at the pinned commits no longer name them
      'https://chatgptwidescreen.com/',
      'https://chatgptautorefresh.com/',
    ]);
  });

  it('leave parents, siblings and near names alone', () => {
    expectNoneClassified([
      'https://truewind.com/',
      'https://aqua.com/',
      'https://salient.com/',
      'https://aviary.com/',
      'https://sameday.com/',
      'https://healthharbor.com/',
      'https://clarion.com/',
      'https://hamming.com/',
      'https://lmnr.com/',
      'https://blandcompany.com/',
      'https://nous.com/',
      'https://mix.audio/',
      'https://www.mix.audio/',
      'https://langbot.cloud/',
      'https://replicate.dev/',
      'https://mosaic.com/',
      'https://dart.com/',
      'https://shortbread.com/',
      'https://casibase.com/',
      'https://ai-admin.casibase.com/',
      'https://casbin.com/',
      'https://uneeq.io/',
      'https://real.ai/',
    ]);
  });
});
