/**
 * Translation status of a loaded site: per language, the articles that have no version in it, the
 * translations older than the last change to their original, and translations whose topics differ.
 */
package org.dozaban.status;
