package org.alliancetimeline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A NATO partner country as the gazetteer knows it.
 *
 * @param name       canonical name ("Bosnia and Herzegovina")
 * @param aliases    other names, demonyms and capitals that refer to it in news text
 * @param frameworks the partnership frameworks it belonged to, with dates
 */
public record Partner(String name, List<String> aliases, List<Framework> frameworks) {
    public Partner {
        aliases = List.copyOf(aliases);
        frameworks = List.copyOf(frameworks);
    }

    /** Whether the country was a partner on that date; with no date, whether it ever was. */
    public boolean isPartnerOn(LocalDate date) {
        if (date == null) {
            return !frameworks.isEmpty();
        }
        return frameworks.stream().anyMatch(f -> f.isActiveOn(date));
    }
}
