package org.dozaban.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code content/urls.yaml}, the {@link UrlLedger}. The build writes it; it is
 * committed with the content, so that every clone knows the addresses published before.
 */
public final class UrlLedgerFile {

    /** The ledger's file name in the content folder. */
    public static final String NAME = "urls.yaml";
    /** The ledger grows with the archive, about 150 characters an article: room for a million articles. */
    static final int MAX_LENGTH = 200_000_000;

    private static final String HEADER = """
            # Every address published for each article, oldest first, by translationKey and language
            # (else by file). Written by `dozaban build`: commit it with the content. An address that is
            # no longer an article's own gets a page that redirects to the current one.
            """;

    private UrlLedgerFile() {
    }

    /**
     * The ledger and where each address is written, for errors.
     *
     * @param ledger the ledger
     * @param places where each (identity, address) is written
     */
    record Read(UrlLedger ledger, Map<String, Place> places) {

        static String key(String identity, String path) {
            return identity + " " + path;
        }
    }

    /** The ledger in {@code file}; empty when there is none yet, or when it has problems (all reported). */
    static Read read(Path file, Problems problems) throws IOException {
        if (!Files.exists(file)) {
            return new Read(UrlLedger.EMPTY, Map.of());
        }
        Optional<Read> canonical = readCanonical(Files.readAllBytes(file));
        return canonical.isPresent() ? canonical.get() : readYaml(file, problems);
    }

    /** The ledger in an existing {@code file}, read as YAML whatever its layout. */
    static Read readYaml(Path file, Problems problems) throws IOException {
        int before = problems.count();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        Map<String, Place> places = new HashMap<>();
        YamlFields fields = new YamlFields(file, problems);
        Optional<YamlNode.Mapping> root = YamlFile.readMapping(file, "the address ledger",
                "\"en:a-translation-key\": [en/2014/06/a-slug/]", MAX_LENGTH, problems);
        root.ifPresent(map -> {
            for (YamlNode.Entry entry : map.entries()) {
                List<String> list = new ArrayList<>();
                for (YamlNode.Scalar item : fields.textList(entry, "[en/2014/06/a-slug/]").orElse(List.of())) {
                    String path = Checks.sitePath(item.value());
                    if (path == null) {
                        fields.report(item.place(), "\"" + item.value() + "\" is not a path of this site",
                                "the build writes this file; restore it from version control");
                    } else if (!list.contains(path)) {
                        list.add(path);
                        places.put(Read.key(entry.name(), path), item.place());
                    }
                }
                paths.put(entry.name(), list);
            }
        });
        return problems.count() == before ? new Read(new UrlLedger(paths), places) : new Read(UrlLedger.EMPTY, Map.of());
    }

    /**
     * The ledger of a file exactly as {@link #text} writes it, read line by line without a YAML parser, as
     * the build leaves it; empty for anything else (an edited or merged file, odd characters, a path that is
     * not one of this site), which the YAML reading then reads and reports on. Written text read back and
     * written again gives the same bytes, so both readings agree.
     */
    static Optional<Read> readCanonical(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER) || !text.endsWith("\n")) {
            return Optional.empty();
        }
        Map<String, List<String>> written = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> current = null;
        String identity = null;
        int line = (int) HEADER.lines().count();
        for (String row : text.substring(HEADER.length()).split("\n", -1)) {
            line++;
            if (row.isEmpty()) {
                continue;
            }
            if (row.startsWith("  - \"")) {
                String value = unquoted(row.substring(4));
                if (current == null || value == null || lines.putIfAbsent(Read.key(identity, value), line) != null) {
                    return Optional.empty();
                }
                current.add(value);
            } else if (row.startsWith("\"") && row.endsWith("\":")) {
                identity = unquoted(row.substring(0, row.length() - 1));
                if (identity == null || written.containsKey(identity)) {
                    return Optional.empty();
                }
                current = new ArrayList<>();
                written.put(identity, current);
            } else {
                return Optional.empty();
            }
        }
        if (written.values().stream().anyMatch(List::isEmpty) || !text.equals(text(new UrlLedger(written)))) {
            return Optional.empty();
        }
        // each address as the YAML reading takes it
        Map<String, List<String>> paths = new LinkedHashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : written.entrySet()) {
            List<String> list = new ArrayList<>();
            for (String value : entry.getValue()) {
                String path = Checks.sitePath(value);
                if (path == null) {
                    return Optional.empty();
                }
                if (!list.contains(path)) {
                    list.add(path);
                    places.put(Read.key(entry.getKey(), path), new Place(lines.get(Read.key(entry.getKey(), value)), 5));
                }
            }
            paths.put(entry.getKey(), list);
        }
        return Optional.of(new Read(new UrlLedger(paths), places));
    }

    /** The text of a whole double-quoted scalar as {@link #quoted} writes it, or null for anything else. */
    private static String unquoted(String scalar) {
        if (scalar.length() < 2 || scalar.charAt(0) != '"' || scalar.charAt(scalar.length() - 1) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < scalar.length() - 1; ) {
            int c = scalar.codePointAt(i);
            if (c == '\\' && i + 2 < scalar.length() && (scalar.charAt(i + 1) == '\\' || scalar.charAt(i + 1) == '"')) {
                out.append(scalar.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\\' || c == '"' || c == '\t' || c == '\n' || !YamlText.isAllowed(c)) {
                return null;
            }
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The file's text for {@code ledger}: the same ledger always gives the same bytes. */
    public static String text(UrlLedger ledger) {
        StringBuilder out = new StringBuilder(HEADER);
        ledger.paths().forEach((identity, paths) -> {
            out.append(quoted(identity)).append(":\n");
            paths.forEach(path -> out.append("  - ").append(quoted(path)).append('\n'));
        });
        return out.toString();
    }

    /**
     * Writes {@code ledger} to {@code file} when its text changed, through a temporary file moved into
     * place, so the file is never half-written.
     *
     * @return whether the file was written
     */
    public static boolean write(Path file, UrlLedger ledger) throws IOException {
        String text = text(ledger);
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        // created as any new file, so its permissions follow the umask
        Path temp = file.toAbsolutePath().resolveSibling("." + NAME + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
