/**
 * Markdown to HTML through the generator's single flexmark configuration, {@link org.dozaban.markdown.Markdown}.
 */
package org.dozaban.markdown;
