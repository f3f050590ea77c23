package org.dozaban.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long one named build stage took.
 *
 * @param stage    stage name, e.g. "load"
 * @param duration wall-clock time
 * @param parts    the stage's own stages, in order, or none
 */
public record StageTiming(String stage, Duration duration, Map<String, Duration> parts) {

    public StageTiming {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public StageTiming(String stage, Duration duration) {
        this(stage, duration, Map.of());
    }
}
