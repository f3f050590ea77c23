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
import java.util.function.Function;
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
            addTree(digest, code, file -> By.STAMP);
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            digest.update("unknown code".getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Every file of the templates folder (interface strings included), site.yaml, topics.yaml and
     * authors.yaml (bylines on every list show whose page they lead to). The assets count by their names
     * only: pages link to them but hold nothing of them, so a changed style sheet or script renders no page
     * again (see {@link #assetsKey}).
     */
    static String siteKey(Path content, Path templates) throws IOException {
        MessageDigest digest = Hashes.sha256();
        addTree(digest, content.resolve("site.yaml"), file -> By.BYTES);
        addTree(digest, content.resolve("topics.yaml"), file -> By.BYTES);
        addTree(digest, content.resolve(AuthorsFile.NAME), file -> By.BYTES);
        Path assets = templates.resolve(ASSETS);
        addTree(digest, templates, file -> file.startsWith(assets) ? By.NAME : By.BYTES);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The bytes of every asset, which a build copies as they are. */
    static String assetsKey(Path templates) throws IOException {
        MessageDigest digest = Hashes.sha256();
        addTree(digest, templates.resolve(ASSETS), file -> By.BYTES);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The folder of the templates folder whose files are published as they are. */
    private static final String ASSETS = "assets";

    /** What of a file a key takes. */
    private enum By {
        /** Its path and bytes. */
        BYTES,
        /** Its path, size and modification time: enough for a tool's own class files. */
        STAMP,
        /** Its path alone. */
        NAME
    }

    /** Adds the files of {@code root} (a file or a folder), each as {@code how} says. */
    private static void addTree(MessageDigest digest, Path root, Function<Path, By> how) throws IOException {
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
            switch (how.apply(file)) {
                case STAMP -> digest.update((Files.size(file) + "/"
                        + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)).getBytes(StandardCharsets.UTF_8));
                case BYTES -> digest.update(Hashes.sha256(Files.readAllBytes(file)).getBytes(StandardCharsets.US_ASCII));
                case NAME -> digest.update((byte) 'n');
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
