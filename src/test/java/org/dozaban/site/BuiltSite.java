package org.dozaban.site;

import org.dozaban.build.Builder;
import org.dozaban.content.ContentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of built HTML pages under test, whatever produced it.
 *
 * @param name a short name for messages: "fixture", or "site" for the real content
 * @param root the folder holding the pages
 */
record BuiltSite(String name, Path root) {

    /** Builds {@code contentDir} with {@code templatesDir} into {@code outDir}. */
    static BuiltSite build(String name, Path contentDir, Path templatesDir, Path outDir)
            throws ContentException, IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new IllegalStateException("no content folder at " + contentDir.toAbsolutePath());
        }
        Builder.build(new Builder.Options(contentDir, templatesDir, outDir));
        return new BuiltSite(name, outDir);
    }

    /** Every HTML page, as paths relative to the root with forward slashes, sorted. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a page given relative to the root. */
    Path file(String page) {
        return root.resolve(page);
    }

    /** The {@code file://} URL a browser loads the page from. */
    String url(String page) {
        return file(page).toUri().toString();
    }

    /** The page as shown in failure messages: site name, then the path inside the site. */
    String label(String page) {
        return name + "/" + page;
    }
}
