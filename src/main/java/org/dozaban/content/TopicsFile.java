package org.dozaban.content;

import org.dozaban.text.Slugs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code topics.yaml}: a mapping from ASCII topic key to the topic's {@code name} per language
 * (required) and its marker {@code words} per language (optional):
 * <pre>
 * iraq:
 *   name: {en: Iraq, fa: عراق}
 *   words:
 *     en: [Iraq, Baghdad]
 *     fa: [عراق, بغداد]
 * </pre>
 */
public final class TopicsFile {

    static final List<String> KEYS = List.of("name", "words");

    private static final String EXAMPLE = "iraq: {name: {en: Iraq, fa: عراق}, words: {en: [Iraq], fa: [عراق]}}";

    private final YamlFields fields;

    private TopicsFile(YamlFields fields) {
        this.fields = fields;
    }

    /**
     * Reads and validates {@code file}; the topics come sorted by key.
     *
     * @throws ContentException with every problem found in the file
     * @throws IOException      when the file exists but cannot be read
     */
    public static List<Topic> load(Path file) throws ContentException, IOException {
        Problems problems = new Problems();
        Optional<List<Topic>> topics = read(file, problems);
        problems.throwIfAny();
        return topics.orElseThrow();
    }

    /** The topics sorted by key, or empty when the file has problems (all reported). */
    static Optional<List<Topic>> read(Path file, Problems problems) throws IOException {
        int before = problems.count();
        Optional<List<Topic>> topics = YamlFile.readMapping(file, "the topic list", EXAMPLE, problems)
                .map(root -> new TopicsFile(new YamlFields(file, problems)).topics(root));
        return problems.count() == before ? topics : Optional.empty();
    }

    private List<Topic> topics(YamlNode.Mapping root) {
        List<Topic> topics = new ArrayList<>();
        for (YamlNode.Entry entry : root.entries()) {
            topic(entry).ifPresent(topics::add);
        }
        topics.sort((a, b) -> a.key().compareTo(b.key()));
        return topics;
    }

    private Optional<Topic> topic(YamlNode.Entry entry) {
        String key = entry.name();
        if (!Checks.isSlug(key)) {
            String suggestion = Slugs.slugify(key);
            fields.report(entry.key().place(), "topic key \"" + key + "\" is not a URL slug",
                    "use lower-case ASCII letters, digits and single hyphens, for example: "
                            + (suggestion.isEmpty() ? "iraq-war" : suggestion));
        }
        Optional<YamlNode.Mapping> map = fields.mapping(entry.value(), "topic \"" + key + "\"", EXAMPLE);
        map.ifPresent(m -> fields.rejectUnknownKeys(m, KEYS));
        return map.map(m -> new Topic(key, names(entry, m), words(m)));
    }

    private Map<String, String> names(YamlNode.Entry topic, YamlNode.Mapping map) {
        Optional<YamlNode.Entry> name = map.get("name");
        if (name.isEmpty()) {
            fields.report(topic.key().place(), "topic \"" + topic.name() + "\" has no name",
                    "add its name in each language, for example: name: {en: Iraq, fa: عراق}");
        }
        Map<String, String> names = new LinkedHashMap<>();
        name.flatMap(n -> languageMap(n, "name: {en: Iraq, fa: عراق}")).ifPresent(m -> m.entries()
                .forEach(e -> fields.text(e, "Iraq").ifPresent(text -> names.put(e.name(), text))));
        return names;
    }

    private Map<String, List<String>> words(YamlNode.Mapping map) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        map.get("words").flatMap(w -> languageMap(w, "words: {en: [Iraq, Baghdad]}")).ifPresent(m -> m.entries()
                .forEach(e -> fields.textList(e, "[Iraq, Baghdad]").ifPresent(list -> words.put(e.name(),
                        list.stream().map(YamlNode.Scalar::value).toList()))));
        return words;
    }

    /** A mapping keyed by supported language codes; unknown codes are reported. */
    private Optional<YamlNode.Mapping> languageMap(YamlNode.Entry entry, String example) {
        Optional<YamlNode.Mapping> map = fields.mapping(entry.value(), "\"" + entry.name() + "\"", example);
        map.ifPresent(m -> fields.rejectUnknown(m, SiteConfig.SUPPORTED_LANGUAGES, "language", "supported languages"));
        return map;
    }
}
