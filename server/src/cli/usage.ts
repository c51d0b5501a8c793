/** Thrown for an unknown command or bad flags: main prints the message and the usage, exit 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: pnpm --silent lantern <command>

  classify [URL_OR_HOST...]            classify URLs or hostnames (none or "-": one per line on stdin)
  catalog stats [--older-than DAYS] [--format table|json]
                                       the built-in catalog: counts per category and region, stale entries
  token create --role admin|auditor [--name NAME] [--expires-days N]
  enrollment create [--name NAME]
  decision set TOOL_ID --status approved|conditional|review|prohibited
               --enforcement monitor|inform|acknowledge|justify|block
               [--conditions TEXT] [--alternative TOOL_ID]
               [--company-workspace ID[,ID...]|none [--company-workspace-link URL]]
  policy publish --title TITLE --file BODY.md [--summary TEXT]
  export inventory|acknowledgements|registrations|justifications|suppliers|literacy|people
         --format csv|json
  export evidence --out DIR
  audit verify [--checkpoints FILE]   walk both hash chains; prove they extend kept checkpoints
  audit checkpoint                     sign the chain heads now and print them (JSON lines)
  audit public-key                     print the checkpoint signing key's id and public key
  person export EMAIL                  everything stored about one person, as JSON (GDPR Art. 15)
  person erase EMAIL [--yes]           erase one person's personal data; the hash chains still verify
  person link EMAIL [--days N]         a single-use enrolment link for one person (PUBLIC_URL); 7 days
  catalog import FILE                  verify and install a signed catalog release (CATALOG_PUBLISHER_KEYS)
  catalog keygen --out KEY.pem [--key-id ID]
                                       make a publisher key pair; prints the CATALOG_PUBLISHER_KEYS line
  catalog sign --key KEY.pem --out FILE [--version N] [--key-id ID] [--tools TOOLS.json]
               [--suppliers SUPPLIERS.json]
                                       sign the compiled catalog and supplier facts as a release
  literacy import FILE                 import LMS completions (CSV email,module_id,date): all rows or none
  seed demo

Settings: DATABASE_URL (default: data/lantern.db at the repository root, as pnpm start uses; a relative
  sqlite: path you give is relative to where you run pnpm).
`;
