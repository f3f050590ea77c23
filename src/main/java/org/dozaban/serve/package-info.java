/**
 * The preview server: builds the site into a folder of its own with drafts and scheduled articles,
 * serves it on the local machine, rebuilds when content or templates change, and pushes a reload,
 * or the build's errors, to every open page.
 */
package org.dozaban.serve;
