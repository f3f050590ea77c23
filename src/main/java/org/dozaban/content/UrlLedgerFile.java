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
        int before = problems.count();
        Map<String, List<String>> paths = new LinkedHashMap<>();
        Map<String, Place> places = new HashMap<>();
        YamlFields fields = new YamlFields(file, problems);
        Optional<YamlNode.Mapping> root = YamlFile.readMapping(file, "the address ledger",
                "\"en:a-translation-key\": [en/2014/06/a-slug/]", problems);
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
