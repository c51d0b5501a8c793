// Every catalog file, in one list. Order does not matter: a test proves no two tools claim a hostname,
// prefix, endpoint or extension id.
import type { Tool } from '../../schemas/tool';
import { agentTools } from './agents';
import { audioTools } from './audio';
import { chatTools } from './chat';
import { codingTools } from './coding';
import { developerTools } from './developer';
import { embeddedTools } from './embedded';
import { extensionTools } from './extensions';
import { extensionTools2 } from './extensions-2';
import { extensionTools3 } from './extensions-3';
import { extensionTools4 } from './extensions-4';
import { imageVideoTools } from './image-video';
import { meetingTools } from './meeting';
import { longTailAgentsTools } from './long-tail-agents';
import { longTailAudioTools } from './long-tail-audio';
import { longTailChatTools } from './long-tail-chat';
import { longTailCodingTools } from './long-tail-coding';
import { longTailDeveloperTools } from './long-tail-developer';
import { longTailImageTools } from './long-tail-image';
import { longTailProductivityTools } from './long-tail-productivity';
import { longTailSearchTools } from './long-tail-search';
import { longTailVideoTools } from './long-tail-video';
import { longTailWritingTools } from './long-tail-writing';
import { chinaTools } from './regional-china';
import { chinaTools2 } from './regional-china-2';
import { industryTools } from './long-tail-industry';
import { regionalTools2 } from './regional-2';
import { vendorTools2 } from './long-tail-vendors';
import { devListTools } from './long-tail-dev-lists';
import { vendorTools3 } from './long-tail-vendors-2';
import { vendorTools4 } from './long-tail-vendors-3';
import { vendorTools5 } from './long-tail-vendors-4';
import { regionalTools3 } from './regional-3';
import { vendorTools6 } from './long-tail-vendors-5';
import { vendorTools7 } from './long-tail-vendors-6';
import { vendorTools8 } from './long-tail-vendors-7';
import { vendorTools9 } from './long-tail-vendors-8';
import { supportTools } from './long-tail-support';
import { regionalTools } from './regional';
import { platformAiSectionTools } from './platform-ai-sections';
import { listsC3MoreTools } from './lists-c3-more';
import { listsC3ImageTools } from './lists-c3-image';
import { listsC3WritingTools } from './lists-c3-writing';
import { listsC3AssistantsTools } from './lists-c3-assistants';
import { listsC3BuildersTools } from './lists-c3-builders';
import { listsC3MediaTools } from './lists-c3-media';
import { catAgentsTools2 } from './cat-agents-2';
import { catImageVideoTools } from './cat-image-video';
import { catImageVideoTools2 } from './cat-image-video-2';
import { catMarketingTools } from './cat-marketing';
import { catMarketingTools2 } from './cat-marketing-2';
import { catMoreTools } from './cat-more';
import { catSaasAiSectionTools } from './cat-saas-ai-sections';
import { catSupportTools } from './cat-support';
import { catWritingTools } from './cat-writing';
import { searchTools } from './search';
import { regionalTools4 } from './regional-4';
import { listsC4PicksTools } from './lists-c4-picks';
import { supportMarketingTools } from './support-marketing';
import { supportMarketingTools2 } from './support-marketing-2';
import { supportMarketingTools3 } from './support-marketing-3';
import { regionalTools4b } from './regional-4b';
import { platformAiSectionTools2 } from './platform-ai-sections-2';
import { writingTools } from './writing';
import { regionalC5V2flyTools } from './regional-c5-v2fly';
import { regionalC5ChinaTools } from './regional-c5-china';
import { regionalC5WorldTools } from './regional-c5-world';
import { regionalC6ApiTools } from './regional-c6-apis';
import { regionalC6ProviderTools } from './regional-c6-providers';
import { regionalC6RelayTools } from './regional-c6-relays';
import { regionalC6WorldTools } from './regional-c6-world';
import { regionalC6TermsTools } from './regional-c6-terms';
import { regionalC6TermsEuropeTools } from './regional-c6-terms-europe';
import { longTailC5AssistantsTools2 } from './long-tail-c5-assistants-2';
import { longTailC5BuildersTools2 } from './long-tail-c5-builders-2';
import { longTailC5MediaTools2 } from './long-tail-c5-media-2';
import { longTailC5RegionalTools2 } from './long-tail-c5-regional-2';
import { longTailC5WritingTools2 } from './long-tail-c5-writing-2';
import { longTailC5AssistantsTools3 } from './long-tail-c5-assistants-3';
import { longTailC5BuildersTools3 } from './long-tail-c5-builders-3';
import { longTailC5RegionalTools3 } from './long-tail-c5-regional-3';
import { longTailC5WritingTools3 } from './long-tail-c5-writing-3';
import { longTailC5AssistantsTools } from './long-tail-c5-assistants';
import { longTailC5MoreTools } from './long-tail-c5-more';
import { longTailC5ListsTools } from './long-tail-c5-lists';
import { longTailC5VibeCodingTools } from './long-tail-c5-vibe-coding';
import { longTailC5ImageToolsTools } from './long-tail-c5-image-tools';
import { longTailC5AiSearchVisibilityTools } from './long-tail-c5-ai-visibility';
import { longTailC5BuildersTools } from './long-tail-c5-builders';
import { longTailC5MediaTools } from './long-tail-c5-media';
import { longTailC5RegionalTools } from './long-tail-c5-regional';
import { longTailC5WritingTools } from './long-tail-c5-writing';
import { longTailC6ListsTools } from './long-tail-c6-lists';
import { longTailC6ListsTools2 } from './long-tail-c6-lists-2';
import { longTailC6AiSiteTools } from './long-tail-c6-ai-sites';
import { longTailC6NsfwAiTools } from './long-tail-c6-nsfw-ai';
import { longTailC7BlocklistTools } from './long-tail-c7-blocklists';
import { longTailC8ListsTools } from './long-tail-c8-lists';
import { longTailC8ListsTools2 } from './long-tail-c8-lists-2';
import { longTailC8ListsTools3 } from './long-tail-c8-lists-3';
import { longTailC8ListsTools4 } from './long-tail-c8-lists-4';
import { longTailC8ListsTools5 } from './long-tail-c8-lists-5';
import { longTailC8ListsTools6 } from './long-tail-c8-lists-6';
import { longTailC8ListsTools7 } from './long-tail-c8-lists-7';
import { longTailC9ListsTools } from './long-tail-c9-lists';
import { longTailC9ListsTools2 } from './long-tail-c9-lists-2';
import { longTailC6MirrorTools } from './long-tail-c6-chatgpt-mirrors';
import { longTailC6MirrorTools2 } from './long-tail-c6-chatgpt-mirrors-2';
import { longTailC6GatewayTools } from './long-tail-c6-gateways';
import { longTailC7VerticalTools } from './long-tail-c7-vertical';
import { longTailC7VerticalTools2 } from './long-tail-c7-vertical-2';
import { longTailC7VerticalTools3 } from './long-tail-c7-vertical-3';
import { longTailC7VerticalTools4 } from './long-tail-c7-vertical-4';
import { longTailC8PopularTools } from './long-tail-c8-popular';
import { longTailC9PopularTools } from './long-tail-c9-popular';
import { longTailC8DeveloperTools } from './long-tail-c8-developer';
import { platformAiSectionTools3 } from './platform-ai-sections-3';
import { platformAiSectionTools4 } from './platform-ai-sections-4';
import { longTailC9RegionalTools } from './long-tail-c9-regional';
import { longTailC10ListsTools } from './long-tail-c10-lists';
import { longTailC10ListsTools2 } from './long-tail-c10-lists-2';
import { longTailC10ListsTools3 } from './long-tail-c10-lists-3';
import { platformAiSectionTools5 } from './platform-ai-sections-5';
import { regionalC10ChinaTools } from './regional-c10-china';
import { regionalC10WorldTools } from './regional-c10-world';
import { longTailC10RescanTools } from './long-tail-c10-rescan';
import { longTailC10RescanTools2 } from './long-tail-c10-rescan-2';
import { longTailC10RescanTools3 } from './long-tail-c10-rescan-3';
import { longTailC10RescanTools4 } from './long-tail-c10-rescan-4';
import { longTailC10bListsTools } from './long-tail-c10b-lists';
import { longTailC10bListsTools2 } from './long-tail-c10b-lists-2';
import { longTailC10bListsTools3 } from './long-tail-c10b-lists-3';
import { longTailC12BTools } from './long-tail-c12-b';
import { longTailC12BTools2 } from './long-tail-c12-b-2';
import { regionalC12KoreaTools } from './regional-c12-korea';
import { regionalC12EuropeTools } from './regional-c12-europe';
import { regionalC12ChinaTools } from './regional-c12-china';
import { regionalC12MiddleEastTools } from './regional-c12-middle-east';
import { regionalC12IndiaTools } from './regional-c12-india';
import { longTailC12CTools } from './long-tail-c12-c';
import { longTailC12CTools2 } from './long-tail-c12-c-2';
import { longTailC12CTools3 } from './long-tail-c12-c-3';
import { longTailC12DTools } from './long-tail-c12-d';
import { longTailC12DTools2 } from './long-tail-c12-d-2';
import { longTailC12FTools } from './long-tail-c12-f';
import { platformAiSectionTools6 } from './platform-ai-sections-6';
import { platformAiSectionToolsC13 } from './platform-ai-sections-c13';
import { longTailC12ATools } from './long-tail-c12-a';
import { longTailC12ATools2 } from './long-tail-c12-a-2';
import { longTailC12ATools3 } from './long-tail-c12-a-3';
import { regionalC12bEuropeTools } from './regional-c12b-europe';
import { regionalC12bWorldTools } from './regional-c12b-world';
import { regionalC13WorldTools } from './regional-c13-world';
import { longTailC12LeadTools } from './long-tail-c12-lead';
import { longTailC12NewTools } from './long-tail-c12-new';
import { regionalC12China2Tools } from './regional-c12-china-2';
import { longTailC12ETools } from './long-tail-c12-e';
import { longTailC12FaTools } from './long-tail-c12-fa';
import { extensionToolsC12 } from './extensions-c12';
import { extensionToolsC12b } from './extensions-c12-2';
import { extensionToolsC13 } from './extensions-c13';
import { extensionToolsC13b } from './extensions-c13-2';
import { extensionToolsC13c } from './extensions-c13-3';
import { extensionWordToolsC13 } from './extensions-c13-words';
import { extensionToolsC14Exts } from './extensions-c14-exts';
import { extensionToolsC15Exts } from './extensions-c15-exts';
import { extensionToolsC16Exts } from './extensions-c16-exts';
import { longTailC12FfTools } from './long-tail-c12-ff';
import { longTailC12FbTools } from './long-tail-c12-fb';
import { longTailC12FeTools } from './long-tail-c12-fe';
import { longTailC12FdTools } from './long-tail-c12-fd';
import { longTailC12FcTools } from './long-tail-c12-fc';
import { longTailC13ATools } from './long-tail-c13-a';
import { longTailC13A2Tools } from './long-tail-c13-a-2';
import { longTailC13A3Tools } from './long-tail-c13-a-3';
import { longTailC13A4Tools } from './long-tail-c13-a-4';
import { longTailC13A5Tools } from './long-tail-c13-a-5';
import { longTailC13BTools } from './long-tail-c13-b';
import { longTailC13YcTools } from './long-tail-c13-yc';
import { longTailC13Yc2Tools } from './long-tail-c13-yc-2';
import { longTailC13DsTools } from './long-tail-c13-ds';
import { longTailC13Ds2Tools } from './long-tail-c13-ds-2';
import { longTailC14LeadTools } from './long-tail-c14-lead';
import { longTailC14Lead2Tools } from './long-tail-c14-lead-2';
import { longTailC14ListsmkTools } from './long-tail-c14-listsmk';
import { longTailC14YcnewTools } from './long-tail-c14-ycnew';
import { longTailC14PortfoliosTools } from './long-tail-c14-portfolios';
import { longTailC14YcpivotsTools } from './long-tail-c14-ycpivots';
import { platformAiSectionToolsC14 } from './platform-ai-sections-c14';
import { platformAiSectionToolsC14Llmstxt } from './platform-ai-sections-c14-llmstxt';
import { regionalC14RegionalTools } from './regional-c14-regional';
import { longTailC14ListsagTools } from './long-tail-c14-listsag';
import { longTailC14YcleadsTools } from './long-tail-c14-ycleads';
import { longTailC14UlleadsTools } from './long-tail-c14-ulleads';
import { longTailC15UlleadsTools } from './long-tail-c15-ulleads';
import { longTailC15Ulleads2Tools } from './long-tail-c15-ulleads2';
import { longTailC15Yc26Tools } from './long-tail-c15-yc26';
import { regionalC15RegionalTools } from './regional-c15-regional';
import { platformAiSectionToolsC15Llms2 } from './platform-ai-sections-c15-llms2';
import { longTailC15Yc26bTools } from './long-tail-c15-yc26b';
import { longTailC15NewlistsTools } from './long-tail-c15-newlists';
import { longTailC15WellknownTools } from './long-tail-c15-wellknown';
import { longTailC15AliasesTools } from './long-tail-c15-aliases';
import { longTailC15Leads3Tools } from './long-tail-c15-leads3';
import { longTailC16ImgvidTools } from './long-tail-c16-imgvid';
import { longTailC16WrappersTools } from './long-tail-c16-wrappers';
import { longTailC16CodedataTools } from './long-tail-c16-codedata';
import { longTailC15Yc25Tools } from './long-tail-c15-yc25';
import { longTailC16SupwriteTools } from './long-tail-c16-supwrite';
import { longTailC16YcrestTools } from './long-tail-c16-ycrest';
import { longTailC16AgentsTools } from './long-tail-c16-agents';
import { longTailC16VerticalsTools } from './long-tail-c16-verticals';
import { regionalC16RegionalTools } from './regional-c16-regional';
import { longTailC16MktsalesTools } from './long-tail-c16-mktsales';
import { platformAiSectionToolsC16Saasai } from './platform-ai-sections-c16-saasai';
import { longTailC16DirsTools } from './long-tail-c16-dirs';
import { regionalC16LangsTools } from './regional-c16-langs';
import { longTailC16ProdmeetTools } from './long-tail-c16-prodmeet';
import { longTailC16ProvidersTools } from './long-tail-c16-providers';
import { longTailC16Providers2Tools } from './long-tail-c16-providers2';
import { longTailC16ChatsearchTools } from './long-tail-c16-chatsearch';
import { longTailC16ConsumerTools } from './long-tail-c16-consumer';
import { longTailC17EduTools } from './long-tail-c17-edu';
import { longTailC17SecopsTools } from './long-tail-c17-secops';
import { longTailC17DocsTools } from './long-tail-c17-docs';
import { longTailC17KnownTools } from './long-tail-c17-known';
import { longTailC17HrTools } from './long-tail-c17-hr';
import { longTailC17DetectTools } from './long-tail-c17-detect';
import { longTailC17EcomTools } from './long-tail-c17-ecom';
import { longTailC17VoiceTools } from './long-tail-c17-voice';
import { longTailC17LeadsTools } from './long-tail-c17-leads';
import { longTailC17SocialTools } from './long-tail-c17-social';
import { longTailC17FinlegalTools } from './long-tail-c17-finlegal';
import { regionalC17EuroTools } from './regional-c17-euro';
import { longTailC17HealthTools } from './long-tail-c17-health';
import { longTailC17SeoTools } from './long-tail-c17-seo';
import { regionalC17AsiaTools } from './regional-c17-asia';
import { longTailC17DevaiTools } from './long-tail-c17-devai';
import { longTailC18SupportTools } from './long-tail-c18-support';
import { longTailC18MarketingTools } from './long-tail-c18-marketing';
import { longTailC18ImageTools } from './long-tail-c18-image';
import { longTailC18MusicTools } from './long-tail-c18-music';
import { longTailC18AgentsTools } from './long-tail-c18-agents';
import { longTailC18DesignTools } from './long-tail-c18-design';
import { longTailC18WritingTools } from './long-tail-c18-writing';
import { longTailC18VideoTools } from './long-tail-c18-video';
import { longTailC18MeetingsTools } from './long-tail-c18-meetings';
import { longTailC18ResearchTools } from './long-tail-c18-research';
import { regionalC18MeaTools } from './regional-c18-mea';
import { longTailC18CompanionsTools } from './long-tail-c18-companions';
import { platformAiSectionsC18Tools } from './platform-ai-sections-c18-sections';
import { longTailC18DataTools } from './long-tail-c18-data';
import { regionalC18LatamTools } from './regional-c18-latam';
import { longTailC18AliasesTools } from './long-tail-c18-aliases';
import { longTailC18FetchaTools } from './long-tail-c18-fetcha';
import { longTailC18FetchbTools } from './long-tail-c18-fetchb';
import { longTailC18VerticalsTools } from './long-tail-c18-verticals';
import { regionalC18CisTools } from './regional-c18-cis';
import { regionalC19JpkrTools } from './regional-c19-jpkr';
import { longTailC19SpacesTools } from './long-tail-c19-spaces';
import { regionalC19ChinaTools } from './regional-c19-china';
import { longTailC19OfficeTools } from './long-tail-c19-office';
import { longTailC19SalesTools } from './long-tail-c19-sales';
import { regionalC19SeaTools } from './regional-c19-sea';
import { longTailC19BuildersTools } from './long-tail-c19-builders';
import { longTailC19LlmopsTools } from './long-tail-c19-llmops';
import { longTailC19Chat2Tools } from './long-tail-c19-chat2';
import { extensionsC19Tools } from './extensions-c19';
import { regionalC19Latam2Tools } from './regional-c19-latam2';
import { regionalC19EuropeTools } from './regional-c19-europe';
import { longTailC19Edu2Tools } from './long-tail-c19-edu2';
import { longTailC19LeadsTools } from './long-tail-c19-leads';
import { regionalC19Mea2Tools } from './regional-c19-mea2';
import { longTailC19WrappersTools } from './long-tail-c19-wrappers';
import { longTailC19DevtoolsTools } from './long-tail-c19-devtools';
import { longTailC20TranslateTools } from './long-tail-c20-translate';
import { longTailC20EmailTools } from './long-tail-c20-email';
import { longTailC20NotesTools } from './long-tail-c20-notes';
import { longTailC20InferenceTools } from './long-tail-c20-inference';
import { longTailC20RebrandsTools } from './long-tail-c20-rebrands';
import { longTailC20CareersTools } from './long-tail-c20-careers';
import { regionalC20CeeTools } from './regional-c20-cee';
import { longTailC20LifestyleTools } from './long-tail-c20-lifestyle';
import { longTailC20LeadsTools } from './long-tail-c20-leads';
import { longTailC20IndustryTools } from './long-tail-c20-industry';
import { longTailC20GamesTools } from './long-tail-c20-games';
import { extensionsC20Tools } from './extensions-c20';
import { regionalC20WesteuTools } from './regional-c20-westeu';
import { regionalC20IndiaTools } from './regional-c20-india';
import { longTailC20BotsTools } from './long-tail-c20-bots';
import { longTailC20BrowseTools } from './long-tail-c20-browse';
import { longTailC20Leads2Tools } from './long-tail-c20-leads2';
import { regionalC20JapanTools } from './regional-c20-japan';
import { longTailC20GrcTools } from './long-tail-c20-grc';
import { longTailC20ClinicTools } from './long-tail-c20-clinic';
import { regionalC20KoreaTools } from './regional-c20-korea';
import { longTailC20CreatorsTools } from './long-tail-c20-creators';
import { longTailC20Leads3Tools } from './long-tail-c20-leads3';
import { longTailC21PhotoTools } from './long-tail-c21-photo';
import { longTailC21LegalTools } from './long-tail-c21-legal';
import { longTailC21UxformsTools } from './long-tail-c21-uxforms';
import { longTailC21FinanceTools } from './long-tail-c21-finance';
import { regionalC21IberlatamTools } from './regional-c21-iberlatam';
import { longTailC21LeadsTools } from './long-tail-c21-leads';
import { regionalC21DachfrTools } from './regional-c21-dachfr';
import { regionalC21China2Tools } from './regional-c21-china2';
import { longTailC21ScienceTools } from './long-tail-c21-science';
import { regionalC21Mea3Tools } from './regional-c21-mea3';
import { extensionsC21Tools } from './extensions-c21';
import { regionalC21Sea2Tools } from './regional-c21-sea2';
import { longTailC21PersonalTools } from './long-tail-c21-personal';
import { longTailC21Writing2Tools } from './long-tail-c21-writing2';
import { longTailC21AdsugcTools } from './long-tail-c21-adsugc';
import { longTailC21Support2Tools } from './long-tail-c21-support2';
import { longTailC21AiworkersTools } from './long-tail-c21-aiworkers';
import { longTailC21SlidesTools } from './long-tail-c21-slides';
import { longTailC21LocalbizTools } from './long-tail-c21-localbiz';
import { longTailC21Leads2Tools } from './long-tail-c21-leads2';
import { regionalC21ChinabigTools } from './regional-c21-chinabig';
import { longTailC21Leads3Tools } from './long-tail-c21-leads3';
import { longTailC21FetchcTools } from './long-tail-c21-fetchc';
import { longTailC22Devtools3Tools } from './long-tail-c22-devtools3';
import { regionalC22Jpkr3Tools } from './regional-c22-jpkr3';
import { longTailC22EduhrTools } from './long-tail-c22-eduhr';
import { longTailC22Marketing3Tools } from './long-tail-c22-marketing3';
import { longTailC22Agents3Tools } from './long-tail-c22-agents3';
import { regionalC22Europe3Tools } from './regional-c22-europe3';
import { longTailC22Leads4Tools } from './long-tail-c22-leads4';
import { longTailC22Video3Tools } from './long-tail-c22-video3';
import { longTailC22Audio2Tools } from './long-tail-c22-audio2';
import { regionalC22India2Tools } from './regional-c22-india2';
import { longTailC22Ecom2Tools } from './long-tail-c22-ecom2';
import { longTailC22Productivity2Tools } from './long-tail-c22-productivity2';
import { longTailC22Design2Tools } from './long-tail-c22-design2';
import { longTailC22Health2Tools } from './long-tail-c22-health2';
import { regionalC22Cis2Tools } from './regional-c22-cis2';
import { longTailC22Industry2Tools } from './long-tail-c22-industry2';
import { longTailC22Secops2Tools } from './long-tail-c22-secops2';
import { longTailC22Research2Tools } from './long-tail-c22-research2';
import { longTailC22Sales2Tools } from './long-tail-c22-sales2';
import { longTailC22Companions2Tools } from './long-tail-c22-companions2';
import { longTailC22Wellknown2Tools } from './long-tail-c22-wellknown2';
import { regionalC22BrazilTools } from './regional-c22-brazil';
import { longTailC22FoundTools } from './long-tail-c22-found';
import { longTailC22MergefixTools } from './long-tail-c22-mergefix';
import { longTailC23Legal2Tools } from './long-tail-c23-legal2';
import { longTailC23Finance2Tools } from './long-tail-c23-finance2';
import { longTailC23Data2Tools } from './long-tail-c23-data2';
import { regionalC23Sea3Tools } from './regional-c23-sea3';
import { regionalC23Latam3Tools } from './regional-c23-latam3';
import { longTailC23Social2Tools } from './long-tail-c23-social2';
import { regionalC23China6Tools } from './regional-c23-china6';
import { longTailC23Music2Tools } from './long-tail-c23-music2';
import { longTailC23PropertyTools } from './long-tail-c23-property';
import { longTailC23Translate2Tools } from './long-tail-c23-translate2';
import { longTailC23Photo2Tools } from './long-tail-c23-photo2';
import { longTailC23Slides2Tools } from './long-tail-c23-slides2';
import { longTailC23Support3Tools } from './long-tail-c23-support3';
import { longTailC23Sections3Tools } from './long-tail-c23-sections3';
import { regionalC23AfricaTools } from './regional-c23-africa';
import { longTailC23Writing5Tools } from './long-tail-c23-writing5';
import { longTailC23Hr2Tools } from './long-tail-c23-hr2';
import { longTailC23Edu3Tools } from './long-tail-c23-edu3';
import { regionalC23UkieTools } from './regional-c23-ukie';
import { longTailC23Health3Tools } from './long-tail-c23-health3';
import { longTailC23Dirs2Tools } from './long-tail-c23-dirs2';
import { longTailC23Leads5Tools } from './long-tail-c23-leads5';
import { regionalC23CanadaTools } from './regional-c23-canada';
import { regionalC24Japan4Tools } from './regional-c24-japan4';
import { longTailC24VerticalsTools } from './long-tail-c24-verticals';
import { regionalC24Dach2Tools } from './regional-c24-dach2';
import { longTailC24Agents4Tools } from './long-tail-c24-agents4';
import { longTailC24Ecom3Tools } from './long-tail-c24-ecom3';
import { longTailC24Devtools4Tools } from './long-tail-c24-devtools4';
import { longTailC24Video4Tools } from './long-tail-c24-video4';
import { regionalC24India3Tools } from './regional-c24-india3';
import { regionalC24France2Tools } from './regional-c24-france2';
import { longTailC24Security3Tools } from './long-tail-c24-security3';
import { regionalC24Korea3Tools } from './regional-c24-korea3';
import { regionalC24NordicsTools } from './regional-c24-nordics';
import { longTailC24NichesTools } from './long-tail-c24-niches';
import { regionalC24Mea4Tools } from './regional-c24-mea4';
import { regionalC24SoutheuTools } from './regional-c24-southeu';
import { regionalC24EasteuTools } from './regional-c24-easteu';
import { longTailC24Image4Tools } from './long-tail-c24-image4';
import { longTailC24Marketing4Tools } from './long-tail-c24-marketing4';
import { regionalC24Cis3Tools } from './regional-c24-cis3';
import { regionalC24Latam4Tools } from './regional-c24-latam4';
import { regionalC24TurkeyTools } from './regional-c24-turkey';
import { longTailC24RefundsaTools } from './long-tail-c24-refundsa';
import { longTailC24RefundsbTools } from './long-tail-c24-refundsb';
import { longTailC25DiscloseTools } from './long-tail-c25-disclose';
import { longTailC25LeadsTools } from './long-tail-c25-leads';
import { regionalC25AnzTools } from './regional-c25-anz';
import { regionalC25TwhkTools } from './regional-c25-twhk';
import { longTailC25ExtsTools } from './long-tail-c25-exts';
import { longTailC25RefundsdTools } from './long-tail-c25-refundsd';
import { regionalC25SouthasiaTools } from './regional-c25-southasia';
import { regionalC25Sea4Tools } from './regional-c25-sea4';
import { longTailC25LimitsTools } from './long-tail-c25-limits';
import { regionalC25SebalticTools } from './regional-c25-sebaltic';
import { regionalC25IsraelTools } from './regional-c25-israel';
import { longTailC25AppsTools } from './long-tail-c25-apps';
import { longTailC25RefundscTools } from './long-tail-c25-refundsc';
import { longTailC25ByokTools } from './long-tail-c25-byok';
import { longTailC25ApisTools } from './long-tail-c25-apis';
import { longTailC25Support4Tools } from './long-tail-c25-support4';
import { longTailC25OutputsTools } from './long-tail-c25-outputs';
import { longTailC25AddonsTools } from './long-tail-c25-addons';
import { longTailC25Health4Tools } from './long-tail-c25-health4';
import { longTailC25HumanizeTools } from './long-tail-c25-humanize';
import { longTailC25Dirs3Tools } from './long-tail-c25-dirs3';
import { regionalC25Africa2Tools } from './regional-c25-africa2';
import { longTailC25Sections4Tools } from './long-tail-c25-sections4';
import { longTailC25Rebrands2Tools } from './long-tail-c25-rebrands2';
import { regionalC25China7Tools } from './regional-c25-china7';
import { regionalC26Jpkr5Tools } from './regional-c26-jpkr5';
import { longTailC26AffiliatesTools } from './long-tail-c26-affiliates';
import { regionalC26EucreditsTools } from './regional-c26-eucredits';
import { longTailC26Industry3Tools } from './long-tail-c26-industry3';
import { longTailC26SubprocTools } from './long-tail-c26-subproc';
import { longTailC26Leads6Tools } from './long-tail-c26-leads6';
import { longTailC26LaunchesTools } from './long-tail-c26-launches';
import { longTailC26McpTools } from './long-tail-c26-mcp';
import { longTailC26Niches2Tools } from './long-tail-c26-niches2';
import { longTailC26MemoryTools } from './long-tail-c26-memory';
import { regionalC26Latam5Tools } from './regional-c26-latam5';
import { longTailC26NotrainTools } from './long-tail-c26-notrain';
import { longTailC26AiactTools } from './long-tail-c26-aiact';
import { regionalC26India4Tools } from './regional-c26-india4';
import { longTailC26UslawsTools } from './long-tail-c26-uslaws';
import { longTailC26MergefixTools } from './long-tail-c26-mergefix';
import { longTailC26Apps2Tools } from './long-tail-c26-apps2';
import { longTailC26Exts2Tools } from './long-tail-c26-exts2';
import { longTailC26Leads7Tools } from './long-tail-c26-leads7';
import { longTailC26GovnpTools } from './long-tail-c26-govnp';
import { regionalC26GulfTools } from './regional-c26-gulf';
import { longTailC26HospmediaTools } from './long-tail-c26-hospmedia';
import { longTailC26PricingTools } from './long-tail-c26-pricing';
import { longTailC26KidsTools } from './long-tail-c26-kids';
import { longTailC26Imgvid5Tools } from './long-tail-c26-imgvid5';
import { longTailC26Leads8Tools } from './long-tail-c26-leads8';
import { longTailC27Subproc2Tools } from './long-tail-c27-subproc2';
import { longTailC27ChangelogTools } from './long-tail-c27-changelog';
import { longTailC27FaqmodelTools } from './long-tail-c27-faqmodel';
import { longTailC27Marketing5Tools } from './long-tail-c27-marketing5';
import { longTailC27Support5Tools } from './long-tail-c27-support5';
import { longTailC27Sections5Tools } from './long-tail-c27-sections5';
import { longTailC27Rebrands3Tools } from './long-tail-c27-rebrands3';
import { longTailC27ReconcileTools } from './long-tail-c27-reconcile';
import { longTailC27NewtopbTools } from './long-tail-c27-newtopb';
import { longTailC27NewtopcTools } from './long-tail-c27-newtopc';
import { longTailC27NewtopdTools } from './long-tail-c27-newtopd';
import { longTailC27NewtopeTools } from './long-tail-c27-newtope';
import { longTailC27NewtopaTools } from './long-tail-c27-newtopa';
import { longTailC27Wellknown3Tools } from './long-tail-c27-wellknown3';
import { longTailC27Writing6Tools } from './long-tail-c27-writing6';
import { longTailC27MergefixTools } from './long-tail-c27-mergefix';
import { longTailC27Imgvid6Tools } from './long-tail-c27-imgvid6';
import { longTailC27Research3Tools } from './long-tail-c27-research3';
import { longTailC27Agents5Tools } from './long-tail-c27-agents5';
import { longTailC27Ecom2Tools } from './long-tail-c27-ecom2';
import { longTailC27Devtools5Tools } from './long-tail-c27-devtools5';
import { regionalC27Europe5Tools } from './regional-c27-europe5';
import { longTailC27Creators2Tools } from './long-tail-c27-creators2';
import { longTailC27Leads9Tools } from './long-tail-c27-leads9';
import { regionalC27China8Tools } from './regional-c27-china8';
import { longTailC28Subproc3Tools } from './long-tail-c28-subproc3';
import { regionalC28Jpkr6Tools } from './regional-c28-jpkr6';
import { regionalC28Latam6Tools } from './regional-c28-latam6';
import { longTailC28Agents6Tools } from './long-tail-c28-agents6';
import { longTailC28Faqmodel2Tools } from './long-tail-c28-faqmodel2';
import { longTailC28Writing7Tools } from './long-tail-c28-writing7';
import { longTailC28Support6Tools } from './long-tail-c28-support6';
import { longTailC28Reconcile2Tools } from './long-tail-c28-reconcile2';
import { longTailC28Devtools6Tools } from './long-tail-c28-devtools6';
import { longTailC28Imgvid7Tools } from './long-tail-c28-imgvid7';
import { longTailC28Marketing6Tools } from './long-tail-c28-marketing6';
import { longTailC28Finlegal3Tools } from './long-tail-c28-finlegal3';
import { longTailC28Hr3Tools } from './long-tail-c28-hr3';
import { longTailC28Health5Tools } from './long-tail-c28-health5';
import { longTailC28Edu4Tools } from './long-tail-c28-edu4';
import { longTailC28Office3Tools } from './long-tail-c28-office3';
import { longTailC28Ecom3Tools } from './long-tail-c28-ecom3';
import { longTailC28Meetvoice2Tools } from './long-tail-c28-meetvoice2';
import { longTailC28Sales4Tools } from './long-tail-c28-sales4';
import { longTailC28Industry4Tools } from './long-tail-c28-industry4';
import { longTailC28Security4Tools } from './long-tail-c28-security4';
import { longTailC28Consumer3Tools } from './long-tail-c28-consumer3';
import { longTailC28Chatwrap2Tools } from './long-tail-c28-chatwrap2';
import { longTailC28Leads10Tools } from './long-tail-c28-leads10';
import { longTailC28Research4Tools } from './long-tail-c28-research4';

export const catalogTools: readonly Tool[] = [
  ...chatTools,
  ...codingTools,
  ...developerTools,
  ...imageVideoTools,
  ...audioTools,
  ...writingTools,
  ...meetingTools,
  ...searchTools,
  ...agentTools,
  ...embeddedTools,
  ...extensionTools,
  ...extensionTools2,
  ...extensionTools3,
  ...extensionTools4,
  ...chinaTools,
  ...regionalTools,
  ...chinaTools2,
  ...industryTools,
  ...regionalTools2,
  ...vendorTools2,
  ...devListTools,
  ...vendorTools3,
  ...vendorTools4,
  ...vendorTools5,
  ...regionalTools3,
  ...vendorTools6,
  ...vendorTools7,
  ...vendorTools8,
  ...vendorTools9,
  ...supportTools,
  ...longTailAgentsTools,
  ...longTailAudioTools,
  ...longTailChatTools,
  ...longTailCodingTools,
  ...longTailDeveloperTools,
  ...longTailImageTools,
  ...longTailProductivityTools,
  ...longTailSearchTools,
  ...longTailVideoTools,
  ...longTailWritingTools,
  ...listsC3ImageTools,
  ...listsC3WritingTools,
  ...listsC3AssistantsTools,
  ...listsC3BuildersTools,
  ...listsC3MediaTools,
  ...platformAiSectionTools,
  ...listsC3MoreTools,
  ...regionalTools4,
  ...listsC4PicksTools,
  ...supportMarketingTools,
  ...supportMarketingTools2,
  ...supportMarketingTools3,
  ...regionalTools4b,
  ...platformAiSectionTools2,
  ...catMarketingTools,
  ...catSupportTools,
  ...catWritingTools,
  ...catImageVideoTools,
  ...catSaasAiSectionTools,
  ...catAgentsTools2,
  ...catMarketingTools2,
  ...catMoreTools,
  ...catImageVideoTools2,
  ...regionalC5V2flyTools,
  ...regionalC5ChinaTools,
  ...regionalC5WorldTools,
  ...regionalC6ApiTools,
  ...regionalC6ProviderTools,
  ...regionalC6RelayTools,
  ...regionalC6WorldTools,
  ...regionalC6TermsTools,
  ...regionalC6TermsEuropeTools,
  ...longTailC5MediaTools,
  ...longTailC5WritingTools,
  ...longTailC5AssistantsTools,
  ...longTailC5BuildersTools,
  ...longTailC5RegionalTools,
  ...longTailC5MediaTools2,
  ...longTailC5WritingTools2,
  ...longTailC5AssistantsTools2,
  ...longTailC5BuildersTools2,
  ...longTailC5RegionalTools2,
  ...longTailC5WritingTools3,
  ...longTailC5AssistantsTools3,
  ...longTailC5BuildersTools3,
  ...longTailC5RegionalTools3,
  ...longTailC5MoreTools,
  ...longTailC5ListsTools,
  ...longTailC5VibeCodingTools,
  ...longTailC5ImageToolsTools,
  ...longTailC5AiSearchVisibilityTools,
  ...longTailC6ListsTools,
  ...longTailC6ListsTools2,
  ...longTailC6AiSiteTools,
  ...longTailC6NsfwAiTools,
  ...longTailC6MirrorTools,
  ...longTailC6MirrorTools2,
  ...longTailC6GatewayTools,
  ...longTailC7VerticalTools,
  ...longTailC7VerticalTools2,
  ...longTailC7VerticalTools3,
  ...longTailC7VerticalTools4,
  ...platformAiSectionTools3,
  ...longTailC7BlocklistTools,
  ...longTailC8PopularTools,
  ...longTailC9PopularTools,
  ...longTailC8DeveloperTools,
  ...longTailC8ListsTools,
  ...longTailC8ListsTools2,
  ...longTailC8ListsTools3,
  ...longTailC8ListsTools4,
  ...longTailC8ListsTools5,
  ...longTailC8ListsTools6,
  ...longTailC8ListsTools7,
  ...longTailC9ListsTools,
  ...longTailC9ListsTools2,
  ...platformAiSectionTools4,
  ...longTailC9RegionalTools,
  ...longTailC10ListsTools,
  ...longTailC10ListsTools2,
  ...longTailC10ListsTools3,
  ...platformAiSectionTools5,
  ...regionalC10ChinaTools,
  ...regionalC10WorldTools,
  ...longTailC10RescanTools,
  ...longTailC10RescanTools2,
  ...longTailC10RescanTools3,
  ...longTailC10RescanTools4,
  ...longTailC10bListsTools,
  ...longTailC10bListsTools2,
  ...longTailC10bListsTools3,
  ...longTailC12BTools,
  ...longTailC12BTools2,
  ...regionalC12KoreaTools,
  ...regionalC12EuropeTools,
  ...regionalC12ChinaTools,
  ...regionalC12MiddleEastTools,
  ...regionalC12IndiaTools,
  ...longTailC12CTools,
  ...longTailC12CTools2,
  ...longTailC12CTools3,
  ...longTailC12DTools,
  ...longTailC12DTools2,
  ...platformAiSectionTools6,
  ...platformAiSectionToolsC13,
  ...longTailC12ATools,
  ...longTailC12ATools2,
  ...longTailC12ATools3,
  ...regionalC12bEuropeTools,
  ...regionalC12bWorldTools,
  ...regionalC13WorldTools,
  ...longTailC12LeadTools,
  ...longTailC12NewTools,
  ...regionalC12China2Tools,
  ...longTailC12FTools,
  ...longTailC12ETools,
  ...extensionToolsC12,
  ...extensionToolsC12b,
  ...extensionToolsC13,
  ...extensionToolsC13b,
  ...extensionToolsC13c,
  ...extensionWordToolsC13,
  ...longTailC12FaTools,
  ...longTailC12FbTools,
  ...longTailC12FeTools,
  ...longTailC12FdTools,
  ...longTailC12FfTools,
  ...longTailC12FcTools,
  ...longTailC13ATools,
  ...longTailC13A2Tools,
  ...longTailC13A3Tools,
  ...longTailC13A4Tools,
  ...longTailC13A5Tools,
  ...longTailC13BTools,
  ...longTailC13YcTools,
  ...longTailC13Yc2Tools,
  ...longTailC13DsTools,
  ...longTailC13Ds2Tools,
  ...longTailC14LeadTools,
  ...longTailC14Lead2Tools,
  ...longTailC14ListsmkTools,
  ...longTailC14YcnewTools,
  ...longTailC14PortfoliosTools,
  ...longTailC14YcpivotsTools,
  ...extensionToolsC14Exts,
  ...platformAiSectionToolsC14,
  ...regionalC14RegionalTools,
  ...longTailC14ListsagTools,
  ...platformAiSectionToolsC14Llmstxt,
  ...longTailC14YcleadsTools,
  ...longTailC14UlleadsTools,
  ...longTailC15UlleadsTools,
  ...longTailC15Yc26Tools,
  ...extensionToolsC15Exts,
  ...regionalC15RegionalTools,
  ...platformAiSectionToolsC15Llms2,
  ...longTailC15Yc26bTools,
  ...longTailC15Ulleads2Tools,
  ...longTailC15NewlistsTools,
  ...longTailC15WellknownTools,
  ...longTailC15AliasesTools,
  ...longTailC15Leads3Tools,
  ...longTailC15Yc25Tools,
  ...longTailC16SupwriteTools,
  ...longTailC16YcrestTools,
  ...regionalC16RegionalTools,
  ...longTailC16MktsalesTools,
  ...longTailC16ImgvidTools,
  ...extensionToolsC16Exts,
  ...platformAiSectionToolsC16Saasai,
  ...longTailC16DirsTools,
  ...longTailC16AgentsTools,
  ...regionalC16LangsTools,
  ...longTailC16WrappersTools,
  ...longTailC16VerticalsTools,
  ...longTailC16CodedataTools,
  ...longTailC16ProdmeetTools,
  ...longTailC16ProvidersTools,
  ...longTailC16Providers2Tools,
  ...longTailC16ChatsearchTools,
  ...longTailC16ConsumerTools,
  ...longTailC17EduTools,
  ...longTailC17SecopsTools,
  ...longTailC17DocsTools,
  ...longTailC17KnownTools,
  ...longTailC17HrTools,
  ...longTailC17DetectTools,
  ...longTailC17EcomTools,
  ...longTailC17VoiceTools,
  ...longTailC17LeadsTools,
  ...longTailC17SocialTools,
  ...longTailC17FinlegalTools,
  ...regionalC17EuroTools,
  ...longTailC17HealthTools,
  ...longTailC17SeoTools,
  ...regionalC17AsiaTools,
  ...longTailC17DevaiTools,
  ...longTailC18SupportTools,
  ...longTailC18MarketingTools,
  ...longTailC18ImageTools,
  ...longTailC18MusicTools,
  ...longTailC18AgentsTools,
  ...longTailC18DesignTools,
  ...longTailC18WritingTools,
  ...longTailC18VideoTools,
  ...longTailC18MeetingsTools,
  ...longTailC18ResearchTools,
  ...regionalC18MeaTools,
  ...longTailC18CompanionsTools,
  ...platformAiSectionsC18Tools,
  ...longTailC18DataTools,
  ...regionalC18LatamTools,
  ...longTailC18AliasesTools,
  ...longTailC18FetchaTools,
  ...longTailC18FetchbTools,
  ...longTailC18VerticalsTools,
  ...regionalC18CisTools,
  ...regionalC19JpkrTools,
  ...longTailC19SpacesTools,
  ...regionalC19ChinaTools,
  ...longTailC19OfficeTools,
  ...longTailC19SalesTools,
  ...regionalC19SeaTools,
  ...longTailC19BuildersTools,
  ...longTailC19LlmopsTools,
  ...longTailC19Chat2Tools,
  ...extensionsC19Tools,
  ...regionalC19Latam2Tools,
  ...regionalC19EuropeTools,
  ...longTailC19Edu2Tools,
  ...longTailC19LeadsTools,
  ...regionalC19Mea2Tools,
  ...longTailC19WrappersTools,
  ...longTailC19DevtoolsTools,
  ...longTailC20TranslateTools,
  ...longTailC20EmailTools,
  ...longTailC20NotesTools,
  ...longTailC20InferenceTools,
  ...longTailC20RebrandsTools,
  ...longTailC20CareersTools,
  ...regionalC20CeeTools,
  ...longTailC20LifestyleTools,
  ...longTailC20LeadsTools,
  ...longTailC20IndustryTools,
  ...longTailC20GamesTools,
  ...extensionsC20Tools,
  ...regionalC20WesteuTools,
  ...regionalC20IndiaTools,
  ...longTailC20BotsTools,
  ...longTailC20BrowseTools,
  ...longTailC20Leads2Tools,
  ...regionalC20JapanTools,
  ...longTailC20GrcTools,
  ...longTailC20ClinicTools,
  ...regionalC20KoreaTools,
  ...longTailC20CreatorsTools,
  ...longTailC20Leads3Tools,
  ...longTailC21PhotoTools,
  ...longTailC21LegalTools,
  ...longTailC21UxformsTools,
  ...longTailC21FinanceTools,
  ...regionalC21IberlatamTools,
  ...longTailC21LeadsTools,
  ...regionalC21DachfrTools,
  ...regionalC21China2Tools,
  ...longTailC21ScienceTools,
  ...regionalC21Mea3Tools,
  ...extensionsC21Tools,
  ...regionalC21Sea2Tools,
  ...longTailC21PersonalTools,
  ...longTailC21Writing2Tools,
  ...longTailC21AdsugcTools,
  ...longTailC21Support2Tools,
  ...longTailC21AiworkersTools,
  ...longTailC21SlidesTools,
  ...longTailC21LocalbizTools,
  ...longTailC21Leads2Tools,
  ...regionalC21ChinabigTools,
  ...longTailC21Leads3Tools,
  ...longTailC21FetchcTools,
  ...longTailC22Devtools3Tools,
  ...regionalC22Jpkr3Tools,
  ...longTailC22EduhrTools,
  ...longTailC22Marketing3Tools,
  ...longTailC22Agents3Tools,
  ...regionalC22Europe3Tools,
  ...longTailC22Leads4Tools,
  ...longTailC22Video3Tools,
  ...longTailC22Audio2Tools,
  ...regionalC22India2Tools,
  ...longTailC22Ecom2Tools,
  ...longTailC22Productivity2Tools,
  ...longTailC22Design2Tools,
  ...longTailC22Health2Tools,
  ...regionalC22Cis2Tools,
  ...longTailC22Industry2Tools,
  ...longTailC22Secops2Tools,
  ...longTailC22Research2Tools,
  ...longTailC22Sales2Tools,
  ...longTailC22Companions2Tools,
  ...longTailC22Wellknown2Tools,
  ...regionalC22BrazilTools,
  ...longTailC22FoundTools,
  ...longTailC22MergefixTools,
  ...longTailC23Legal2Tools,
  ...longTailC23Finance2Tools,
  ...longTailC23Data2Tools,
  ...regionalC23Sea3Tools,
  ...regionalC23Latam3Tools,
  ...longTailC23Social2Tools,
  ...regionalC23China6Tools,
  ...longTailC23Music2Tools,
  ...longTailC23PropertyTools,
  ...longTailC23Translate2Tools,
  ...longTailC23Photo2Tools,
  ...longTailC23Slides2Tools,
  ...longTailC23Support3Tools,
  ...longTailC23Sections3Tools,
  ...regionalC23AfricaTools,
  ...longTailC23Writing5Tools,
  ...longTailC23Hr2Tools,
  ...longTailC23Edu3Tools,
  ...regionalC23UkieTools,
  ...longTailC23Health3Tools,
  ...longTailC23Dirs2Tools,
  ...longTailC23Leads5Tools,
  ...regionalC23CanadaTools,
  ...regionalC24Japan4Tools,
  ...longTailC24VerticalsTools,
  ...regionalC24Dach2Tools,
  ...longTailC24Agents4Tools,
  ...longTailC24Ecom3Tools,
  ...longTailC24Devtools4Tools,
  ...longTailC24Video4Tools,
  ...regionalC24India3Tools,
  ...regionalC24France2Tools,
  ...longTailC24Security3Tools,
  ...regionalC24Korea3Tools,
  ...regionalC24NordicsTools,
  ...longTailC24NichesTools,
  ...regionalC24Mea4Tools,
  ...regionalC24SoutheuTools,
  ...regionalC24EasteuTools,
  ...longTailC24Image4Tools,
  ...longTailC24Marketing4Tools,
  ...regionalC24Cis3Tools,
  ...regionalC24Latam4Tools,
  ...regionalC24TurkeyTools,
  ...longTailC24RefundsaTools,
  ...longTailC24RefundsbTools,
  ...longTailC25DiscloseTools,
  ...regionalC25AnzTools,
  ...regionalC25TwhkTools,
  ...longTailC25ExtsTools,
  ...longTailC25RefundsdTools,
  ...regionalC25SouthasiaTools,
  ...regionalC25Sea4Tools,
  ...longTailC25LimitsTools,
  ...regionalC25SebalticTools,
  ...regionalC25IsraelTools,
  ...longTailC25AppsTools,
  ...longTailC25RefundscTools,
  ...longTailC25ByokTools,
  ...longTailC25ApisTools,
  ...longTailC25Support4Tools,
  ...longTailC25OutputsTools,
  ...longTailC25AddonsTools,
  ...longTailC25Health4Tools,
  ...longTailC25HumanizeTools,
  ...longTailC25Dirs3Tools,
  ...longTailC25LeadsTools,
  ...regionalC25Africa2Tools,
  ...longTailC25Sections4Tools,
  ...longTailC25Rebrands2Tools,
  ...regionalC25China7Tools,
  ...regionalC26Jpkr5Tools,
  ...longTailC26AffiliatesTools,
  ...regionalC26EucreditsTools,
  ...longTailC26Industry3Tools,
  ...longTailC26SubprocTools,
  ...longTailC26Leads6Tools,
  ...longTailC26LaunchesTools,
  ...longTailC26McpTools,
  ...longTailC26Niches2Tools,
  ...longTailC26MemoryTools,
  ...regionalC26Latam5Tools,
  ...longTailC26NotrainTools,
  ...longTailC26AiactTools,
  ...regionalC26India4Tools,
  ...longTailC26UslawsTools,
  ...longTailC26MergefixTools,
  ...longTailC26Apps2Tools,
  ...longTailC26Exts2Tools,
  ...longTailC26Leads7Tools,
  ...longTailC26GovnpTools,
  ...regionalC26GulfTools,
  ...longTailC26HospmediaTools,
  ...longTailC26PricingTools,
  ...longTailC26KidsTools,
  ...longTailC26Imgvid5Tools,
  ...longTailC26Leads8Tools,
  ...longTailC27Subproc2Tools,
  ...longTailC27ChangelogTools,
  ...longTailC27FaqmodelTools,
  ...longTailC27Marketing5Tools,
  ...longTailC27Support5Tools,
  ...longTailC27Sections5Tools,
  ...longTailC27Rebrands3Tools,
  ...longTailC27ReconcileTools,
  ...longTailC27NewtopbTools,
  ...longTailC27NewtopcTools,
  ...longTailC27NewtopdTools,
  ...longTailC27NewtopeTools,
  ...longTailC27NewtopaTools,
  ...longTailC27Wellknown3Tools,
  ...longTailC27Writing6Tools,
  ...longTailC27MergefixTools,
  ...longTailC27Imgvid6Tools,
  ...longTailC27Research3Tools,
  ...longTailC27Agents5Tools,
  ...longTailC27Ecom2Tools,
  ...longTailC27Devtools5Tools,
  ...regionalC27Europe5Tools,
  ...longTailC27Creators2Tools,
  ...longTailC27Leads9Tools,
  ...regionalC27China8Tools,
  ...longTailC28Subproc3Tools,
  ...regionalC28Jpkr6Tools,
  ...regionalC28Latam6Tools,
  ...longTailC28Agents6Tools,
  ...longTailC28Faqmodel2Tools,
  ...longTailC28Writing7Tools,
  ...longTailC28Support6Tools,
  ...longTailC28Reconcile2Tools,
  ...longTailC28Devtools6Tools,
  ...longTailC28Imgvid7Tools,
  ...longTailC28Marketing6Tools,
  ...longTailC28Finlegal3Tools,
  ...longTailC28Hr3Tools,
  ...longTailC28Health5Tools,
  ...longTailC28Edu4Tools,
  ...longTailC28Office3Tools,
  ...longTailC28Ecom3Tools,
  ...longTailC28Meetvoice2Tools,
  ...longTailC28Sales4Tools,
  ...longTailC28Industry4Tools,
  ...longTailC28Security4Tools,
  ...longTailC28Consumer3Tools,
  ...longTailC28Chatwrap2Tools,
  ...longTailC28Leads10Tools,
  ...longTailC28Research4Tools,
];
