package org.dozaban.content;

import org.dozaban.text.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the optional {@code authors.yaml}: for each person, the slug of their pages as the key and
 * their name in each language, so that an English and a Persian byline of one person share one page
 * per language, under a readable slug:
 * <pre>
 * chris-marsden:
 *   name: {en: Chris Marsden, fa: کریس مارسدن}
 * </pre>
 */
public final class AuthorsFile {

    public static final String NAME = "authors.yaml";

    static final List<String> KEYS = List.of("name");

    private static final String EXAMPLE = "chris-marsden: {name: {en: Chris Marsden, fa: کریس مارسدن}}";

    private final YamlFields fields;
    private final boolean nativeSlugs;
    /** Each name given so far, with the place it was first given. */
    private final Map<String, YamlNode.Entry> names = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    private AuthorsFile(YamlFields fields, boolean nativeSlugs) {
        this.fields = fields;
        this.nativeSlugs = nativeSlugs;
    }

    /**
     * The people of {@code file}; {@link People#NONE} when there is no such file, empty when the file has
     * problems (all reported).
     *
     * @param nativeSlugs whether the site's slugs may keep Persian letters ({@code slugs: native})
     */
    static Optional<People> read(Path file, boolean nativeSlugs, Problems problems) throws IOException {
        if (!Files.exists(file)) {
            return Optional.of(People.NONE);
        }
        int before = problems.count();
        Optional<People> people = YamlFile.readMapping(file, "the author list", EXAMPLE, problems)
                .map(root -> new AuthorsFile(new YamlFields(file, problems), nativeSlugs).people(root));
        return problems.count() == before ? people : Optional.empty();
    }

    private People people(YamlNode.Mapping root) {
        List<Person> people = new ArrayList<>();
        for (YamlNode.Entry entry : root.entries()) {
            person(entry).ifPresent(people::add);
        }
        return new People(people);
    }

    private Optional<Person> person(YamlNode.Entry entry) {
        String slug = entry.name();
        if (!Checks.isSlug(slug) && !(nativeSlugs && Slugs.isNativeSlug(slug))) {
            String suggestion = Slugs.slugify(slug);
            fields.report(entry.key().place(), "author key \"" + slug + "\" is not a URL slug",
                    "use lower-case ASCII letters, digits and single hyphens, for example: "
                            + (suggestion.isEmpty() ? "chris-marsden" : suggestion)
                            + (nativeSlugs ? "" : " (with slugs: native in site.yaml, Persian letters too)"));
        }
        Optional<YamlNode.Mapping> map = fields.mapping(entry.value(), "author \"" + slug + "\"", EXAMPLE);
        map.ifPresent(m -> fields.rejectUnknownKeys(m, KEYS));
        return map.flatMap(m -> names(entry, m)).map(n -> new Person(slug, n));
    }

    private Optional<Map<String, String>> names(YamlNode.Entry person, YamlNode.Mapping map) {
        Optional<YamlNode.Entry> name = map.get("name");
        if (name.isEmpty()) {
            fields.report(person.key().place(), "author \"" + person.name() + "\" has no name",
                    "add their name in each language, for example: name: {en: Chris Marsden, fa: کریس مارسدن}");
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> languages = fields.mapping(name.get().value(), "\"name\"",
                "name: {en: Chris Marsden, fa: کریس مارسدن}");
        languages.ifPresent(m -> fields.rejectUnknown(m, SiteConfig.SUPPORTED_LANGUAGES, "language",
                "supported languages"));
        Map<String, String> names = new LinkedHashMap<>();
        languages.ifPresent(m -> m.entries().forEach(e -> fields.text(e, "Chris Marsden").ifPresent(text -> {
            if (unique(person.name(), e, text.strip())) {
                names.put(e.name(), text.strip());
            }
        })));
        return Optional.of(names);
    }

    /** Whether {@code name} is given to no other person; reports it when it is. */
    private boolean unique(String slug, YamlNode.Entry entry, String name) {
        String owner = owners.putIfAbsent(name, slug);
        if (owner == null || owner.equals(slug)) {
            names.putIfAbsent(name, entry);
            return true;
        }
        fields.report(entry.value().place(), "the name \"" + name + "\" is given to \"" + owner + "\" (line "
                        + names.get(name).value().place().line() + ") and to \"" + slug + "\"",
                "give each name to one person: bylines find the person by name");
        return false;
    }
}
