// Twenty-sixth session, fifth Japan and Korea pass (2026-12-07, helper `jpkr5`): AI products made in Japan or South
// Korea, or built mainly for Japanese or Korean users, that no entry claimed yet, found by the wording of their own
// legal and pricing pages. Earlier Japan and Korea passes (data/regional-c12-korea.ts, regional-c19-jpkr.ts,
// regional-c20-japan.ts, regional-c20-korea.ts, regional-c22-jpkr3.ts, regional-c24-japan4.ts, regional-c24-korea3.ts)
// and the Japanese and Korean rows of the long-tail passes are not repeated here. Here, for Japan: an AI chat for
// parenting questions on OpenAI's ChatGPT API (母学アカデミーAI相談室, a subdomain of the academy's site), AI grading of written
// answers for the IPA information-technology exams (過去問記述ラボ), AI interview practice for job seekers (CAC's カチメン!, which
// the c20 careers pass had met only in articles), a marketing AI that answers and analyses from typed questions
// (KIZUKEY AI), an alpha tool that turns novels into manga panels with an LLM reached through OpenRouter (novel2manga,
// a subdomain of team catkawaii's host), a managed host for OpenClaw AI assistants reached from LINE and Slack (Klaus
// JP), a bring-your-own-key platform that relays chats to Anthropic, OpenAI and Google models (SynquoRum), and AI
// horse-racing predictions sold as a membership (PREMIUM HORSE). For Korea: an AI consultation service for cataract and
// other eye conditions (Entangle), AI summaries and translations of YouTube videos from their captions (TubeDigest) and
// an AI video studio built on Claude, OpenAI and ElevenLabs APIs (VIDEO GTstudio, a subdomain of Gracetech's host).
//
// Leads. 40 look-ups, all in the stored `pages` corpus, counted as they were made. Queries in Japanese worded as
// vendors word 利用規約, プライバシーポリシー and 特定商取引法に基づく表記 (生成AI with 月額 and クレジット, AI議事録・文字起こし, AI チャットボット SaaS, AI画像生成 and
// ポイント, AIカウンセリング, 英作文・小論文の AI 添削, 漫画の AI 翻訳, 求人原稿, SNS 投稿生成, AI競馬予想, AI似顔絵, AI電話の予約受付, 就活の AI 面接練習, BYOK and 東京地方裁判所,
// 間取り and 物件紹介文, AI 文章校正); in Korean worded as vendors word 이용약관, 개인정보처리방침 and 환불 정책 (생성형 AI with 크레딧, AI 면접, AI 튜터, AI
// 사주, AI 동화, 자기소개서 첨삭, AI 심리 상담, 부동산 and 세무, AI 회의록, 숏폼 영상, 골프 스윙 분석, 영어 회화 튜터, 논문 요약, 음성 합성); in English naming "Co.,
// Ltd.", "Kabushiki Kaisha", Tokyo, Seoul, APPI and PIPA beside AI products; and five on named products met on the way
// (dabuun, draft00, TeachLex, TubeDigest, team catkawaii), to see whether their own pages said more. The corpus has
// been read by seven earlier Japan and Korea passes: most vendor pages returned were already listed (Smart書記, RECORiS,
// AmiVoice API, 音六AI, Kaica AI, AI占いアイ, 終活相談AI, aiAstro, HeyJob, DOBI AI, 지음AI, INVIAI, DEFINES, RoomInCube, AI-Photo
// Pro, Arrrda Studio, NtoToon, NanoNside, JobSecretary, Newking, SkyCheonWon, 명감재, Atlo, VORA, Archy, aira, Photio,
// Nubint AI, えらべるAI社員, AI AutoBlog, PostSupporter, AIクラフト, ラク写, Aixis, VMAI, ShortsTap, AutonoMath, VOLI, AiVATAR,
// クチコピ), and the rest were news, law firms' columns, patents, blogs, templates and shared hosts. Every row cites a page
// with a path on the product's own host (for 母学アカデミーAI相談室, novel2manga and VIDEO GTstudio their product subdomains)
// where the vendor says the product answers, grades, generates, predicts or relays with AI, a named model provider or
// an LLM. Hosts were run through /work/helpers/classify-hosts.mts, names grepped in data/ and in the other helpers' c26
// files first.
//
// Measured with /work/helpers/classify-hosts.mts on the 256 hosts the searches returned (vendors, news, law firms,
// patents, blogs, directories and shared hosts alike, in /work/helpers/out/jpkr5-hosts.txt): 49 classified before
// (19.1%), 60 after (23.4%).
//
// Claimed below a parent. chat.haha-gaku.com only: haha-gaku.com is the 母学アカデミー site (courses for mothers), a trap.
// novel2manga.catkawaii.com only: catkawaii.com was not read. video.gracetech.biz only: gracetech.biz is the company's
// site, a trap.
//
// Doubtful rows. PREMIUM HORSE's terms say only that it provides AI prediction information for horse races under a
// membership; it is a tipping service whose product is the AI's picks. novel2manga says its images are drawn by its own
// program, not an image-generation AI, while the LLM analyses the text into panels; it is an alpha. TubeDigest's terms
// are written in Korean on the Korean terms template but name no company or country; it takes the 'korea' region as
// korea3 judged such pages, with less certainty than the others. VIDEO GTstudio is free for now (users pay the model
// providers directly); its refund page is the page read. SynquoRum's terms say the Japanese text prevails and serve
// every country outside a sanctions list; it is counted as Japanese from that. Klaus JP's terms name no company; the
// .jp host and Japanese terms place it.
//
// Left out. Tokushoho or terms that do not say what the AI does or whose seller is abroad: TeachLex (teachlex.com, a
// Japanese legal notice pricing "AI credits" for teachers, product not described: a lead), dabuun.com (credits sold
// through Lemon Squeezy, product not described), spisma-share.com (as before). Pages that do not say the product uses
// AI, or only in a name: MyTokkyo.Ai (tokkyo.ai), やさにちリライト+ (yasanichi-rewrite.jp, easy-Japanese rewriting: a lead),
// haichi.pairmind.co.jp (pAIr Mind's furniture-layout terms), tuyaku.com (YouTube subtitle translation),
// manga-farm.online, keibapicknavi.com ("its own model"), realtarot.kr, palja.xyz, fortunecookie.kr, petsaju.com,
// sinsatalk.com, tuberadar.innored.co.kr, yspamguard.live, loveydovey.ai, youyaku3.com, texta.cloud and chattee-ai.com
// (as before). General products or sites whose AI is one feature or part: dhesy.com (YouTube creator analytics),
// keiyaku-daijin.com (contract management with an MCP connector), naman.co.kr (mental-health platform), oseyokorea.com
// (travel and culture information), tokoseki.com, cocotoba.kotone.ne.jp (human empathy translation with AI replies),
// skyroadedu.com (student-record analysis by AI with consultant review, sold as admissions consulting: a lead),
// restaurant-startup.app, corp.obc.co.jp, keyfred.com and taxpersoft.com (as before). Phone apps on developer or
// company hosts: myrules.sorovan.com, kasanimaro.com's カミクダ, qutrit.space, inear.io (에듀스's AI English speaking
// evaluation app), mimilog.im, posepik.com. Bots that live inside LINE: まるっとAIくん (gpt-ai-chat.emposy-server.com).
// Consultancies and `?p=` pages: ai-nandemo-soudanjo.jp, techfun.co.jp, chatai.tokyo, saiyo-hack.com (as before).
// Content sites, not tools: ai-tokyobabe.com (AI-generated images for supporters), ai-tachie.com (AI-made stock
// illustrations). Not Japanese or Korean, or not shown to be: arui.ai (a Hong Kong company), draft00.ai (AI résumé
// review sold through Polar, no country named: a lead), ieltswrite.net, aiduet.app, vo3ai.com, videoplus.ai,
// ideal.house. A path on a general host: baikyaku-madoguchi.com/room (AI virtual staging on a real-estate company's
// site, as japan4 left it: its /room/terms page says AI; a path-prefix lead). Not read past its terms, which do not say
// what it does: citadel-ai.com (Citadel AI). Shared platforms: musubot.pages.dev (Musubot, a LINE AI chatbot builder
// whose own musubot.com was not read: a lead), gzira-lp.pages.dev (138data's AI API gateway: a lead),
// dreamteller-pi.vercel.app, xicon-web.vercel.app, cosmic-empanada-81b9ea.netlify.app, policy-lineai.web.app,
// terakoya-wpstatic.pages.dev, seoandoh-kr.pages.dev, monggle-fortune.pages.dev, physicar-ai-site.pages.dev,
// livesuggest-web.pages.dev, goldentrot.pages.dev, quack-quack-boat.notion.site, adventurous-country-d08.notion.site
// (티처라인's 하마룸, AI sentence generation for school records: a lead), spiralai.notion.site,
// bittersweet-fright-73f.notion.site (Tanz), monicx.notion.site, slashpage.com, yseo0128.github.io (Pinterview),
// sites.google.com, co-mender.herokuapp.com. Vendors seen only in news or blogs: AutoReserve's AI reservation calls
// (Japanese news), 엑스퍼트원 (a tax-law AI in taxwatch.co.kr), 찹찹 (chapchap.im, on a developer's blog), murfy.ai (only its
// blog's general post on AI paper writing), Bell's AI phone answering (bell-blues.com, an article on the industry):
// leads.
import type { Tool } from '../../schemas/tool';
import { CHECKED_C26, defineTools } from './define';

export const regionalC26Jpkr5Tools: Tool[] = defineTools(
  'other',
  [
    // --- Japan: chat, agents and model relays ---
    { id: 'hahagaku-ai-soudanshitsu', name: '母学アカデミーAI相談室 (Hahagaku AI consultation room)', vendor: '母学アカデミー (Kyoko Kawamura)', category: 'chat', domains: ['chat.haha-gaku.com'], region: 'japan', source: 'https://chat.haha-gaku.com/terms.html' }, // terms: a chat service where parents ask an AI about child-rearing and get automatically generated replies, built on OpenAI's ChatGPT API (subdomain only)
    { id: 'klaus-jp-openclaw', name: 'Klaus JP (OpenClaw hosting)', vendor: 'Klaus JP', category: 'agents', domains: ['openclaw-hosting.jp'], region: 'japan', source: 'https://openclaw-hosting.jp/terms' }, // terms (Japanese): managed hosting of OpenClaw AI assistant instances, linked to LINE and Slack, with the user's own LLM API key
    { id: 'synquorum', name: 'SynquoRum', vendor: 'SynquoRum', category: 'chat', domains: ['synquorum.com'], region: 'japan', source: 'https://synquorum.com/terms' }, // terms (Japanese prevails): a relay platform through which users reach Anthropic, OpenAI and Google models with their own API keys
    { id: 'kizukey-ai', name: 'KIZUKEY AI', vendor: 'INFRECT Inc.', category: 'search', domains: ['kizukey.ai'], region: 'japan', source: 'https://kizukey.ai/en/terms' }, // terms: a marketing AI that returns generated text in answer to text typed into its search and analysis form, under Japan's Personal Information Protection Act
    // --- Japan: learning, careers and creative tools ---
    { id: 'kakomon-kijutsu-lab', name: '過去問記述ラボ (Kakomon Kijutsu Lab)', vendor: 'ながすなり (sole operator)', category: 'productivity', domains: ['kakomon-lab.jp'], region: 'japan', source: 'https://www.kakomon-lab.jp/terms' }, // terms: users enter answers to past written questions of the IPA IT exams and get AI grading and feedback
    { id: 'kachimen', name: 'カチメン! (Kachimen)', vendor: '株式会社シーエーシー (CAC Corporation)', category: 'productivity', domains: ['kachimen.jp'], region: 'japan', source: 'https://kachimen.jp/term?hsLang=ja' }, // terms: an interview-preparation service supported by AI, with a paid premium tier
    { id: 'novel2manga', name: 'novel2manga', vendor: 'team catkawaii', category: 'image', domains: ['novel2manga.catkawaii.com'], region: 'japan', source: 'https://novel2manga.catkawaii.com/terms' }, // terms: an alpha tool that turns novels and scripts into manga-style panels, analysing the text with an LLM through OpenRouter (subdomain only)
    { id: 'premium-horse', name: 'PREMIUM HORSE (AI horse-racing predictions)', vendor: 'PREMIUM HORSE', category: 'other', domains: ['premium-horse.com'], region: 'japan', source: 'https://www.premium-horse.com/terms.html' }, // terms (Japanese): a membership service providing AI prediction information for horse races, not guaranteed
    // --- Korea ---
    { id: 'entangle-care', name: 'Entangle (AI eye consultation)', vendor: 'Entangle', category: 'chat', domains: ['entanglecare.com'], region: 'korea', source: 'https://entanglecare.com/terms' }, // terms (Korean): an AI-based ophthalmology consultation platform for cataract and other eye conditions
    { id: 'tubedigest', name: 'TubeDigest', vendor: 'TubeDigest', category: 'productivity', domains: ['tubedigest.ai'], region: 'korea', source: 'https://www.tubedigest.ai/terms-of-service' }, // terms (Korean): an AI-based service that analyses YouTube captions to summarise, translate and chapter videos
    { id: 'video-gtstudio', name: 'VIDEO GTstudio', vendor: 'Gracetech', category: 'video', domains: ['video.gracetech.biz'], region: 'korea', source: 'https://video.gracetech.biz/refund' }, // refund policy (Korean): an API-based video platform whose AI costs go to Claude, OpenAI and ElevenLabs directly (subdomain only)
  ],
  { checked: CHECKED_C26 },
);
