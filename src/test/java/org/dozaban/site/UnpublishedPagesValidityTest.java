package org.dozaban.site;

import org.dozaban.build.Builder;
import org.dozaban.content.Inclusion;
import org.dozaban.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages that mark drafts and scheduled articles pass the Nu Html Checker like every other page. */
class UnpublishedPagesValidityTest {

    @TempDir
    Path work;

    @Test
    void markedPagesAreValidHtml() throws Exception {
        Path content = Trees.copy(TestSites.FIXTURE_CONTENT, work.resolve("content"));
        Files.writeString(content.resolve("fa/draft.md"), "---\ntitle: پیش‌نویس آزمایشی\ndate: 2015-01-01\n"
                + "draft: true\nslug: a-draft\n---\nمتن پیش‌نویس.\n");
        Files.writeString(content.resolve("en/later.md"), "---\ntitle: Written for later\ndate: 2999-01-01\n---\nLater.\n");
        Path site = work.resolve("site");
        Builder.build(new Builder.Options(content, TestSites.TEMPLATES, site).withInclusion(Inclusion.EVERYTHING));
        HtmlChecker checker = new HtmlChecker();
        List<String> marked = new ArrayList<>();
        List<HtmlMessage> errors = new ArrayList<>();
        for (Path page : Trees.files(site, ".html")) {
            if (!Jsoup.parse(page.toFile()).select(".unpublished, .entry__status").isEmpty()) {
                marked.add(site.relativize(page).toString());
                checker.check(page, page.toString()).stream().filter(HtmlMessage::error).forEach(errors::add);
            }
        }
        assertTrue(marked.contains(Path.of("fa/2015/01/a-draft/index.html").toString()), marked.toString());
        assertTrue(marked.contains(Path.of("en/index.html").toString()), marked.toString());
        assertEquals(List.of(), errors);
    }
}
