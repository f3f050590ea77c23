package org.dozaban.lint;

import org.dozaban.text.Language;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lint rules of one language, read from the resource {@code org/dozaban/lint/<lang>.yaml}; a
 * language without one has no rules. Rule sets are read once and shared; they are immutable.
 */
public final class RuleSet {

    /** The languages that have rule data. */
    public static final List<String> LANGUAGES = List.of(Language.PERSIAN.code());

    private static final Pattern WORD_LIST = Pattern.compile("\\{([a-z][a-z-]*)\\}");
    private static final Map<String, RuleSet> LOADED = new ConcurrentHashMap<>();

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules for {@code lang}, in the order the data lists them. */
    public static RuleSet forLanguage(String lang) {
        return LOADED.computeIfAbsent(lang, RuleSet::load);
    }

    /** The ids of every rule of every language, sorted. */
    public static Set<String> knownIds() {
        Set<String> ids = new TreeSet<>();
        for (String lang : LANGUAGES) {
            forLanguage(lang).rules().forEach(rule -> ids.add(rule.id()));
        }
        return ids;
    }

    public List<Rule> rules() {
        return rules;
    }

    private static RuleSet load(String lang) {
        String resource = "/org/dozaban/lint/" + lang + ".yaml";
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new RuleSet(List.of());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Object data = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromString(text);
            return parse(resource, asMap(data, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleSet parse(String resource, Map<String, Object> data) {
        Map<String, List<String>> words = new HashMap<>();
        asMap(data.getOrDefault("words", Map.of()), resource + " words").forEach((name, list) ->
                words.put(name, ((List<?>) list).stream().map(String::valueOf).toList()));
        List<Rule> rules = new ArrayList<>();
        for (Object item : (List<?>) data.get("rules")) {
            rules.add(rule(asMap(item, resource + " rule"), words, resource));
        }
        return new RuleSet(rules);
    }

    private static Rule rule(Map<String, Object> rule, Map<String, List<String>> words, String resource) {
        String id = (String) rule.get("id");
        String where = resource + " rule " + id;
        Pattern pattern = Pattern.compile(expand((String) rule.get("pattern"), words, where));
        List<String> unless = rule.containsKey("unless") ? list(words, (String) rule.get("unless"), where) : List.of();
        String lines = (String) rule.getOrDefault("lines", "persian");
        if (!lines.equals("persian") && !lines.equals("any")) {
            throw new IllegalStateException(where + ": lines must be persian or any, not " + lines);
        }
        return new Rule(id, pattern, correction(rule, where), Set.copyOf(unless), lines.equals("persian"),
                (String) rule.get("message"), (String) rule.get("hint"));
    }

    private static Correction correction(Map<String, Object> rule, String where) {
        if (rule.containsKey("replacement")) {
            return new Correction.Template((String) rule.get("replacement"));
        }
        if (rule.containsKey("transform")) {
            return Correction.Transform.named((String) rule.get("transform"));
        }
        if (rule.containsKey("translate")) {
            Map<String, Object> translate = asMap(rule.get("translate"), where);
            int[] from = ((String) translate.get("from")).codePoints().toArray();
            int[] to = ((String) translate.get("to")).codePoints().toArray();
            if (from.length != to.length) {
                throw new IllegalStateException(where + ": translate needs as many characters in from as in to");
            }
            Map<Integer, Integer> map = new HashMap<>();
            for (int i = 0; i < from.length; i++) {
                map.put(from[i], to[i]);
            }
            return new Correction.Translation(map);
        }
        throw new IllegalStateException(where + ": needs a replacement, translate or transform");
    }

    /** The pattern with each {@code {name}} replaced by the words of that list as quoted alternatives. */
    private static String expand(String pattern, Map<String, List<String>> words, String where) {
        Matcher m = WORD_LIST.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String alternatives = list(words, m.group(1), where).stream()
                    // longer words first, so that a word is not cut short by a prefix of it
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            m.appendReplacement(out, Matcher.quoteReplacement(alternatives));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> list(Map<String, List<String>> words, String name, String where) {
        List<String> list = words.get(name);
        if (list == null) {
            throw new IllegalStateException(where + ": no word list \"" + name + "\"");
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException(where + " is not a mapping");
        }
        return new LinkedHashMap<>((Map<String, Object>) value);
    }
}
