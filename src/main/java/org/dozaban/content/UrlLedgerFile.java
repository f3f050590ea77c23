package org.dozaban.content;

import org.dozaban.work.NewFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final int HEADER_LINES = (int) HEADER.lines().count();

    private UrlLedgerFile() {
    }

    /**
     * The ledger and where each address is written, for errors.
     *
     * @param ledger the ledger
     * @param places where each (identity, address) is written
     */
    record Read(UrlLedger ledger, Places places) {

        static final Read EMPTY = new Read(UrlLedger.EMPTY, new PlacesByAddress(Map.of()));

        /** Where {@code path} is written under {@code identity}, or null when it is not. */
        Place place(String identity, String path) {
            return places.of(identity, path);
        }
    }

    /** Where each address of a reading is written. */
    interface Places {
        /** Where {@code path} is written under {@code identity}, or null when it is not. */
        Place of(String identity, String path);
    }

    /** The places a YAML reading found, by identity and address. */
    private record PlacesByAddress(Map<String, Place> byAddress) implements Places {

        static String key(String identity, String path) {
            return identity + " " + path;
        }

        @Override
        public Place of(String identity, String path) {
            return byAddress.get(key(identity, path));
        }
    }

    /**
     * The places of a reading line by line, found only when asked for: only a problem with an address
     * needs its place, and a ledger holds an address or more for every article.
     *
     * @param written each identity's addresses as written, in order
     * @param lines   the line of each of them
     */
    private record WrittenLines(Map<String, List<String>> written, Map<String, List<Integer>> lines)
            implements Places {

        @Override
        public Place of(String identity, String path) {
            List<String> values = written.getOrDefault(identity, List.of());
            for (int i = 0; i < values.size(); i++) {
                // the first line that gives the address, as the reading took it
                if (path.equals(sitePath(values.get(i)))) {
                    return new Place(lines.get(identity).get(i), 5);
                }
            }
            return null;
        }
    }

    /** An address as written, as the YAML reading takes it; null when it is not one of this site. */
    private static String sitePath(String value) {
        // as the build writes them, most addresses are ones the YAML reading takes as they are
        return Checks.isSitePath(value) ? value : Checks.sitePath(value);
    }

    /** The ledger in {@code file}; empty when there is none yet, or when it has problems (all reported). */
    static Read read(Path file, Problems problems) throws IOException {
        if (!Files.exists(file)) {
            return Read.EMPTY;
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
                        places.put(PlacesByAddress.key(entry.name(), path), item.place());
                    }
                }
                paths.put(entry.name(), list);
            }
        });
        return problems.count() == before ? new Read(new UrlLedger(paths), new PlacesByAddress(places)) : Read.EMPTY;
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
        // the line of each address, beside it
        Map<String, List<Integer>> lines = new HashMap<>();
        List<String> current = null;
        List<Integer> currentLines = null;
        String identity = null;
        int line = HEADER_LINES;
        // row by row, each as text() writes it: identities in their sorted order, no empty row
        for (int at = HEADER.length(), end; at < text.length(); at = end + 1) {
            end = text.indexOf('\n', at);
            line++;
            if (text.startsWith("  - \"", at)) {
                String value = unquoted(text, at + 4, end);
                if (current == null || value == null || current.contains(value)) {
                    return Optional.empty();
                }
                current.add(value);
                currentLines.add(line);
            } else if (text.startsWith("\"", at) && end - at >= 3 && text.charAt(end - 1) == ':') {
                String next = unquoted(text, at, end - 1);
                if (next == null || identity != null && identity.compareTo(next) >= 0) {
                    return Optional.empty();
                }
                identity = next;
                current = new ArrayList<>(2);
                currentLines = new ArrayList<>(2);
                written.put(identity, current);
                lines.put(identity, currentLines);
            } else {
                return Optional.empty();
            }
        }
        if (written.values().stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        // each address as the YAML reading takes it
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : written.entrySet()) {
            List<String> values = entry.getValue();
            List<String> list = new ArrayList<>(values.size());
            for (String value : values) {
                String path = sitePath(value);
                if (path == null) {
                    return Optional.empty();
                }
                if (!list.contains(path)) {
                    list.add(path);
                }
            }
            paths.put(entry.getKey(), list);
        }
        return Optional.of(new Read(new UrlLedger(paths), new WrittenLines(written, lines)));
    }

    /**
     * The text of the double-quoted scalar {@code text[start, end)} exactly as {@link #quoted} writes it;
     * null for anything else.
     */
    private static String unquoted(String text, int start, int end) {
        if (end - start < 2 || text.charAt(start) != '"' || text.charAt(end - 1) != '"') {
            return null;
        }
        // most addresses and keys are plain ASCII, which is written as it is
        int i = start + 1;
        while (i < end - 1) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                break;
            }
            i++;
        }
        if (i == end - 1) {
            return text.substring(start + 1, end - 1);
        }
        StringBuilder out = new StringBuilder();
        for (i = start + 1; i < end - 1; ) {
            int c = text.codePointAt(i);
            if (c == '\\' && i + 2 < end && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '"')) {
                out.append(text.charAt(i + 1));
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
        for (Map.Entry<String, List<String>> entry : ledger.paths().entrySet()) {
            appendQuoted(out, entry.getKey()).append(":\n");
            for (String path : entry.getValue()) {
                appendQuoted(out.append("  - "), path).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Writes {@code ledger} to {@code file} when its text changed, through a temporary file moved into
     * place, so the file is never half-written.
     *
     * @return whether the file was written
     */
    public static boolean write(Path file, UrlLedger ledger) throws IOException {
        byte[] bytes = text(ledger).getBytes(StandardCharsets.UTF_8);
        // a ledger that grew has grown in length: only one of the same length is read to compare
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        // created as any new file, so its permissions follow the umask
        Path temp = NewFiles.write(file.toAbsolutePath().getParent(), "." + NAME + "-", bytes);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    /** Appends {@code text} in double quotes, its backslashes and quotes escaped. */
    private static StringBuilder appendQuoted(StringBuilder out, String text) {
        out.append('"');
        if (text.indexOf('\\') < 0 && text.indexOf('"') < 0) {
            // nearly every identity and address: nothing to escape
            out.append(text);
        } else {
            out.append(text.replace("\\", "\\\\").replace("\"", "\\\""));
        }
        return out.append('"');
    }
}
