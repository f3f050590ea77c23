package org.dozaban.render;

import org.dozaban.testing.Trees;
import org.dozaban.content.Site;
import org.dozaban.publish.BundleFiles;
import org.dozaban.publish.FileCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A fixture site rendered with the real templates and written to a folder, as a publisher would. */
final class RenderedSite {

    static final Path TEMPLATES = Path.of("templates");

    final Path dir;
    final List<Page> pages;

    private RenderedSite(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = pages;
    }

    static RenderedSite render(Site site, Path dir) throws Exception {
        List<Page> pages = new SiteRenderer(TEMPLATES).render(site);
        for (Page page : pages) {
            Path file = dir.resolve(page.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.content(), StandardCharsets.UTF_8);
        }
        if (Files.isDirectory(TEMPLATES.resolve("assets"))) {
            Trees.copy(TEMPLATES.resolve("assets"), dir.resolve("assets"));
        }
        for (FileCopy copy : BundleFiles.of(site)) {
            Path target = dir.resolve(copy.path());
            Files.createDirectories(target.getParent());
            Files.copy(copy.source(), target);
        }
        return new RenderedSite(dir, pages);
    }

    /** The HTML pages, without the feeds, the sitemap and robots.txt. */
    List<Page> htmlPages() {
        return pages.stream().filter(p -> p.path().endsWith(".html")).toList();
    }

    /** The text of the written file at {@code path}. */
    String file(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    Document page(String path) throws IOException {
        Path file = dir.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no page " + path + "; pages: " + pages.stream().map(Page::path).toList());
        }
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

}
