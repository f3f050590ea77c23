package org.dozaban.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @Test
    void linksFromTheRootStayInPlace() {
        assertEquals("en/index.html", RelativeUrls.between("index.html", "en/"));
        assertEquals("index.html", RelativeUrls.between("404.html", ""));
        assertEquals("assets/style.css", RelativeUrls.between("index.html", "assets/style.css"));
    }

    @Test
    void linksFromDeepPagesClimbToTheRootFirst() {
        assertEquals("../../../../en/index.html", RelativeUrls.between("en/2014/06/slug/index.html", "en/"));
        assertEquals("../../../../../fa/topics/iraq/index.html",
                RelativeUrls.between("en/topics/iraq/page/2/index.html", "fa/topics/iraq/"));
        assertEquals("../../assets/style.css", RelativeUrls.between("fa/topics/index.html", "assets/style.css"));
    }

    @Test
    void foldersAreLinkedThroughTheirIndexFile() {
        assertEquals("fa/undated/x/index.html", RelativeUrls.fileOf("fa/undated/x/"));
        assertEquals("index.html", RelativeUrls.fileOf(""));
        assertEquals("404.html", RelativeUrls.fileOf("404.html"));
    }
}
