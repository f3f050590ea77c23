package org.dozaban.content;

import org.dozaban.text.Language;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code site.yaml} into a {@link SiteConfig}. {@code baseUrl} is required (an absolute http(s)
 * URL, given a trailing '/' when it has none); {@code languages} defaults to {@code [fa, en]},
 * {@code defaultLanguage} to {@code fa} (or the first language when fa is not one), {@code pageSize}
 * to 20, {@code timeZone} (an IANA time zone id) to UTC.
 */
public final class SiteConfigFile {

    static final List<String> KEYS = List.of("title", "description", "baseUrl", "defaultLanguage", "languages",
            "pageSize", "lint",
            "timeZone", "menus", "image", "slugs", "allowExternalSymlinks");

    private static final int DEFAULT_PAGE_SIZE = 20;
    /** More articles than this on one page is never meant. */
    private static final int MAX_PAGE_SIZE = 10_000;
    private static final String TIME_ZONE_EXAMPLE = "Asia/Tehran";
    private static final String EXAMPLE = "baseUrl: https://dozaban.example.org/";

    private final YamlFields fields;
    private final YamlNode.Mapping root;

    private SiteConfigFile(YamlFields fields, YamlNode.Mapping root) {
        this.fields = fields;
        this.root = root;
    }

    /**
     * Reads and validates {@code file}.
     *
     * @throws ContentException with every problem found in the file
     * @throws IOException      when the file exists but cannot be read
     */
    public static SiteConfig load(Path file) throws ContentException, IOException {
        Problems problems = new Problems();
        Optional<SiteConfig> config = read(file, problems);
        problems.throwIfAny();
        return config.orElseThrow();
    }

    /** The configuration, or empty when the file has problems (all reported). */
    static Optional<SiteConfig> read(Path file, Problems problems) throws IOException {
        int before = problems.count();
        Optional<SiteConfig> config = YamlFile.readMapping(file, "the site configuration", EXAMPLE, problems)
                .map(root -> new SiteConfigFile(new YamlFields(file, problems), root).config());
        return problems.count() == before ? config : Optional.empty();
    }

    private SiteConfig config() {
        fields.rejectUnknownKeys(root, KEYS);
        List<String> languages = languages();
        String defaultLanguage = defaultLanguage(languages);
        return new SiteConfig(
                perLanguage("title", "{fa: دوزبان, en: Dozaban}", languages),
                perLanguage("description", "{fa: بایگانی مقاله‌ها, en: An article archive}", languages),
                baseUrl(),
                defaultLanguage,
                languages,
                root.get("pageSize").flatMap(e -> fields.wholeNumber(e, 1, MAX_PAGE_SIZE, "20")).orElse(DEFAULT_PAGE_SIZE),
                root.get("timeZone").flatMap(this::timeZone).orElse(SiteConfig.DEFAULT_TIME_ZONE),
                new MenusReader(fields).read(root.get("menus"), languages),
                image(),
                nativeSlugs(),
                root.get("allowExternalSymlinks").flatMap(fields::bool).orElse(false));
    }

    private Optional<ZoneId> timeZone(YamlNode.Entry entry) {
        Optional<String> id = fields.text(entry, TIME_ZONE_EXAMPLE);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.get()));
        } catch (DateTimeException e) {
            fields.report(entry.value().place(), "unknown time zone \"" + id.get() + "\"",
                    "give an IANA time zone id, for example: timeZone: " + TIME_ZONE_EXAMPLE + " (or UTC)");
            return Optional.empty();
        }
    }

    private String image() {
        Optional<YamlNode.Entry> entry = root.get("image");
        Optional<String> value = entry.flatMap(e -> fields.text(e, "assets/preview.png"));
        if (value.isEmpty()) {
            return null;
        }
        String path = Checks.sitePath(value.get());
        if (path == null || !path.startsWith("assets/") || path.equals("assets/")) {
            fields.report(entry.get().value().place(), "image \"" + value.get() + "\" is not a file under assets/",
                    "put the image in templates/assets/ and give its path in the site, for example: "
                            + "image: assets/preview.png");
            return null;
        }
        return path.substring(0, path.length() - 1);
    }

    private boolean nativeSlugs() {
        Optional<YamlNode.Entry> entry = root.get("slugs");
        Optional<String> value = entry.flatMap(e -> fields.text(e, "ascii"));
        if (value.isEmpty() || value.get().equals("ascii")) {
            return false;
        }
        if (!value.get().equals("native")) {
            fields.report(entry.get().value().place(), "slugs \"" + value.get() + "\" is not ascii or native",
                    "write slugs: ascii (URLs in Latin letters, the default) or slugs: native (Persian letters)");
        }
        return value.get().equals("native");
    }

    private List<String> languages() {
        Optional<YamlNode.Entry> entry = root.get("languages");
        if (entry.isEmpty()) {
            return SiteConfig.SUPPORTED_LANGUAGES;
        }
        List<String> languages = new ArrayList<>();
        for (YamlNode.Scalar item : fields.textList(entry.get(), "[fa, en]").orElse(List.of())) {
            if (!checkLanguage(item, SiteConfig.SUPPORTED_LANGUAGES, "supported languages")) {
                continue;
            }
            if (languages.contains(item.value())) {
                fields.report(item.place(), "language \"" + item.value() + "\" is listed twice", "list it once");
            } else {
                languages.add(item.value());
            }
        }
        return languages.isEmpty() ? SiteConfig.SUPPORTED_LANGUAGES : languages;
    }

    private String defaultLanguage(List<String> languages) {
        Optional<YamlNode.Entry> entry = root.get("defaultLanguage");
        Optional<String> given = entry.flatMap(e -> fields.text(e, Language.PERSIAN.code()));
        if (given.isPresent() && checkLanguage((YamlNode.Scalar) entry.get().value(), languages, "site languages")) {
            return given.get();
        }
        return languages.contains(Language.PERSIAN.code()) ? Language.PERSIAN.code() : languages.get(0);
    }

    private boolean checkLanguage(YamlNode.Scalar value, List<String> known, String label) {
        if (known.contains(value.value())) {
            return true;
        }
        fields.report(value.place(), "unknown language \"" + value.value() + "\"",
                Suggestions.hint(value.value(), known, label));
        return false;
    }

    private Map<String, String> perLanguage(String key, String example, List<String> languages) {
        Map<String, String> values = new LinkedHashMap<>();
        root.get(key)
                .flatMap(entry -> fields.mapping(entry.value(), "\"" + key + "\"", key + ": " + example))
                .ifPresent(map -> {
                    fields.rejectUnknown(map, languages, "language", "site languages");
                    map.entries().stream().filter(entry -> languages.contains(entry.name())).forEach(entry ->
                            fields.text(entry, "the " + key + " in that language")
                                    .ifPresent(text -> values.put(entry.name(), text)));
                });
        return values;
    }

    private String baseUrl() {
        Optional<YamlNode.Entry> entry = root.get("baseUrl");
        if (entry.isEmpty()) {
            fields.report(Place.FILE, "\"baseUrl\" is missing",
                    "add the absolute URL the site is served at, for example: " + EXAMPLE);
            return "";
        }
        Optional<String> url = fields.webUrl(entry.get(), "https://dozaban.example.org/");
        if (url.isPresent() && !Checks.isFolderUrl(url.get())) {
            fields.report(entry.get().value().place(), "baseUrl \"" + url.get() + "\" has a query or fragment",
                    "page paths are appended to it; give the folder the site is served from, for example: "
                            + EXAMPLE);
            return "";
        }
        return url.map(u -> u.endsWith("/") ? u : u + "/").orElse("");
    }
}
