package org.dozaban.content;

import org.dozaban.text.Language;

import java.time.ZoneId;
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
 * @param timeZone        the zone whose calendar says which day "today" is, for scheduled articles
 * @param menus           the menu of each language, in the order written; a language may have none
 * @param image           site-relative path of the image link previews show for pages without one of their
 *                        own (under {@code assets/}), or null
 * @param nativeSlugs     slugs made from Persian titles keep Persian letters instead of being transliterated
 */
public record SiteConfig(
        Map<String, String> title,
        Map<String, String> description,
        String baseUrl,
        String defaultLanguage,
        List<String> languages,
        int pageSize,
        ZoneId timeZone,
        Map<String, List<MenuItem>> menus,
        String image,
        boolean nativeSlugs,
        boolean allowExternalSymlinks) {

    /** The time zone of a site that names none. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    /** The languages this generator has interface strings for. */
    public static final List<String> SUPPORTED_LANGUAGES = Language.siteCodes();

    /**
     * @throws IllegalArgumentException when {@code defaultLanguage} is not one of {@code languages} or
     *                                  {@code pageSize} is below 1
     */
    public SiteConfig {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        menus = Map.copyOf(menus);
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
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }

    /** A configuration in the {@link #DEFAULT_TIME_ZONE}, with symbolic links kept inside their folders. */
    public SiteConfig(Map<String, String> title, Map<String, String> description, String baseUrl,
                      String defaultLanguage, List<String> languages, int pageSize) {
        this(title, description, baseUrl, defaultLanguage, languages, pageSize, DEFAULT_TIME_ZONE);
    }

    /** Settings without menus, preview image or native slugs, with symbolic links kept inside their folders. */
    public SiteConfig(Map<String, String> title, Map<String, String> description, String baseUrl,
                      String defaultLanguage, List<String> languages, int pageSize, ZoneId timeZone) {
        this(title, description, baseUrl, defaultLanguage, languages, pageSize, timeZone, Map.of(), null, false, false);
    }

    /** Settings with symbolic links kept inside their folders. */
    public SiteConfig(Map<String, String> title, Map<String, String> description, String baseUrl,
                      String defaultLanguage, List<String> languages, int pageSize, ZoneId timeZone,
                      Map<String, List<MenuItem>> menus, String image, boolean nativeSlugs) {
        this(title, description, baseUrl, defaultLanguage, languages, pageSize, timeZone, menus, image, nativeSlugs,
                false);
    }

    /** The menu of {@code lang}, empty when it has none. */
    public List<MenuItem> menu(String lang) {
        return menus.getOrDefault(lang, List.of());
    }

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault(defaultLanguage, "Dozaban"));
    }

    public String description(String lang) {
        return description.getOrDefault(lang, "");
    }
}
