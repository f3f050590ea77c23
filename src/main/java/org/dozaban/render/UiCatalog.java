package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads {@code i18n/<lang>.yaml} for every site language and checks they define the same keys, so a
 * template never shows one language a string the other lacks.
 *
 * <p>File shape: a {@code languages} mapping (language code to its name in this language) and a
 * {@code strings} mapping (key to text).
 */
public final class UiCatalog {

    private UiCatalog() {
    }

    /** The strings of each language in {@code languages}, in that order. */
    public static Map<String, UiStrings> load(Path i18nDir, List<String> languages) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Map<String, UiStrings> byLang = new LinkedHashMap<>();
        for (String lang : languages) {
            Path file = i18nDir.resolve(lang + ".yaml");
            try {
                byLang.put(lang, read(file, lang, languages));
            } catch (ContentException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(missingKeys(i18nDir, byLang));
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return byLang;
    }

    private static UiStrings read(Path file, String lang, List<String> languages) throws ContentException {
        if (!Files.isRegularFile(file)) {
            throw new ContentException(new Problem(file, 0, 0, "no interface strings for language " + lang,
                    "create " + file.getFileName() + " with 'languages' and 'strings' mappings"));
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromReader(reader);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            throw new ContentException(new Problem(file, line, column, "invalid YAML: " + e.getProblem(), ""));
        } catch (YamlEngineException | IOException e) {
            throw new ContentException(new Problem(file, 0, 0, "cannot read: " + e.getMessage(), ""));
        }
        Map<String, String> names = stringMap(root, "languages", file);
        Map<String, String> strings = stringMap(root, "strings", file);
        for (String other : languages) {
            if (!names.containsKey(other)) {
                throw new ContentException(new Problem(file, 0, 0, "no name for language " + other,
                        "add it under 'languages'"));
            }
        }
        return new UiStrings(lang, strings, names);
    }

    private static Map<String, String> stringMap(Object root, String key, Path file) throws ContentException {
        if (root instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> values) {
            Map<String, String> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
            return out;
        }
        throw new ContentException(new Problem(file, 0, 0, "missing mapping '" + key + "'",
                "the file needs top-level 'languages' and 'strings' mappings"));
    }

    private static List<Problem> missingKeys(Path i18nDir, Map<String, UiStrings> byLang) {
        Set<String> all = new TreeSet<>();
        byLang.values().forEach(ui -> all.addAll(ui.strings().keySet()));
        List<Problem> problems = new ArrayList<>();
        byLang.forEach((lang, ui) -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(ui.strings().keySet());
            if (!missing.isEmpty()) {
                problems.add(new Problem(i18nDir.resolve(lang + ".yaml"), 0, 0,
                        "missing interface strings: " + String.join(", ", missing),
                        "every language file defines the same keys"));
            }
        });
        return problems;
    }
}
