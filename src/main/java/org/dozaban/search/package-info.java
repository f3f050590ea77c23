/**
 * Static full-text search: one definition of search text normalization ({@link org.dozaban.search.SearchText}),
 * the index built from the site's articles at build time ({@link org.dozaban.search.SearchIndex}) and its
 * files: a small manifest, term shards the browser loads by prefix, and document tables in chunks.
 */
package org.dozaban.search;
