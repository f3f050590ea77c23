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

    /** Each serious or critical violation as {@code page: rule (impact) target: help}. */
    static List<String> check(WebDriver driver, String page) {
        Results results = new AxeBuilder().withOptions(OPTIONS).disableIframeTesting().analyze(driver);
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
