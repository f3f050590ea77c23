package org.dozaban.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings from {@code content/site.yaml}.
 *
 * @param title           site title per language code
 * @param description     one-line site description per language code
 * @param baseUrl         absolute URL the site is hosted at, always ending in '/'
 * @param defaultLanguage language served at '/'
 * @param languages       the site's languages; the default language is moved first
 * @param pageSize        articles per topic page, on a home page's latest list and in a feed; at least 1
 * @param allowExternalSymlinks whether articles and assets may be symbolic links to files outside their
 *                        folder
 */
public record SiteConfig(
        Map<String, String> title,
        Map<String, String> description,
        String baseUrl,
        String defaultLanguage,
        List<String> languages,
        int pageSize,
        boolean allowExternalSymlinks) {

    /** The languages this generator has interface strings for. */
    public static final List<String> SUPPORTED_LANGUAGES = List.of("fa", "en");

    /**
     * @throws IllegalArgumentException when {@code defaultLanguage} is not one of {@code languages} or
     *                                  {@code pageSize} is below 1
     */
    public SiteConfig {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("default language " + defaultLanguage + " is not in " + languages);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
        }
        List<String> ordered = new ArrayList<>(languages);
        ordered.remove(defaultLanguage);
        ordered.add(0, defaultLanguage);
        languages = List.copyOf(ordered);
    }

    /** Settings in which symbolic links stay inside their folders. */
    public SiteConfig(Map<String, String> title, Map<String, String> description, String baseUrl,
                      String defaultLanguage, List<String> languages, int pageSize) {
        this(title, description, baseUrl, defaultLanguage, languages, pageSize, false);
    }

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault(defaultLanguage, "Dozaban"));
    }

    public String description(String lang) {
        return description.getOrDefault(lang, "");
    }
}
