package org.dozaban.content;

import java.util.List;
import java.util.Map;

/**
 * Settings from {@code content/site.yaml}.
 *
 * @param title           site title per language code
 * @param description     one-line site description per language code
 * @param baseUrl         absolute URL the site is hosted at, always ending in '/'
 * @param defaultLanguage language served at '/'
 * @param languages       the site's languages, default language first
 * @param pageSize        articles per topic page
 */
public record SiteConfig(
        Map<String, String> title,
        Map<String, String> description,
        String baseUrl,
        String defaultLanguage,
        List<String> languages,
        int pageSize) {

    /** The languages this generator has interface strings for. */
    public static final List<String> SUPPORTED_LANGUAGES = List.of("fa", "en");

    public SiteConfig {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        languages = List.copyOf(languages);
    }

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault(defaultLanguage, "Dozaban"));
    }

    public String description(String lang) {
        return description.getOrDefault(lang, "");
    }
}
