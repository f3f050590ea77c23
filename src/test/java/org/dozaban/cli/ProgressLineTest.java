package org.dozaban.cli;

import org.dozaban.render.Progress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {

    @Test
    void nothingWhenStandardErrorIsNotATerminalOrQuiet() {
        // the tests' standard error is a pipe or a file
        assertSame(Progress.NONE, ProgressLine.open(false));
        assertSame(Progress.NONE, ProgressLine.open(true));
    }

    @Test
    void aLongStageShowsOneLineRewrittenInPlaceAndErasedAtTheEnd() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
        line.start("articles", 2000);
        for (int i = 0; i < 500; i++) {
            line.advance();
        }
        Thread.sleep(400);
        line.close();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("articles 500/2,000 ("), shown);
        assertTrue(shown.contains("/s)"), shown);
        assertTrue(shown.endsWith("\r\033[K"), "erased at the end");
        assertEquals(-1, shown.indexOf('\n'), "one line, never a new one");
    }

    @Test
    void aQuickBuildShowsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), ProgressLine.DELAY_MS);
        line.start("articles", 10);
        line.advance();
        line.close();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
