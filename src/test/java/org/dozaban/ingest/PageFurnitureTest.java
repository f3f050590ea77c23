package org.dozaban.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFurnitureTest {

    @Test
    void removesPageNumbersFormFeedsAndRunningHeaders() {
        String text = "REVIEW   Spring\n\nText one and the\n\n- 1 -\n\f\nREVIEW   Spring\n\nrest of it.\n\n- 2 -\n";
        PageFurniture f = PageFurniture.remove(text);
        assertEquals("\n\nText one and the\n\n\n\n\n\nrest of it.\n\n\n", f.text());
        assertTrue(f.removed().get(1).startsWith("running header or footer"), f.removed().toString());
        assertTrue(f.removed().get(5).startsWith("page number"), f.removed().toString());
    }

    @Test
    void readsPersianPageNumbersAndRunningFootersWithTheirNumber() {
        PageFurniture f = PageFurniture.remove("متن\n\nصفحه ۱ از ۲\n\nادامه\n\nHill Post — Page 2 of 2\n");
        assertEquals("متن\n\n\n\nادامه\n\n\n", f.text());
    }

    @Test
    void aLoneNumberIsAPageNumberOnlyBesideAFormFeedOrInARisingSeries() {
        assertEquals("Text\n\n1914\n\nMore", PageFurniture.remove("Text\n\n1914\n\nMore").text());
        assertEquals("Text\n\n\n\nMore\n\n\n", PageFurniture.remove("Text\n\n— ۱ —\n\nMore\n\n۲\n").text());
    }
}
