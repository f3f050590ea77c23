package org.dozaban.build;

import java.time.Duration;

/**
 * How long one named build stage took.
 *
 * @param stage    stage name, e.g. "load"
 * @param duration wall-clock time
 */
public record StageTiming(String stage, Duration duration) {
}
