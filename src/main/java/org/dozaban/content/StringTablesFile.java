package org.dozaban.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML file whose top level names tables of text ({@code key: text}), such as the interface strings
 * of one language. Each table keeps the place of its name, so that checks across files (a key one
 * language lacks) can point at it.
 */
public final class StringTablesFile {

    /**
     * One table of the file.
     *
     * @param entries text by key, in the order written
     * @param line    1-based line of the table's name
     * @param column  1-based column of the table's name
     */
    public record Table(Map<String, String> entries, int line, int column) {

        public Table {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    private StringTablesFile() {
    }

    /**
     * Reads {@code file}, which must hold the tables {@code names} and nothing else.
     *
     * @param whatItIs how to name the file when it is missing, e.g. "the Persian interface strings"
     * @param example  a valid file, shown in hints
     * @return the tables by name, in the order of {@code names}
     * @throws ContentException with every problem found in the file
     * @throws IOException      when the file exists but cannot be read
     */
    public static Map<String, Table> load(Path file, List<String> names, String whatItIs, String example)
            throws ContentException, IOException {
        Problems problems = new Problems();
        YamlFields fields = new YamlFields(file, problems);
        Map<String, Table> tables = new LinkedHashMap<>();
        Optional<YamlNode.Mapping> root = YamlFile.readMapping(file, whatItIs, example, problems);
        root.ifPresent(map -> fields.rejectUnknownKeys(map, names));
        for (String name : root.isPresent() ? names : List.<String>of()) {
            Optional<YamlNode.Entry> entry = root.get().get(name);
            if (entry.isEmpty()) {
                fields.report(Place.START, "\"" + name + "\" is missing", "add the mapping, for example: " + example);
                continue;
            }
            fields.mapping(entry.get().value(), "\"" + name + "\"", example)
                    .ifPresent(map -> tables.put(name, table(entry.get(), map, fields)));
        }
        problems.throwIfAny();
        return tables;
    }

    private static Table table(YamlNode.Entry named, YamlNode.Mapping map, YamlFields fields) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (YamlNode.Entry entry : map.entries()) {
            fields.text(entry, "the text").ifPresent(text -> entries.put(entry.name(), text));
        }
        Place place = named.key().place();
        return new Table(entries, place.line(), place.column());
    }
}
