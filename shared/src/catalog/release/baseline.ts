/**
 * The release number of the catalog compiled into this build (shared/src/catalog/data). A published
 * release must carry a higher number to replace it; the server and the extension always use the
 * newer of this baseline and the newest release they were given. Raise it (UTC `YYYYMMDDHHmm`) when
 * the compiled data changes in a release of Lantern, so older published releases stop winning.
 */
export const BASELINE_RELEASE_VERSION = 202612080301;
