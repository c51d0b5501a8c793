// The fourteenth session's alias pass: second, renamed and older hosts of tools already in the catalog, found by reading
// every host in the pinned lists at their pinned commits (AI-MTHRFCKR, kostja94, ka-pi-ba-la, lihongzhai, ant-ai-nav,
// LangBot's README, the Techstars directory, the YC directory records and more) and keeping only those whose own list
// line names the same product. Each added host must reach the entry already here; the namesakes met on the way (the same
// or a similar name on another company's host, unofficial copies, hosts not shown to be the vendor's) must stay
// unclassified, and so must the parents and siblings beside the new hosts.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

describe('second hosts added by the fourteenth alias pass', () => {
  it('reach the entries already here from list lines that name the product', () => {
    expectEachClassifiedAs({
      'https://micro1.io/': 'micro1',
      'https://ushur.ai/': 'ushur',
      'https://clay.run/': 'clay',
      'https://demo.langbot.dev/': 'langbot',
      'https://www.tbox.cn/open': 'alipay-tbox',
      'https://sensechat.sensetime.com/': 'sensechat',
      'https://www.seekout.io/': 'seekout',
      'https://app.seekout.io/': 'seekout',
      'https://codegeex.ai/': 'codegeex',
      'https://aftershoot.co/': 'aftershoot',
      'https://paperade.ai/': 'paperade',
      'https://swimm.ai/': 'swimm',
    });
  });

  it('reach them from the same YC company’s other or newer hosts', () => {
    expectEachClassifiedAs({
      'https://www.origamiagents.com/': 'origami',
      'https://opkit.co/': 'opkit',
      'http://www.toma.com/': 'toma-ai',
      'https://giga.ai/': 'giga-ml',
      'https://www.hellocozmo.ai/': 'cozmox-ai',
    });
  });
});

describe('namesakes and neighbours the alias pass met and left out', () => {
  it('keeps other companies on a similar name unclassified', () => {
    expectNoneClassified([
      'https://www.arcade.software/', // interactive product demos, not Arcade's agent tool-calling (arcade.dev)
      'https://liner.ai/', // a no-code ML trainer named "Liner AI", not Liner (liner.com)
      'https://quil.cc/', // a terminal multiplexer, not quil.ai
      'https://listnr.com/', // LiSTNR, a podcast app, not the Listnr voice generator
      'https://twinny.ai/', // twinny, a Korean robotics company (korea-ai-map), not the twinny coding extension
      'https://www.fin.com/', // an old personal-assistant service named Fin, not Intercom's Fin (fin.ai)
      'http://ema.ai/', // "Emma", a meeting travel-time helper, not Ema (ema.co)
      'http://cubic.ai/', // a smart-home hub, not cubic.dev
      'https://durable.ai/', // business-process automation, not Durable's website builder (durable.co)
      'https://www.blaze.tech/', // a no-code app builder, not Blaze (blaze.ai)
      'https://blaze.today/', // Text Blaze, a YC text expander
      'https://hello.fathom.fm/', // a podcast search engine, not the Fathom notetaker
      'https://midjourney.io/', // a design agency, as its own list line says
      'https://glean.ai/', // accounts-payable analytics, not Glean (glean.com)
      'https://chatgpt.org/', // a third-party chat site, not OpenAI's
      'https://chatbase.com/', // the retired bot-analytics service, not Chatbase (chatbase.co)
      'https://adam.ai/', // meeting management, not Adam CAD
      'https://faraday.ai/', // customer-prediction AI, not the Faraday desktop app (faraday.dev)
      'https://alloy.co/',
      'https://reflect.io/',
      'https://canvas.io/',
      'https://angel.co/',
      'https://www.trellis.ai/', // not Trellis's legal research (trellis.law)
      'https://genius.com/',
      'https://www.supertone.com/', // a YC music-sharing company, not Supertone's voice AI (supertone.ai)
      'https://www.lantern.so/',
      'https://lantern.dev/',
      'https://ambient.ai/', // physical-security AI, not ambient.xyz
      'https://zencoder.com/', // the video-encoding API, not Zencoder's coding agent (zencoder.ai)
      'https://metal.ai/', // deal-flow intelligence, not Metal (getmetal.io)
      'https://luminal.com/', // AI compilers, not the Luminal spreadsheet tool (getluminal.com)
      'https://steno.com/', // court reporting, not Steno (steno.ai)
      'https://www.conductor.com/', // an SEO platform, not Conductor (conductor.build)
      'https://www.sketch.com/',
      'https://clay3d.io/',
      'https://www.doublehq.com/', // bookkeeping software, not Double (double.bot)
      'https://kernel.org/',
      'https://app.parrot.ai/', // a meeting recorder, not the Parrot AI voice generator (tryparrotai.com)
      'https://www.withmaverick.com/',
      'https://detectgpt.com/', // not the DetectGPT research demo
      'https://streamable.run/', // PearAI's founders' later, unrelated product
    ]);
  });

  it('keeps unofficial copies, unproven hosts and the parents of the new hosts unclassified', () => {
    expectNoneClassified([
      'https://www.midjourney.cn/', // a Chinese "community" site, not Midjourney's
      'https://civitai.cn/',
      'https://claudeai.tech/',
      'https://suno.cn/home',
      'https://tags.novelai.dev/', // a community prompt-tag tool
      'https://wavel.io/ai-tools/hyperwrite-ai-agent/', // a directory page, not Wavel AI
      'https://ginger.com/', // mental-health care, not Ginger's grammar checker
      'https://mycroft.io/',
      'https://conduit.gg/',
      'https://www.peppercontent.io/', // Pepper Content's marketplace, not its Peppertype app
      'https://numa.ai/', // named for Numa in a list line, not shown to be Numa's
      // www.cekura.ai left this list in the fifteenth-session re-check: `cekura` is now YC's Cekura on cekura.ai
      'https://simhealth.ai/', // SimCare's earlier product name, host not shown to serve it
      'https://www.wafer.ai/', // the row claims only Wafer's model endpoint host
      'https://www.usesynth.ai/',
      'https://tbox.cn/',
      'https://www.tbox.cn/',
      'https://www.tbox.cn/solutions',
      'https://www.sensetime.com/',
      'https://sensetime.com/',
      'https://langbot.dev/',
      'https://solar.com/',
      'https://www.cambioml.com/', // CambioML's earlier data product, not its Energent.ai agent
    ]);
  });
});
