package org.dozaban.render;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.content.StringTablesFile;
import org.dozaban.content.StringTablesFile.Table;

import java.io.IOException;
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

    private static final String LANGUAGES = "languages";
    private static final String STRINGS = "strings";
    private static final String EXAMPLE = "{languages: {en: English, fa: Persian}, strings: {home: Home}}";

    private UiCatalog() {
    }

    /**
     * The strings of each language in {@code languages}, in that order.
     *
     * @throws ContentException with every problem of every file, each with its place
     */
    public static Map<String, UiStrings> load(Path i18nDir, List<String> languages) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, Table>> files = new LinkedHashMap<>();
        for (String lang : languages) {
            Path file = file(i18nDir, lang);
            try {
                Map<String, Table> tables = StringTablesFile.load(file, List.of(LANGUAGES, STRINGS),
                        "the interface strings file of " + lang, EXAMPLE);
                problems.addAll(unnamedLanguages(file, tables.get(LANGUAGES), languages));
                files.put(lang, tables);
            } catch (ContentException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(file, 0, 0, "cannot read the file: " + e.getMessage(),
                        "check that it is a readable file"));
            }
        }
        problems.addAll(missingKeys(i18nDir, files));
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        Map<String, UiStrings> byLang = new LinkedHashMap<>();
        files.forEach((lang, tables) ->
                byLang.put(lang, new UiStrings(lang, tables.get(STRINGS).entries(), tables.get(LANGUAGES).entries())));
        return byLang;
    }

    private static Path file(Path i18nDir, String lang) {
        return i18nDir.resolve(lang + ".yaml");
    }

    /** Every site language needs a name in each interface, for the language switch and list labels. */
    private static List<Problem> unnamedLanguages(Path file, Table names, List<String> languages) {
        return languages.stream().filter(other -> !names.entries().containsKey(other))
                .map(other -> at(file, names, "no name for language " + other,
                        "add it under \"" + LANGUAGES + "\", for example: " + other + ": its name in this language"))
                .toList();
    }

    private static List<Problem> missingKeys(Path i18nDir, Map<String, Map<String, Table>> files) {
        Set<String> all = new TreeSet<>();
        files.values().forEach(tables -> all.addAll(tables.get(STRINGS).entries().keySet()));
        List<Problem> problems = new ArrayList<>();
        files.forEach((lang, tables) -> {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(tables.get(STRINGS).entries().keySet());
            if (!missing.isEmpty()) {
                problems.add(at(file(i18nDir, lang), tables.get(STRINGS),
                        "missing interface strings: " + String.join(", ", missing),
                        "every language file defines the same keys; add them under \"" + STRINGS + "\""));
            }
        });
        return problems;
    }

    private static Problem at(Path file, Table table, String message, String hint) {
        return new Problem(file, table.line(), table.column(), message, hint);
    }
}
