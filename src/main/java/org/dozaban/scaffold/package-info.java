/**
 * Starting things: the front matter of a new article or translation, and a whole new bilingual archive
 * with the bundled templates, workflows and contributor guide.
 */
package org.dozaban.scaffold;
