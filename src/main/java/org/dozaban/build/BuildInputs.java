package org.dozaban.build;

import org.dozaban.content.AuthorsFile;
import org.dozaban.text.KeyHash;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
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
        KeyHash digest = new KeyHash();
        digest.text(version());
        try {
            Path code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            addTree(digest, code, file -> By.STAMP);
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            digest.text("unknown code");
        }
        return digest.hex();
    }

    /**
     * Every file of the templates folder (interface strings included), site.yaml, topics.yaml and
     * authors.yaml (bylines on every list show whose page they lead to). The assets count by their names
     * only: pages link to them but hold nothing of them, so a changed style sheet or script renders no page
     * again (see {@link #assetsKey}).
     */
    static String siteKey(Path content, Path templates) throws IOException {
        KeyHash digest = new KeyHash();
        addTree(digest, content.resolve("site.yaml"), file -> By.BYTES);
        addTree(digest, content.resolve("topics.yaml"), file -> By.BYTES);
        addTree(digest, content.resolve(AuthorsFile.NAME), file -> By.BYTES);
        Path assets = templates.resolve(ASSETS);
        addTree(digest, templates, file -> file.startsWith(assets) ? By.NAME : By.BYTES);
        return digest.hex();
    }

    /** The bytes of every asset, which a build copies as they are. */
    static String assetsKey(Path templates) throws IOException {
        KeyHash digest = new KeyHash();
        addTree(digest, templates.resolve(ASSETS), file -> By.BYTES);
        return digest.hex();
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
    private static void addTree(KeyHash digest, Path root, Function<Path, By> how) throws IOException {
        if (!Files.exists(root)) {
            digest.text("missing " + root.getFileName());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            digest.text(root.relativize(file).toString());
            switch (how.apply(file)) {
                case STAMP -> digest.tag((byte) 's').number(Files.size(file))
                        .number(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS));
                case BYTES -> digest.tag((byte) 'b').bytes(new KeyHash().bytes(Files.readAllBytes(file)).digest());
                case NAME -> digest.tag((byte) 'n');
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
