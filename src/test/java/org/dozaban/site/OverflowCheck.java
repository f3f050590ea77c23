package org.dozaban.site;

import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Optional;

/** Checks that the loaded page does not scroll sideways at the current viewport width. */
final class OverflowCheck {

    private static final PageScript SCRIPT = PageScript.load("overflow.js");

    private OverflowCheck() {
    }

    /** A failure naming {@code page}, the widths and the elements that stick out, if any. */
    static Optional<String> check(WebDriver driver, String page) {
        List<?> result = (List<?>) SCRIPT.run(driver);
        long scrollWidth = ((Number) result.get(0)).longValue();
        long clientWidth = ((Number) result.get(1)).longValue();
        if (scrollWidth <= clientWidth) {
            return Optional.empty();
        }
        StringBuilder failure = new StringBuilder()
                .append(page).append(": ").append(scrollWidth).append(" px wide in a ")
                .append(clientWidth).append(" px viewport");
        for (Object offender : (List<?>) result.get(2)) {
            List<?> cells = (List<?>) offender;
            failure.append("\n    ").append(cells.get(0))
                    .append(" spans x=").append(cells.get(1)).append("..").append(cells.get(2));
        }
        return Optional.of(failure.toString());
    }
}
