package org.dozaban.site;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs axe-core on the loaded page and keeps the violations that matter: serious and critical. */
final class AxeCheck {

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * Details only for violations: the passes of every rule make the result many times larger.
     * Together with skipping frames (the site has none) this halves the time axe takes per page.
     */
    private static final AxeRunOptions OPTIONS = new AxeRunOptions();

    static {
        OPTIONS.setResultTypes(List.of("violations"));
    }

    private AxeCheck() {
    }

    /**
     * Each serious or critical violation as {@code page: rule (impact) target: help}.
     *
     * <p>In legacy mode axe-core runs as {@code axe.run} in the page. The default mode runs it in parts
     * for each frame and then opens a blank window to put the parts together, which took about as long
     * again per page; the pages have no frames at load (a video's player is made on a click), and
     * frames are not tested anyway, so the two modes check the same document.
     */
    static List<String> check(WebDriver driver, String page) {
        AxeBuilder axe = new AxeBuilder().withOptions(OPTIONS).disableIframeTesting();
        axe.setLegacyMode(true);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            return List.of(page + ": axe-core failed: " + results.getErrorMessage());
        }
        List<String> failures = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING.contains(impact)) {
                    failures.add(page + ": " + rule.getId() + " (" + impact + ") " + node.getTarget()
                            + ": " + rule.getHelp());
                }
            }
        }
        return failures;
    }
}
