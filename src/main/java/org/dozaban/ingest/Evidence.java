package org.dozaban.ingest;

import java.util.List;

/**
 * The role decided for one block, how strongly, and the features that decided it.
 *
 * @param role     the role
 * @param score    the weight of the evidence (higher is surer); for titles, the candidate's score
 * @param features the features that decided it, in words
 */
public record Evidence(Role role, double score, List<String> features) {

    public Evidence {
        features = List.copyOf(features);
    }
}
