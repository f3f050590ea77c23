package org.dozaban.publish;

import org.dozaban.render.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a whole site held in memory through an {@link OutputTree}, so the output folder is never left
 * half-written and files whose bytes do not change keep their modification time.
 */
public final class Publisher {

    private Publisher() {
    }

    /**
     * Writes {@code pages} and copies the files under {@code assetsDir} (kept under {@code assets/}),
     * then updates {@code out} to hold exactly these files.
     *
     * @return the number of asset files copied
     */
    public static int publish(List<Page> pages, Path assetsDir, Path out) throws IOException {
        OutputTree tree = OutputTree.open(out, Map.of());
        try {
            for (Page page : pages) {
                tree.write(page.path(), "", page.content());
            }
            int assets = copyAssets(tree, assetsDir);
            tree.commit();
            return assets;
        } finally {
            tree.abandon();
        }
    }

    /** Copies the files under {@code assetsDir} into {@code tree} under {@code assets/}; returns how many. */
    public static int copyAssets(OutputTree tree, Path assetsDir) throws IOException {
        if (!Files.isDirectory(assetsDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(assetsDir)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : regular) {
                tree.copy(file, assetPath(assetsDir, file));
            }
            return regular.size();
        }
    }

    /** Where the site publishes {@code file}, one of the files under {@code assetsDir}. */
    public static String assetPath(Path assetsDir, Path file) {
        return "assets/" + assetsDir.relativize(file).toString().replace('\\', '/');
    }

    /** Deletes a folder tree if it exists. */
    public static void deleteTree(Path root) throws IOException {
        OutputTree.deleteTree(root);
    }
}
