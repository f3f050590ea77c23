package org.dozaban.build;

import org.dozaban.content.AuthorsFile;
import org.dozaban.text.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Keys of the inputs every page depends on, for the build cache. */
final class BuildInputs {

    private BuildInputs() {
    }

    /**
     * The running tool: its version and the bytes of its code (the jar, or the class files of a build
     * run from a class folder), so that a changed tool never reuses what another one rendered.
     */
    static String toolKey() throws IOException {
        MessageDigest digest = Hashes.sha256();
        digest.update(version().getBytes(StandardCharsets.UTF_8));
        try {
            Path code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            addTree(digest, code, true);
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            digest.update("unknown code".getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Every file of the templates folder (interface strings and assets included), site.yaml, topics.yaml
     * and authors.yaml (bylines on every list show whose page they lead to).
     */
    static String siteKey(Path content, Path templates) throws IOException {
        MessageDigest digest = Hashes.sha256();
        addTree(digest, content.resolve("site.yaml"), false);
        addTree(digest, content.resolve("topics.yaml"), false);
        addTree(digest, content.resolve(AuthorsFile.NAME), false);
        addTree(digest, templates, false);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Adds the files of {@code root} (a file or a folder), each by its path and its bytes, or, with
     * {@code bySize}, its size and modification time, which is enough for a tool's own class files.
     */
    private static void addTree(MessageDigest digest, Path root, boolean bySize) throws IOException {
        if (!Files.exists(root)) {
            digest.update(("missing " + root.getFileName()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (bySize) {
                digest.update((Files.size(file) + "/" + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS))
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                digest.update(Hashes.sha256(Files.readAllBytes(file)).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static String version() throws IOException {
        Properties props = new Properties();
        try (InputStream in = BuildInputs.class.getResourceAsStream("/org/dozaban/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props.getProperty("version", "unknown");
    }
}
