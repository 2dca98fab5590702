package org.alliancetimeline.model;

import java.time.LocalDate;

/**
 * A partnership framework a country took part in (Partnership for Peace, Mediterranean Dialogue,
 * ...), from {@code start} until {@code end} (null while it lasts).
 */
public record Framework(String name, LocalDate start, LocalDate end) {
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }
}
